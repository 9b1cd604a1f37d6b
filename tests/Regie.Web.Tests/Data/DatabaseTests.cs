using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Regievoering;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Data;

public sealed class DatabaseTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Alle_migraties_zijn_toegepast()
    {
        await using var db = app.NieuweDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Het_logboek_weigert_wijzigen_en_verwijderen()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        (await client.GetAsync("/Casussen")).EnsureSuccessStatusCode();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE \"Logboek\" SET \"Gebruiker\" = 'iemand anders'", "DELETE FROM \"Logboek\"", "TRUNCATE \"Logboek\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var fout = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("alleen worden aangevuld", fout.MessageText, StringComparison.Ordinal);
        }
        await using var telling = new NpgsqlCommand("SELECT count(*) FROM \"Logboek\"", connection);
        Assert.True((long)(await telling.ExecuteScalarAsync())! > 0);
    }

    [Fact]
    public async Task Twee_mensen_die_dezelfde_stap_wijzigen_overschrijven_elkaar_niet_ongemerkt()
    {
        await using var eerste = app.NieuweDbContext();
        await using var tweede = app.NieuweDbContext();
        var casusId = await eerste.Casussen.Where(c => c.Code == DemoData.BakkerCode).Select(c => c.Id).SingleAsync();
        var casusA = await eerste.Casussen.Include(c => c.Stappen).Include(c => c.Betrokkenen).Include(c => c.Taken).Include(c => c.Regietoewijzingen).SingleAsync(c => c.Id == casusId);
        var casusB = await tweede.Casussen.Include(c => c.Stappen).Include(c => c.Betrokkenen).Include(c => c.Taken).Include(c => c.Regietoewijzingen).SingleAsync(c => c.Id == casusId);

        Assert.True(casusA.WijzigStap(5, "Afspraak van de eerste", StapStatus.InBespreking, "A", RegieApp.Start).Gelukt);
        Assert.True(casusB.WijzigStap(5, "Afspraak van de tweede", StapStatus.InBespreking, "B", RegieApp.Start).Gelukt);
        await eerste.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => tweede.SaveChangesAsync());
        await using var controle = app.NieuweDbContext();
        Assert.Equal("Afspraak van de eerste", await controle.CasusStappen.Where(s => s.CasusId == casusId && s.Nummer == 5).Select(s => s.Afspraken).SingleAsync());
    }

    [Fact]
    public async Task Twee_mensen_die_verschillende_stappen_wijzigen_houden_allebei_hun_werk()
    {
        await using var eerste = app.NieuweDbContext();
        await using var tweede = app.NieuweDbContext();
        var casusId = await eerste.Casussen.Where(c => c.Code == DemoData.BakkerCode).Select(c => c.Id).SingleAsync();
        var casusA = await eerste.Casussen.Include(c => c.Stappen).SingleAsync(c => c.Id == casusId);
        var casusB = await tweede.Casussen.Include(c => c.Stappen).SingleAsync(c => c.Id == casusId);

        Assert.True(casusA.WijzigStap(6, "Evalueren na zes weken", StapStatus.InBespreking, "A", RegieApp.Start).Gelukt);
        Assert.True(casusB.WijzigStap(7, "Opschalen naar de teamleider", StapStatus.InBespreking, "B", RegieApp.Start).Gelukt);
        await eerste.SaveChangesAsync();
        await tweede.SaveChangesAsync();

        await using var controle = app.NieuweDbContext();
        var stappen = await controle.CasusStappen.Where(s => s.CasusId == casusId && s.Nummer >= 6).OrderBy(s => s.Nummer).Select(s => s.Afspraken).ToListAsync();
        Assert.Equal(["Evalueren na zes weken", "Opschalen naar de teamleider"], stappen);
    }

    [Fact]
    public async Task De_database_zelf_weigert_een_tweede_actieve_procesregievoerder()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO "Regietoewijzingen" ("Id", "CasusId", "Soort", "BetrokkeneId", "Van")
            SELECT gen_random_uuid(), b."CasusId", 'Procesregie', b."Id", now()
            FROM "Betrokkenen" b JOIN "Casussen" c ON c."Id" = b."CasusId"
            WHERE c."Code" = 'TW-2026-0042' AND b."Naam" = 'Peter Jansen'
            """, connection);

        var fout = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.ExclusionViolation, fout.SqlState);
    }

    [Fact]
    public async Task De_demodata_bevat_Tukker_vastgesteld_met_akkoord_en_Bakker_met_OTS_bij_de_GI()
    {
        await using var db = app.NieuweDbContext();
        var tukker = await db.Casussen.AsSplitQuery().Include(c => c.Betrokkenen).Include(c => c.Stappen).Include(c => c.Taken)
            .Include(c => c.Regietoewijzingen).Include(c => c.Versies).Include(c => c.Overleggen)
            .SingleAsync(c => c.Code == DemoData.TukkerCode);
        var bakker = await db.Casussen.Include(c => c.Betrokkenen).Include(c => c.Regietoewijzingen)
            .SingleAsync(c => c.Code == DemoData.BakkerCode);

        Assert.Equal(8, tukker.Betrokkenen.Count);
        Assert.All(tukker.Stappen, s => Assert.Equal(StapStatus.Afgesproken, s.Status));
        Assert.Equal(7, tukker.Stappen.Count);
        Assert.True(tukker.Taken.Count >= 5);
        Assert.Equal("Sanne de Vries", tukker.Procesregievoerder!.Naam);
        Assert.Single(tukker.Overleggen);
        var versie = Assert.Single(tukker.Versies);
        Assert.Equal(VersieStatus.Geldend, versie.Status);
        Assert.True(versie.OudersAkkoord);
        Assert.Equal("Sanne de Vries", versie.Inhoud.Procesregie.Naam);
        Assert.Equal(7, versie.Inhoud.Stappen.Count);

        Assert.Equal(Maatregel.Ots, bakker.Maatregel);
        Assert.Equal(Domain.Organisaties.OrganisatieType.GecertificeerdeInstelling, bakker.Procesregievoerder!.OrganisatieType);
    }
}
