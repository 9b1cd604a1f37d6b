using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class KopieToestemming : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "InKopieSinds",
                table: "Betrokkenen",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InKopieSinds",
                table: "Betrokkenen");
        }
    }
}
