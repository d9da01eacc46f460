using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SdrWorkspace.Data.Migrations;

/// <summary>Governance of the definition: drafts and marketing's proposals, and quarterly reviews.</summary>
[DbContext(typeof(SdrDbContext))]
[Migration("20261124040000_DefinitionGovernance")]
public sealed class DefinitionGovernance : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("DefinitionDrafts", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            Title = t.Column<string>("TEXT", maxLength: 200, nullable: false),
            BasedOnVersion = t.Column<int>("INTEGER", nullable: false),
            Json = t.Column<string>("TEXT", nullable: false),
            Status = t.Column<string>("TEXT", nullable: false),
            Author = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            Note = t.Column<string>("TEXT", maxLength: 2000, nullable: true),
            CreatedAt = t.Column<DateTime>("TEXT", nullable: false),
            UpdatedAt = t.Column<DateTime>("TEXT", nullable: false),
            UpdatedBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            AdoptedAsVersion = t.Column<int>("INTEGER", nullable: true),
            Revision = t.Column<int>("INTEGER", nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DefinitionDrafts", x => x.Id));

        m.CreateTable("DefinitionReviews", t => new
        {
            Id = t.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            Version = t.Column<int>("INTEGER", nullable: false),
            ReviewedAt = t.Column<DateTime>("TEXT", nullable: false),
            ReviewedBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            Note = t.Column<string>("TEXT", maxLength: 2000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_DefinitionReviews", x => x.Id));

        m.CreateIndex("IX_DefinitionDrafts_Status", "DefinitionDrafts", "Status");
        m.CreateIndex("IX_DefinitionReviews_ReviewedAt", "DefinitionReviews", "ReviewedAt");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("DefinitionReviews");
        m.DropTable("DefinitionDrafts");
    }
}
