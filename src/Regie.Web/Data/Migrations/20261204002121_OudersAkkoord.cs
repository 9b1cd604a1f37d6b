using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OudersAkkoord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Akkoorden",
                table: "Handreikingversies",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VoorgelegdOp",
                table: "Casussen",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Akkoordreacties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    BetrokkeneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Akkoord = table.Column<bool>(type: "boolean", nullable: false),
                    Opmerking = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GegevenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Vervallen = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Akkoordreacties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Akkoordreacties_Betrokkenen_BetrokkeneId",
                        column: x => x.BetrokkeneId,
                        principalTable: "Betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Akkoordreacties_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Akkoordreacties_BetrokkeneId",
                table: "Akkoordreacties",
                column: "BetrokkeneId");

            migrationBuilder.CreateIndex(
                name: "IX_Akkoordreacties_CasusId_BetrokkeneId",
                table: "Akkoordreacties",
                columns: new[] { "CasusId", "BetrokkeneId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Akkoordreacties");

            migrationBuilder.DropColumn(
                name: "Akkoorden",
                table: "Handreikingversies");

            migrationBuilder.DropColumn(
                name: "VoorgelegdOp",
                table: "Casussen");
        }
    }
}
