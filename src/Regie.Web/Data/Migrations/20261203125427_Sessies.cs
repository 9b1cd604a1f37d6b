using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Sessies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Sessies",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GebruikerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ticket = table.Column<byte[]>(type: "bytea", nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VerlooptOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessies", x => x.Sleutel);
                    table.ForeignKey(
                        name: "FK_Sessies_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Wachtwoordherstellen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GebruikerId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VerlooptOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GebruiktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wachtwoordherstellen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wachtwoordherstellen_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sessies_GebruikerId",
                table: "Sessies",
                column: "GebruikerId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessies_VerlooptOp",
                table: "Sessies",
                column: "VerlooptOp");

            migrationBuilder.CreateIndex(
                name: "IX_Wachtwoordherstellen_GebruikerId",
                table: "Wachtwoordherstellen",
                column: "GebruikerId");

            migrationBuilder.CreateIndex(
                name: "IX_Wachtwoordherstellen_TokenHash",
                table: "Wachtwoordherstellen",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Sessies");

            migrationBuilder.DropTable(
                name: "Wachtwoordherstellen");
        }
    }
}
