using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Themascores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "ScoreContinuiteit",
                table: "VragenlijstInvullingen",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ScoreDuidelijkheid",
                table: "VragenlijstInvullingen",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ScoreRust",
                table: "VragenlijstInvullingen",
                type: "double precision",
                nullable: true);

            // Invullingen stored so far: the average of their closed items per theme, as VragenlijstInvulling.Score gives it
            // (a version's item names its theme by number or, in older rows, by name).
            migrationBuilder.Sql("""
                WITH per AS (
                    SELECT i."Id", CASE jsonb_typeof(it->'thema') WHEN 'number' THEN (it->>'thema')::int
                        ELSE array_position(ARRAY['Rust', 'Continuiteit', 'Duidelijkheid'], it->>'thema') - 1 END AS thema,
                        avg((a->>'score')::double precision) AS score
                    FROM "VragenlijstInvullingen" i
                    JOIN "Vragenlijstversies" v ON v."Id" = i."VragenlijstversieId"
                    CROSS JOIN LATERAL jsonb_array_elements(i."Antwoorden") a
                    JOIN LATERAL jsonb_array_elements(v."Items") it ON it->>'code' = a->>'itemCode' AND NOT (it->>'open')::boolean
                    WHERE jsonb_typeof(a->'score') = 'number'
                    GROUP BY 1, 2)
                UPDATE "VragenlijstInvullingen" i SET "ScoreRust" = s.rust, "ScoreContinuiteit" = s.continuiteit, "ScoreDuidelijkheid" = s.duidelijkheid
                FROM (SELECT per."Id", max(per.score) FILTER (WHERE per.thema = 0) AS rust, max(per.score) FILTER (WHERE per.thema = 1) AS continuiteit,
                             max(per.score) FILTER (WHERE per.thema = 2) AS duidelijkheid
                      FROM per GROUP BY 1) s
                WHERE s."Id" = i."Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScoreContinuiteit",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropColumn(
                name: "ScoreDuidelijkheid",
                table: "VragenlijstInvullingen");

            migrationBuilder.DropColumn(
                name: "ScoreRust",
                table: "VragenlijstInvullingen");
        }
    }
}
