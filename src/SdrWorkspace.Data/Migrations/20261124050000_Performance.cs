using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SdrWorkspace.Data.Migrations;

/// <summary>
/// Indexes for a large team's volume (docs/PERFORMANCE.md): the queue pages an owner's leads by score, then
/// most recent high intent, then id, straight from an index; scoring reads a lead's events from the index
/// alone (type, disposition and address included), without a table lookup per event.
/// </summary>
[DbContext(typeof(SdrDbContext))]
[Migration("20261124050000_Performance")]
public sealed class Performance : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateIndex("IX_Leads_OwnerId_Score_LastHighIntentAt_Id", "Leads", ["OwnerId", "Score", "LastHighIntentAt", "Id"],
            descending: [false, true, true, false]);
        m.DropIndex("IX_EngagementEvents_LeadId_OccurredAt", "EngagementEvents");
        m.CreateIndex("IX_EngagementEvents_LeadId_OccurredAt_Type_Disposition_Url", "EngagementEvents",
            ["LeadId", "OccurredAt", "Type", "Disposition", "Url"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_EngagementEvents_LeadId_OccurredAt_Type_Disposition_Url", "EngagementEvents");
        m.CreateIndex("IX_EngagementEvents_LeadId_OccurredAt", "EngagementEvents", ["LeadId", "OccurredAt"]);
        m.DropIndex("IX_Leads_OwnerId_Score_LastHighIntentAt_Id", "Leads");
    }
}
