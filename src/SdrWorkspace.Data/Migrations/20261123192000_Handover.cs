using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SdrWorkspace.Data.Migrations;

/// <summary>Hand-offs: SDR answers to MQLs, marketing's threads on rejections, SQL handovers to AEs.</summary>
[DbContext(typeof(SdrDbContext))]
[Migration("20261123192000_Handover")]
public sealed class Handover : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("MqlReviews", t => new
        {
            Id = t.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            LeadId = t.Column<int>("INTEGER", nullable: false),
            MqlAt = t.Column<DateTime>("TEXT", nullable: false),
            DueAt = t.Column<DateTime>("TEXT", nullable: false),
            Outcome = t.Column<string>("TEXT", nullable: false),
            Reason = t.Column<string>("TEXT", nullable: true),
            ReasonText = t.Column<string>("TEXT", maxLength: 1000, nullable: true),
            DecidedById = t.Column<string>("TEXT", nullable: false),
            DecidedBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            DecidedAt = t.Column<DateTime>("TEXT", nullable: false),
            DefinitionVersion = t.Column<int>("INTEGER", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_MqlReviews", x => x.Id);
            t.ForeignKey("FK_MqlReviews_AspNetUsers_DecidedById", x => x.DecidedById, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_MqlReviews_Leads_LeadId", x => x.LeadId, "Leads", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("RejectionComments", t => new
        {
            Id = t.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            LeadId = t.Column<int>("INTEGER", nullable: false),
            RejectionId = t.Column<long>("INTEGER", nullable: false),
            AuthorId = t.Column<string>("TEXT", nullable: false),
            Author = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            Text = t.Column<string>("TEXT", maxLength: 2000, nullable: false),
            At = t.Column<DateTime>("TEXT", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_RejectionComments", x => x.Id);
            t.ForeignKey("FK_RejectionComments_AspNetUsers_AuthorId", x => x.AuthorId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_RejectionComments_Leads_LeadId", x => x.LeadId, "Leads", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_RejectionComments_StageChanges_RejectionId", x => x.RejectionId, "StageChanges", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("Handovers", t => new
        {
            Id = t.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            LeadId = t.Column<int>("INTEGER", nullable: false),
            AeUserId = t.Column<string>("TEXT", nullable: false),
            ByRule = t.Column<bool>("INTEGER", nullable: false),
            HandedOverById = t.Column<string>("TEXT", nullable: false),
            HandedOverBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            HandedOverAt = t.Column<DateTime>("TEXT", nullable: false),
            DueAt = t.Column<DateTime>("TEXT", nullable: false),
            Status = t.Column<string>("TEXT", nullable: false),
            DecidedBy = t.Column<string>("TEXT", maxLength: 256, nullable: true),
            DecidedAt = t.Column<DateTime>("TEXT", nullable: true),
            EstimatedValue = t.Column<double>("REAL", nullable: true),
            CloseOn = t.Column<DateOnly>("TEXT", nullable: true),
            ReturnReason = t.Column<string>("TEXT", maxLength: 1000, nullable: true),
            DefinitionVersion = t.Column<int>("INTEGER", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Handovers", x => x.Id);
            t.ForeignKey("FK_Handovers_AspNetUsers_AeUserId", x => x.AeUserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Handovers_AspNetUsers_HandedOverById", x => x.HandedOverById, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Handovers_Leads_LeadId", x => x.LeadId, "Leads", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateIndex("IX_MqlReviews_DecidedById", "MqlReviews", "DecidedById");
        m.CreateIndex("IX_MqlReviews_LeadId_DecidedAt", "MqlReviews", ["LeadId", "DecidedAt"]);
        m.CreateIndex("IX_RejectionComments_AuthorId", "RejectionComments", "AuthorId");
        m.CreateIndex("IX_RejectionComments_LeadId_At", "RejectionComments", ["LeadId", "At"]);
        m.CreateIndex("IX_RejectionComments_RejectionId", "RejectionComments", "RejectionId");
        m.CreateIndex("IX_Handovers_AeUserId_Status", "Handovers", ["AeUserId", "Status"]);
        m.CreateIndex("IX_Handovers_HandedOverById", "Handovers", "HandedOverById");
        m.CreateIndex("IX_Handovers_LeadId_HandedOverAt", "Handovers", ["LeadId", "HandedOverAt"]);
        m.CreateIndex("IX_Handovers_LeadId_Pending", "Handovers", "LeadId", unique: true, filter: "\"Status\" = 'Pending'");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("Handovers");
        m.DropTable("RejectionComments");
        m.DropTable("MqlReviews");
    }
}
