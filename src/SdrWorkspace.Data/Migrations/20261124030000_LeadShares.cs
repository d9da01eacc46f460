using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SdrWorkspace.Data.Migrations;

/// <summary>Leads a manager shared with an SDR besides the owner.</summary>
[DbContext(typeof(SdrDbContext))]
[Migration("20261124030000_LeadShares")]
public sealed class LeadShares : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("LeadShares", t => new
        {
            Id = t.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            LeadId = t.Column<int>("INTEGER", nullable: false),
            UserId = t.Column<string>("TEXT", nullable: false),
            SharedBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            At = t.Column<DateTime>("TEXT", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_LeadShares", x => x.Id);
            t.ForeignKey("FK_LeadShares_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_LeadShares_Leads_LeadId", x => x.LeadId, "Leads", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_LeadShares_LeadId_UserId", "LeadShares", ["LeadId", "UserId"], unique: true);
        m.CreateIndex("IX_LeadShares_UserId", "LeadShares", "UserId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("LeadShares");
}
