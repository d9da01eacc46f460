using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SdrWorkspace.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerId_NextActionAt",
                table: "Leads",
                columns: new[] { "OwnerId", "NextActionAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_OwnerId_NextActionAt",
                table: "Leads");
        }
    }
}
