using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SdrWorkspace.Data.Migrations;

/// <summary>
/// Indexes for the dashboards at a large team's volume (docs/PERFORMANCE.md): the cohort is the leads created
/// in a period (one rep's, under the rep filter), and speed to lead and replies read a period's events of a few types.
/// </summary>
[DbContext(typeof(SdrDbContext))]
[Migration("20261124060000_Dashboards")]
public sealed class Dashboards : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateIndex("IX_Leads_CreatedAt", "Leads", "CreatedAt");
        m.CreateIndex("IX_Leads_OwnerId_CreatedAt", "Leads", ["OwnerId", "CreatedAt"]);
        m.CreateIndex("IX_EngagementEvents_Type_OccurredAt", "EngagementEvents", ["Type", "OccurredAt"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_EngagementEvents_Type_OccurredAt", "EngagementEvents");
        m.DropIndex("IX_Leads_OwnerId_CreatedAt", "Leads");
        m.DropIndex("IX_Leads_CreatedAt", "Leads");
    }
}
