using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StapSoort : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Soort",
                table: "CasusStappen",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Until now the rules went by step number, in the order of the default sjabloon: 1 = Betrokkenen … 7 = Verandering.
            migrationBuilder.Sql($"""
                UPDATE "CasusStappen" SET "Soort" = {SoortVan("\"Nummer\"")};
                ALTER TABLE "CasusStappen" ALTER COLUMN "Soort" DROP DEFAULT;
                UPDATE "Sjablonen" SET "Stappen" = (
                    SELECT jsonb_agg(stap || jsonb_build_object('soort', {SoortVan("(stap->>'nummer')::int")}) ORDER BY (stap->>'nummer')::int)
                    FROM jsonb_array_elements("Stappen") AS stap);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_CasusStappen_CasusId_Soort",
                table: "CasusStappen",
                columns: new[] { "CasusId", "Soort" },
                unique: true);
        }

        private static string SoortVan(string nummer) =>
            $"CASE {nummer} WHEN 1 THEN 'Betrokkenen' WHEN 2 THEN 'Hulpvraag' WHEN 3 THEN 'WieDoetWat' WHEN 4 THEN 'Regie' " +
            $"WHEN 5 THEN 'Communicatie' WHEN 6 THEN 'Evaluatie' WHEN 7 THEN 'Verandering' END";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Sjablonen" SET "Stappen" = (
                    SELECT jsonb_agg(stap - 'soort' ORDER BY (stap->>'nummer')::int) FROM jsonb_array_elements("Stappen") AS stap);
                """);

            migrationBuilder.DropIndex(
                name: "IX_CasusStappen_CasusId_Soort",
                table: "CasusStappen");

            migrationBuilder.DropColumn(
                name: "Soort",
                table: "CasusStappen");
        }
    }
}
