using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Privacy : Migration
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

            migrationBuilder.CreateTable(
                name: "Toestemmingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    GegevenDoorId = table.Column<Guid>(type: "uuid", nullable: false),
                    GegevenDoorNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SamenMetId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Doel = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    GegevenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    GeldigTot = table.Column<DateOnly>(type: "date", nullable: true),
                    VastgelegdDoorId = table.Column<Guid>(type: "uuid", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VastgelegdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IngetrokkenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IngetrokkenDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toestemmingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toestemmingen_Betrokkenen_GegevenDoorId",
                        column: x => x.GegevenDoorId,
                        principalTable: "Betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toestemmingen_Betrokkenen_SamenMetId",
                        column: x => x.SamenMetId,
                        principalTable: "Betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toestemmingen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Toestemmingen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
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

            migrationBuilder.CreateIndex(
                name: "IX_Toestemmingen_CasusId_OrganisatieId",
                table: "Toestemmingen",
                columns: new[] { "CasusId", "OrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Toestemmingen_GegevenDoorId",
                table: "Toestemmingen",
                column: "GegevenDoorId");

            migrationBuilder.CreateIndex(
                name: "IX_Toestemmingen_OrganisatieId",
                table: "Toestemmingen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Toestemmingen_SamenMetId",
                table: "Toestemmingen",
                column: "SamenMetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Toegangsverzoeken");

            migrationBuilder.DropTable(
                name: "Toestemmingen");

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
