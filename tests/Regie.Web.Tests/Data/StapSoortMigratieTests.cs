using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Regie.Domain.Handreiking;
using Regie.Web.Data;

namespace Regie.Web.Tests.Data;

/// <summary>Sjablonen and casussen from before steps had a kind get it from their step number (default order).</summary>
public sealed class StapSoortMigratieTests
{
    [Fact]
    public async Task Bestaande_sjablonen_en_casusstappen_krijgen_hun_soort_uit_het_stapnummer()
    {
        var connectionString = (await TestDatabaseServer.NieuweDatabaseAsync()).Eigenaar;
        await using var db = new RegieDbContext(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(connectionString).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261124080836_HandreikingPdf");

        var (gemeente, sjabloon, casus) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var oudeStappen = string.Join(",", Enumerable.Range(1, 7).Select(n => $$"""{"nummer":{{n}},"titel":"Stap {{n}}","hulpvragen":["Vraag {{n}}?"]}"""));
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            var stappen = string.Join(",", Enumerable.Range(1, 7).Select(n =>
                $"""('{Guid.NewGuid()}', '{casus}', {n}, 'Stap {n}', ARRAY['Vraag {n}?'], 'Open')"""));
            await using var command = new NpgsqlCommand($"""
                INSERT INTO "Organisaties" ("Id", "Naam", "Type", "Gemeentecode", "Actief") VALUES ('{gemeente}', 'Gemeente Almelo', 'Gemeente', 'GM0141', true);
                INSERT INTO "Sjablonen" ("Id", "Versie", "Naam", "GemaaktOp", "Stappen") VALUES ('{sjabloon}', 1, 'Oud', now(), '[{oudeStappen}]');
                INSERT INTO "Casussen" ("Id", "Code", "Gezinsnaam", "GemeenteId", "Indicaties", "Maatregel", "Hulpvraag", "Status", "Startdatum", "SjabloonId", "SjabloonVersie", "Herbeoordelen")
                    VALUES ('{casus}', 'TW-2025-0001', 'Oud', '{gemeente}', ARRAY['OB3B'], 'Geen', 'Rust', 'Concept', '2025-01-01', '{sjabloon}', 1, false);
                INSERT INTO "CasusStappen" ("Id", "CasusId", "Nummer", "Titel", "Hulpvragen", "Status") VALUES {stappen};
                """, connection);
            await command.ExecuteNonQueryAsync();
        }

        await migrator.MigrateAsync();

        var verwacht = Enum.GetValues<StapSoort>();
        var oud = await db.Sjablonen.AsNoTracking().SingleAsync(s => s.Id == sjabloon);
        Assert.Equal(verwacht, oud.Stappen.OrderBy(s => s.Nummer).Select(s => s.Soort));
        Assert.Equal("Stap 4", oud.Stap(StapSoort.Regie).Titel);
        var stappenNa = await db.CasusStappen.AsNoTracking().Where(s => s.CasusId == casus).OrderBy(s => s.Nummer).ToListAsync();
        Assert.Equal(verwacht, stappenNa.Select(s => s.Soort));
    }
}
