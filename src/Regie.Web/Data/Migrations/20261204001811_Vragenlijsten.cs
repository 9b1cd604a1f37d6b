using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Vragenlijsten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows of the old shape carry a CasusId and cannot be made untraceable: none were ever written by the app.
            migrationBuilder.Sql("DELETE FROM \"VragenlijstInvullingen\";");

            migrationBuilder.DropForeignKey(
                name: "FK_VragenlijstInvullingen_Casussen_CasusId",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropIndex(
                name: "IX_VragenlijstInvullingen_CasusId",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropColumn(
                name: "IngevuldOp",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropColumn(
                name: "CasusId",
                table: "VragenlijstInvullingen");

            migrationBuilder.AddColumn<Guid>(
                name: "VragenlijstversieId",
                table: "VragenlijstInvullingen",
                type: "uuid",
                nullable: false);

            migrationBuilder.CreateIndex(
                name: "IX_VragenlijstInvullingen_VragenlijstversieId",
                table: "VragenlijstInvullingen",
                column: "VragenlijstversieId");

            migrationBuilder.AddColumn<Guid>(
                name: "GemeenteId",
                table: "VragenlijstInvullingen",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Indicaties",
                table: "VragenlijstInvullingen",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Maand",
                table: "VragenlijstInvullingen",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Maatregel",
                table: "VragenlijstInvullingen",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Vragenlijstversies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Doelgroep = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Volgnummer = table.Column<int>(type: "integer", nullable: false),
                    Items = table.Column<string>(type: "jsonb", nullable: false),
                    GemaaktDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vragenlijstversies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meetmomenten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VragenlijstversieId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodeVan = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodeTot = table.Column<DateOnly>(type: "date", nullable: false),
                    VerstuurdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VerstuurdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AantalAangeboden = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetmomenten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetmomenten_Vragenlijstversies_VragenlijstversieId",
                        column: x => x.VragenlijstversieId,
                        principalTable: "Vragenlijstversies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vragenlijstaanbiedingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GebruikerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Doelgroep = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VragenlijstversieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Moment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: true),
                    GemeenteId = table.Column<Guid>(type: "uuid", nullable: true),
                    Indicaties = table.Column<List<string>>(type: "text[]", nullable: false),
                    Maatregel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AangebodenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vragenlijstaanbiedingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vragenlijstaanbiedingen_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Vragenlijstaanbiedingen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Vragenlijstaanbiedingen_Vragenlijstversies_Vragenlijstversi~",
                        column: x => x.VragenlijstversieId,
                        principalTable: "Vragenlijstversies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VragenlijstInvullingen_Doelgroep_Maand",
                table: "VragenlijstInvullingen",
                columns: new[] { "Doelgroep", "Maand" });

            migrationBuilder.CreateIndex(
                name: "IX_VragenlijstInvullingen_GemeenteId",
                table: "VragenlijstInvullingen",
                column: "GemeenteId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetmomenten_VragenlijstversieId",
                table: "Meetmomenten",
                column: "VragenlijstversieId");

            migrationBuilder.CreateIndex(
                name: "IX_Vragenlijstaanbiedingen_CasusId",
                table: "Vragenlijstaanbiedingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Vragenlijstaanbiedingen_GebruikerId_Moment",
                table: "Vragenlijstaanbiedingen",
                columns: new[] { "GebruikerId", "Moment" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vragenlijstaanbiedingen_VragenlijstversieId",
                table: "Vragenlijstaanbiedingen",
                column: "VragenlijstversieId");

            migrationBuilder.CreateIndex(
                name: "IX_Vragenlijstversies_Doelgroep_Volgnummer",
                table: "Vragenlijstversies",
                columns: new[] { "Doelgroep", "Volgnummer" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_VragenlijstInvullingen_Organisaties_GemeenteId",
                table: "VragenlijstInvullingen",
                column: "GemeenteId",
                principalTable: "Organisaties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_VragenlijstInvullingen_Vragenlijstversies_Vragenlijstversie~",
                table: "VragenlijstInvullingen",
                column: "VragenlijstversieId",
                principalTable: "Vragenlijstversies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"VragenlijstInvullingen\";");

            migrationBuilder.DropForeignKey(
                name: "FK_VragenlijstInvullingen_Organisaties_GemeenteId",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropForeignKey(
                name: "FK_VragenlijstInvullingen_Vragenlijstversies_Vragenlijstversie~",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropTable(
                name: "Meetmomenten");

            migrationBuilder.DropTable(
                name: "Vragenlijstaanbiedingen");

            migrationBuilder.DropTable(
                name: "Vragenlijstversies");

            migrationBuilder.DropIndex(
                name: "IX_VragenlijstInvullingen_Doelgroep_Maand",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropIndex(
                name: "IX_VragenlijstInvullingen_GemeenteId",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropColumn(
                name: "GemeenteId",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropColumn(
                name: "Indicaties",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropColumn(
                name: "Maand",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropColumn(
                name: "Maatregel",
                table: "VragenlijstInvullingen");

            migrationBuilder.RenameColumn(
                name: "VragenlijstversieId",
                table: "VragenlijstInvullingen",
                newName: "CasusId");

            migrationBuilder.RenameIndex(
                name: "IX_VragenlijstInvullingen_VragenlijstversieId",
                table: "VragenlijstInvullingen",
                newName: "IX_VragenlijstInvullingen_CasusId");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IngevuldOp",
                table: "VragenlijstInvullingen",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddForeignKey(
                name: "FK_VragenlijstInvullingen_Casussen_CasusId",
                table: "VragenlijstInvullingen",
                column: "CasusId",
                principalTable: "Casussen",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
