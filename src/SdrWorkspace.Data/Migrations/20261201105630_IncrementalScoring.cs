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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EngagementState",
                table: "Leads");
        }
    }
}
