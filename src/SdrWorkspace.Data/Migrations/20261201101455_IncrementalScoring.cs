using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SdrWorkspace.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncrementalScoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "EngagementState",
                table: "Leads",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ScoredAt",
                table: "Leads",
                column: "ScoredAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_ScoredAt",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "EngagementState",
                table: "Leads");
        }
    }
}
