using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SdrWorkspace.Data.Migrations;

/// <summary>The SDR workspace: touches and next steps on leads, assignment time, qualifications, saved queue views.</summary>
[DbContext(typeof(SdrDbContext))]
[Migration("20261123190000_Workspace")]
public sealed class Workspace : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTime>("AssignedAt", "Leads", "TEXT", nullable: true);
        m.AddColumn<DateTime>("LastTouchAt", "Leads", "TEXT", nullable: true);
        m.AddColumn<DateTime>("NextActionAt", "Leads", "TEXT", nullable: true);
        m.AddColumn<string>("NextActionNote", "Leads", "TEXT", maxLength: 1000, nullable: true);
        m.AddColumn<string>("LastHighIntentSignal", "Leads", "TEXT", nullable: true);

        m.CreateTable("Assessments", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            LeadId = t.Column<int>("INTEGER", nullable: false),
            Framework = t.Column<string>("TEXT", nullable: false),
            Status = t.Column<string>("TEXT", nullable: false),
            StartedBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            StartedAt = t.Column<DateTime>("TEXT", nullable: false),
            UpdatedBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            UpdatedAt = t.Column<DateTime>("TEXT", nullable: false),
            Notes = t.Column<string>("TEXT", maxLength: 20000, nullable: true),
            Outcome = t.Column<string>("TEXT", nullable: true),
            VerdictReason = t.Column<string>("TEXT", maxLength: 2000, nullable: true),
            CompletedAt = t.Column<DateTime>("TEXT", nullable: true),
            CompletedBy = t.Column<string>("TEXT", maxLength: 256, nullable: true),
            DefinitionVersion = t.Column<int>("INTEGER", nullable: false),
            Revision = t.Column<int>("INTEGER", nullable: false),
            AnswersJson = t.Column<string>("TEXT", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Assessments", x => x.Id);
            t.ForeignKey("FK_Assessments_Leads_LeadId", x => x.LeadId, "Leads", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("SavedViews", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            UserId = t.Column<string>("TEXT", nullable: false),
            Name = t.Column<string>("TEXT", maxLength: 80, nullable: false),
            FilterJson = t.Column<string>("TEXT", nullable: false),
            CreatedAt = t.Column<DateTime>("TEXT", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SavedViews", x => x.Id);
            t.ForeignKey("FK_SavedViews_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateIndex("IX_Assessments_LeadId_Status", "Assessments", ["LeadId", "Status"]);
        m.CreateIndex("IX_Assessments_OneDraftPerLead", "Assessments", "LeadId", unique: true, filter: "\"Status\" = 'Draft'");
        m.CreateIndex("IX_SavedViews_UserId_Name", "SavedViews", ["UserId", "Name"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("SavedViews");
        m.DropTable("Assessments");
        foreach (var column in new[] { "AssignedAt", "LastTouchAt", "NextActionAt", "NextActionNote", "LastHighIntentSignal" })
            m.DropColumn(column, "Leads");
    }
}
