using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DubbeleCasus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GezinsnaamSleutel",
                table: "Casussen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                computedColumnSql: "lower(regexp_replace(\"Gezinsnaam\", '\\s', '', 'g'))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "TelefoonSleutel",
                table: "Betrokkenen",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true,
                computedColumnSql: "regexp_replace(regexp_replace(regexp_replace(\"Telefoon\", '[^0-9]', '', 'g'), '^00', ''), '^31([0-9]{9})$', '0\\1')",
                stored: true);

            migrationBuilder.CreateTable(
                name: "Toegangsverzoeken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    GevraagdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BeslistOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BeslistDoor = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toegangsverzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toegangsverzoeken_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Toegangsverzoeken_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_DubbeleCasus",
                table: "Casussen",
                columns: new[] { "GemeenteId", "GezinsnaamSleutel" },
                filter: "\"Status\" <> 'Afgesloten'");

            migrationBuilder.CreateIndex(
                name: "IX_Betrokkenen_DubbeleCasus",
                table: "Betrokkenen",
                column: "TelefoonSleutel",
                filter: "\"TelefoonSleutel\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangsverzoeken_CasusId_MedewerkerId",
                table: "Toegangsverzoeken",
                columns: new[] { "CasusId", "MedewerkerId" },
                unique: true,
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangsverzoeken_MedewerkerId",
                table: "Toegangsverzoeken",
                column: "MedewerkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Toegangsverzoeken");

            migrationBuilder.DropIndex(
                name: "IX_Casussen_DubbeleCasus",
                table: "Casussen");

            migrationBuilder.DropIndex(
                name: "IX_Betrokkenen_DubbeleCasus",
                table: "Betrokkenen");

            migrationBuilder.DropColumn(
                name: "GezinsnaamSleutel",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "TelefoonSleutel",
                table: "Betrokkenen");
        }
    }
}
