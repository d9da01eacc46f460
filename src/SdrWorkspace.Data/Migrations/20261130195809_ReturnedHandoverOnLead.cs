using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SdrWorkspace.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReturnedHandoverOnLead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "Leads",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReturnedAt",
                table: "Leads",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "ReturnedAt",
                table: "Leads");
        }
    }
}
