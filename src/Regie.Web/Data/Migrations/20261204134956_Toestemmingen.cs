using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Toestemmingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "Toestemmingen");
        }
    }
}
