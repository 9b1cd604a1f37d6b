using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Maandtotalen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Maandtotalen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Maand = table.Column<DateOnly>(type: "date", nullable: false),
                    GemeenteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Indicaties = table.Column<List<string>>(type: "text[]", nullable: false),
                    Maatregel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Actief = table.Column<int>(type: "integer", nullable: false),
                    AfgesprokenBetrokkenen = table.Column<int>(type: "integer", nullable: false),
                    AfgesprokenHulpvraag = table.Column<int>(type: "integer", nullable: false),
                    AfgesprokenWieDoetWat = table.Column<int>(type: "integer", nullable: false),
                    AfgesprokenRegie = table.Column<int>(type: "integer", nullable: false),
                    AfgesprokenCommunicatie = table.Column<int>(type: "integer", nullable: false),
                    AfgesprokenEvaluatie = table.Column<int>(type: "integer", nullable: false),
                    AfgesprokenVerandering = table.Column<int>(type: "integer", nullable: false),
                    Procesregie = table.Column<int[]>(type: "integer[]", nullable: false),
                    EvaluatieTeLaat = table.Column<int>(type: "integer", nullable: false),
                    Herbeoordelen = table.Column<int>(type: "integer", nullable: false),
                    BijgewerktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Maandtotalen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Casusstanden_Maand_Afgesloten",
                table: "Casusstanden",
                column: "Maand",
                filter: "\"Status\" = 'Afgesloten'");

            migrationBuilder.CreateIndex(
                name: "IX_Maandtotalen_Maand",
                table: "Maandtotalen",
                column: "Maand");

            // The months written so far, added up as Casusstandenbijwerker does for each month it touches from now on.
            migrationBuilder.Sql("""
                INSERT INTO "Maandtotalen" ("Maand", "GemeenteId", "Indicaties", "Maatregel", "Actief", "AfgesprokenBetrokkenen", "AfgesprokenHulpvraag", "AfgesprokenWieDoetWat", "AfgesprokenRegie", "AfgesprokenCommunicatie", "AfgesprokenEvaluatie", "AfgesprokenVerandering",
                    "Procesregie", "EvaluatieTeLaat", "Herbeoordelen", "BijgewerktOp")
                SELECT s."Maand", s."GemeenteId", s."Indicaties", s."Maatregel", count(*) FILTER (WHERE s."Status" = 'Actief')::int,
                    count(*) FILTER (WHERE s."Status" = 'Actief' AND s."AfgesprokenBetrokkenen")::int,
                    count(*) FILTER (WHERE s."Status" = 'Actief' AND s."AfgesprokenHulpvraag")::int,
                    count(*) FILTER (WHERE s."Status" = 'Actief' AND s."AfgesprokenWieDoetWat")::int,
                    count(*) FILTER (WHERE s."Status" = 'Actief' AND s."AfgesprokenRegie")::int,
                    count(*) FILTER (WHERE s."Status" = 'Actief' AND s."AfgesprokenCommunicatie")::int,
                    count(*) FILTER (WHERE s."Status" = 'Actief' AND s."AfgesprokenEvaluatie")::int,
                    count(*) FILTER (WHERE s."Status" = 'Actief' AND s."AfgesprokenVerandering")::int,
                    ARRAY[
                        count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Procesregie" = 'Geen')::int,
                        count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Procesregie" = 'Gemeente')::int,
                        count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Procesregie" = 'GecertificeerdeInstelling')::int,
                        count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Procesregie" = 'Zorgaanbieder')::int,
                        count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Procesregie" = 'Onderwijs')::int,
                        count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Procesregie" = 'Overig')::int,
                        count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Procesregie" = 'Gezin')::int,
                        count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Procesregie" = 'Netwerk')::int],
                    count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Evaluatie" = 'TeLaat')::int,
                    count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Herbeoordelen")::int,
                    max(s."BijgewerktOp")
                FROM "Casusstanden" s
                GROUP BY s."Maand", s."GemeenteId", s."Indicaties", s."Maatregel";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Maandtotalen");

            migrationBuilder.DropIndex(
                name: "IX_Casusstanden_Maand_Afgesloten",
                table: "Casusstanden");
        }
    }
}
