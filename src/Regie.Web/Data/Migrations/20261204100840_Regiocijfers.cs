using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Regiocijfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WerkdagenTotAntwoord",
                table: "Signalen",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Casusstanden",
                columns: table => new
                {
                    Maand = table.Column<DateOnly>(type: "date", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    GemeenteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Indicaties = table.Column<List<string>>(type: "text[]", nullable: false),
                    Maatregel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Geopend = table.Column<DateOnly>(type: "date", nullable: false),
                    Gesloten = table.Column<DateOnly>(type: "date", nullable: true),
                    Leeftijden = table.Column<List<string>>(type: "text[]", nullable: false),
                    Gezinsleden = table.Column<int>(type: "integer", nullable: false),
                    Netwerk = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalsGemeente = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalsGi = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalsZorgaanbieder = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalsOnderwijs = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalsOverig = table.Column<int>(type: "integer", nullable: false),
                    AfgesprokenBetrokkenen = table.Column<bool>(type: "boolean", nullable: false),
                    AfgesprokenHulpvraag = table.Column<bool>(type: "boolean", nullable: false),
                    AfgesprokenWieDoetWat = table.Column<bool>(type: "boolean", nullable: false),
                    AfgesprokenRegie = table.Column<bool>(type: "boolean", nullable: false),
                    AfgesprokenCommunicatie = table.Column<bool>(type: "boolean", nullable: false),
                    AfgesprokenEvaluatie = table.Column<bool>(type: "boolean", nullable: false),
                    AfgesprokenVerandering = table.Column<bool>(type: "boolean", nullable: false),
                    Procesregie = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InhoudelijkGemeente = table.Column<int>(type: "integer", nullable: false),
                    InhoudelijkGi = table.Column<int>(type: "integer", nullable: false),
                    InhoudelijkZorgaanbieder = table.Column<int>(type: "integer", nullable: false),
                    InhoudelijkOnderwijs = table.Column<int>(type: "integer", nullable: false),
                    InhoudelijkOverig = table.Column<int>(type: "integer", nullable: false),
                    Versies = table.Column<int>(type: "integer", nullable: false),
                    DagenTotEersteVaststelling = table.Column<int>(type: "integer", nullable: true),
                    EersteVaststelling = table.Column<DateOnly>(type: "date", nullable: true),
                    Overdrachten = table.Column<int>(type: "integer", nullable: false),
                    OverdrachtenGeaccepteerd = table.Column<int>(type: "integer", nullable: false),
                    OverdrachtenGeweigerd = table.Column<int>(type: "integer", nullable: false),
                    DagenZonderRegievoerder = table.Column<int>(type: "integer", nullable: false),
                    Evaluatie = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Herbeoordelen = table.Column<bool>(type: "boolean", nullable: false),
                    Signalen = table.Column<int>(type: "integer", nullable: false),
                    Opschalingen = table.Column<int>(type: "integer", nullable: false),
                    Geescaleerd = table.Column<int>(type: "integer", nullable: false),
                    BijgewerktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Casusstanden", x => new { x.Maand, x.CasusId });
                    table.ForeignKey(
                        name: "FK_Casusstanden_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Casusstanden_CasusId_Maand",
                table: "Casusstanden",
                columns: new[] { "CasusId", "Maand" });

            migrationBuilder.CreateIndex(
                name: "IX_Casusstanden_Maand_GemeenteId",
                table: "Casusstanden",
                columns: new[] { "Maand", "GemeenteId" });

            // Signalen answered before this column: their working days counted without the public holidays (weekends only).
            migrationBuilder.Sql("""
                UPDATE "Signalen" s SET "WerkdagenTotAntwoord" = (
                    SELECT count(*) FROM generate_series(s."TermijnStartDatum" + 1, (s."BeantwoordOp" AT TIME ZONE 'Europe/Amsterdam')::date, interval '1 day') d
                    WHERE extract(isodow FROM d) < 6)
                WHERE s."BeantwoordOp" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Casusstanden");

            migrationBuilder.DropColumn(
                name: "WerkdagenTotAntwoord",
                table: "Signalen");
        }
    }
}
