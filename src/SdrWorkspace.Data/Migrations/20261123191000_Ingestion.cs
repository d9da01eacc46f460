using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SdrWorkspace.Data.Migrations;

/// <summary>
/// Getting engagement in: API keys (hashed), the audit log of reply codings, and the lead's cadence pause
/// and data-quality flag. Hand-written like <see cref="Initial"/>; the new lead columns are nullable so
/// SQLite can add them in place without a default the model does not have.
/// </summary>
[DbContext(typeof(SdrDbContext))]
[Migration("20261123191000_Ingestion")]
public sealed class Ingestion : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateOnly>("CadencePausedUntil", "Leads", "TEXT", nullable: true);
        m.AddColumn<DateTime>("BadDataFlaggedAt", "Leads", "TEXT", nullable: true);

        m.CreateTable("ApiKeys", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            Name = t.Column<string>("TEXT", maxLength: 100, nullable: false),
            Hash = t.Column<string>("TEXT", maxLength: 64, nullable: false),
            Prefix = t.Column<string>("TEXT", maxLength: 8, nullable: false),
            CreatedAt = t.Column<DateTime>("TEXT", nullable: false),
            CreatedBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            RevokedAt = t.Column<DateTime>("TEXT", nullable: true),
            RevokedBy = t.Column<string>("TEXT", maxLength: 256, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ApiKeys", x => x.Id));

        m.CreateTable("ReplyCodings", t => new
        {
            Id = t.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            EventId = t.Column<long>("INTEGER", nullable: false),
            LeadId = t.Column<int>("INTEGER", nullable: false),
            Code = t.Column<string>("TEXT", nullable: false),
            PreviousCode = t.Column<string>("TEXT", nullable: true),
            Date = t.Column<DateOnly>("TEXT", nullable: true),
            Note = t.Column<string>("TEXT", maxLength: 2000, nullable: true),
            CodedBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            CodedAt = t.Column<DateTime>("TEXT", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ReplyCodings", x => x.Id);
            t.ForeignKey("FK_ReplyCodings_EngagementEvents_EventId", x => x.EventId, "EngagementEvents", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_ReplyCodings_Leads_LeadId", x => x.LeadId, "Leads", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateIndex("IX_ApiKeys_Hash", "ApiKeys", "Hash", unique: true);
        m.CreateIndex("IX_ReplyCodings_EventId", "ReplyCodings", "EventId");
        m.CreateIndex("IX_ReplyCodings_LeadId", "ReplyCodings", "LeadId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("ReplyCodings");
        m.DropTable("ApiKeys");
        m.DropColumn("BadDataFlaggedAt", "Leads");
        m.DropColumn("CadencePausedUntil", "Leads");
    }
}
