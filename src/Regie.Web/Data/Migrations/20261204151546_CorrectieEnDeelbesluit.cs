using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CorrectieEnDeelbesluit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Correctieverzoeken");

            migrationBuilder.DropTable(
                name: "Deelbesluiten");
        }
    }
}
