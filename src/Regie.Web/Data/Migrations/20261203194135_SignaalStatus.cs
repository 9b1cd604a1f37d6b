using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignaalStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Toelichting",
                table: "Signalen",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);

            migrationBuilder.AddColumn<int>(
                name: "AantalEscalaties",
                table: "Signalen",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Geholpen",
                table: "Signalen",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GeslotenDoor",
                table: "Signalen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "GeslotenOp",
                table: "Signalen",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Signalen",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "TaakId",
                table: "Signalen",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TermijnStart",
                table: "Signalen",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateOnly>(
                name: "TermijnStartDatum",
                table: "Signalen",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "WatGedaan",
                table: "Signalen",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            // Signalen from before: open or answered as they were, their term starting when they were given (Dutch date).
            migrationBuilder.Sql("""
                UPDATE "Signalen" SET
                  "Status" = CASE WHEN "BeantwoordOp" IS NULL THEN 'Open' ELSE 'Beantwoord' END,
                  "TermijnStart" = "IngediendOp",
                  "TermijnStartDatum" = ("IngediendOp" AT TIME ZONE 'Europe/Amsterdam')::date,
                  "AantalEscalaties" = CASE WHEN "GeescaleerdOp" IS NULL THEN 0 ELSE 1 END;
                """);

            migrationBuilder.CreateTable(
                name: "SignaalBerichten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SignaalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Van = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignaalBerichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignaalBerichten_Signalen_SignaalId",
                        column: x => x.SignaalId,
                        principalTable: "Signalen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Signalen_TaakId",
                table: "Signalen",
                column: "TaakId");

            migrationBuilder.CreateIndex(
                name: "IX_SignaalBerichten_SignaalId",
                table: "SignaalBerichten",
                column: "SignaalId");

            migrationBuilder.AddForeignKey(
                name: "FK_Signalen_Taken_TaakId",
                table: "Signalen",
                column: "TaakId",
                principalTable: "Taken",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Signalen_Taken_TaakId",
                table: "Signalen");

            migrationBuilder.DropTable(
                name: "SignaalBerichten");

            migrationBuilder.DropIndex(
                name: "IX_Signalen_TaakId",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "AantalEscalaties",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "Geholpen",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "GeslotenDoor",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "GeslotenOp",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "TaakId",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "TermijnStart",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "TermijnStartDatum",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "WatGedaan",
                table: "Signalen");

            migrationBuilder.AlterColumn<string>(
                name: "Toelichting",
                table: "Signalen",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000,
                oldNullable: true);
        }
    }
}
