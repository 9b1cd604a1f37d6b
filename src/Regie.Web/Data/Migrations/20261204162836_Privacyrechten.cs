using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Privacyrechten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "GeanonimiseerdOp",
                table: "Casussen",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "InKopieSinds",
                table: "Betrokkenen",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Correctieverzoeken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    IngediendDoorId = table.Column<Guid>(type: "uuid", nullable: false),
                    IngediendDoorGebruikerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Onderwerp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IngediendOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Termijn = table.Column<DateOnly>(type: "date", nullable: false),
                    Besluit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Antwoord = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    BeantwoordOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BeantwoordDoorId = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Correctieverzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Correctieverzoeken_AspNetUsers_IngediendDoorGebruikerId",
                        column: x => x.IngediendDoorGebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Correctieverzoeken_Betrokkenen_IngediendDoorId",
                        column: x => x.IngediendDoorId,
                        principalTable: "Betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Correctieverzoeken_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Deelbesluiten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grond = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BesluitDoorId = table.Column<Guid>(type: "uuid", nullable: false),
                    BesluitDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deelbesluiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deelbesluiten_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Deelbesluiten_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vernietigingsverzoeken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    GevraagdDoorId = table.Column<Guid>(type: "uuid", nullable: false),
                    GevraagdOp = table.Column<DateOnly>(type: "date", nullable: false),
                    VastgelegdDoorId = table.Column<Guid>(type: "uuid", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VastgelegdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Uitzondering = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    BeslistDoorId = table.Column<Guid>(type: "uuid", nullable: true),
                    BeslistOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vernietigingsverzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vernietigingsverzoeken_Betrokkenen_GevraagdDoorId",
                        column: x => x.GevraagdDoorId,
                        principalTable: "Betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vernietigingsverzoeken_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_Bewaartermijn",
                table: "Casussen",
                column: "Afsluitdatum",
                filter: "\"Afsluitdatum\" IS NOT NULL AND \"GeanonimiseerdOp\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Correctieverzoeken_CasusId",
                table: "Correctieverzoeken",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Correctieverzoeken_IngediendDoorGebruikerId",
                table: "Correctieverzoeken",
                column: "IngediendDoorGebruikerId");

            migrationBuilder.CreateIndex(
                name: "IX_Correctieverzoeken_IngediendDoorId",
                table: "Correctieverzoeken",
                column: "IngediendDoorId");

            migrationBuilder.CreateIndex(
                name: "IX_Deelbesluiten_CasusId_OrganisatieId_Op",
                table: "Deelbesluiten",
                columns: new[] { "CasusId", "OrganisatieId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_Deelbesluiten_OrganisatieId",
                table: "Deelbesluiten",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Vernietigingsverzoeken_CasusId",
                table: "Vernietigingsverzoeken",
                column: "CasusId",
                unique: true,
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_Vernietigingsverzoeken_GevraagdDoorId",
                table: "Vernietigingsverzoeken",
                column: "GevraagdDoorId");

            migrationBuilder.CreateIndex(
                name: "IX_Vernietigingsverzoeken_Status_GevraagdOp",
                table: "Vernietigingsverzoeken",
                columns: new[] { "Status", "GevraagdOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Correctieverzoeken");

            migrationBuilder.DropTable(
                name: "Deelbesluiten");

            migrationBuilder.DropTable(
                name: "Vernietigingsverzoeken");

            migrationBuilder.DropIndex(
                name: "IX_Casussen_Bewaartermijn",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "GeanonimiseerdOp",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "InKopieSinds",
                table: "Betrokkenen");
        }
    }
}
