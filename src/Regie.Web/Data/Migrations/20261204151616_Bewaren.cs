using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Bewaren : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "GeanonimiseerdOp",
                table: "Casussen",
                type: "timestamp with time zone",
                nullable: true);

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
                name: "Vernietigingsverzoeken");

            migrationBuilder.DropIndex(
                name: "IX_Casussen_Bewaartermijn",
                table: "Casussen");

            migrationBuilder.DropColumn(
                name: "GeanonimiseerdOp",
                table: "Casussen");
        }
    }
}
