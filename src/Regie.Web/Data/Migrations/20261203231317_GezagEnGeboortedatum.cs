using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class GezagEnGeboortedatum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Geboortedatum",
                table: "Betrokkenen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HeeftGezag",
                table: "Betrokkenen",
                type: "boolean",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Geboortedatum",
                table: "Betrokkenen");

            migrationBuilder.DropColumn(
                name: "HeeftGezag",
                table: "Betrokkenen");
        }
    }
}
