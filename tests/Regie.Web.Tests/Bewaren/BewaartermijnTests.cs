using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regie.Domain.Logboek;
using Regie.Web.Bewaren;
using Regie.Web.Regio;
using Regie.Web.Tests.Casussen;

namespace Regie.Web.Tests.Bewaren;

/// <summary>The retention job with a controlled clock: a closed casus is anonymised the day after its 20 years, not the day
/// before; nothing of the family is left in any column of any table (the job store included) while the region's figures are
/// the same; a second run changes nothing; a run that fails half-way leaves the casus whole and the next run finishes it.</summary>
public sealed class BewaartermijnTests(RegieApp app) : IClassFixture<RegieApp>
{

    private async Task<int> JobAsync(DateTimeOffset nu)
    {
        app.Klok.SetUtcNow(nu);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Bewaartermijn>().VoerUitAsync(CancellationToken.None);
    }

    private async Task BijwerkenAsync(DateTimeOffset nu)
    {
        app.Klok.SetUtcNow(nu);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Casusstandenbijwerker>().BijwerkenAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Na_twintig_jaar_en_een_dag_staat_niets_van_het_gezin_meer_in_de_database_en_de_cijfers_blijven_gelijk()
    {
        var casusId = await Testgezin.MaakAsync(app, "BW-2026-0001");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        Assert.Equal(HttpStatusCode.OK, (await sanne.GetAsync($"/Casussen/{casusId}")).StatusCode);
        await BijwerkenAsync(RegieApp.Start);
        var voor = await CijfersAsync(casusId);
        Assert.NotEmpty(voor.Standen);
        Assert.NotEmpty(await Bewaartermijnrun.VindplaatsenAsync(app, ["Zwanenburgh", "Roerdomp"])); // the search does find the family before
        var logboekVoor = await LogboekAsync(casusId);
        string verificatiecode;
        await using (var db = app.NieuweDbContext())
            verificatiecode = await db.Handreikingversies.Where(v => v.CasusId == casusId).Select(v => v.Verificatiecode).SingleAsync();
        var bezoeker = app.NieuweClient();
        Assert.DoesNotContain("Deze code is onbekend", await bezoeker.GetStringAsync($"/Verificatie?Code={verificatiecode}"), StringComparison.Ordinal);

        // On the last day of the term and the day before: nothing.
        foreach (var dag in new[] { Bewaartermijnrun.TermijnVoorbij.AddDays(-2), Bewaartermijnrun.TermijnVoorbij.AddDays(-1) })
        {
            await JobAsync(dag);
            await using var db = app.NieuweDbContext();
            Assert.Null((await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == casusId)).GeanonimiseerdOp);
        }

        Assert.True(await JobAsync(Bewaartermijnrun.TermijnVoorbij) >= 1);

        Assert.Empty(await Bewaartermijnrun.VindplaatsenAsync(app, Testgezin.Woorden));
        await using (var db = app.NieuweDbContext())
        {
            var casus = await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == casusId);
            Assert.Equal(Bewaartermijnrun.TermijnVoorbij, casus.GeanonimiseerdOp);
            Assert.Equal("Gezin", casus.Gezinsnaam);
            Assert.Equal(new DateOnly(2026, 9, 1), casus.Startdatum);
            Assert.Equal(new DateOnly(2026, 11, 1), casus.Afsluitdatum);
            var versie = await db.Handreikingversies.AsNoTracking().SingleAsync(x => x.CasusId == casusId);
            Assert.False(await db.HandreikingPdfs.AnyAsync(p => p.VersieId == versie.Id));
            Assert.False(await db.Users.AnyAsync(u => u.BetrokkeneId != null && db.Betrokkenen.Any(b => b.Id == u.BetrokkeneId && b.CasusId == casusId)));
            Assert.False(await db.Meldingen.AnyAsync(m => m.CasusId == casusId));
            Assert.Equal(["Jeugdige 1", "Netwerk 1", "Ouder 1", "Professional", "Professional"],
                await db.Betrokkenen.Where(b => b.CasusId == casusId).OrderBy(b => b.Naam).Select(b => b.Naam).ToListAsync());
            // Who is what stays, so the region's counts of kinds and organisation types still hold.
            Assert.Equal(2, await db.Betrokkenen.CountAsync(b => b.CasusId == casusId && b.OrganisatieType != null));
            Assert.Contains(await db.Logboek.AsNoTracking().Where(l => l.CasusId == casusId).ToListAsync(),
                l => l.Actie == LogboekActie.Geanonimiseerd && l.Omschrijving == null);
        }
        // The logboek keeps every line it had.
        Assert.Empty(logboekVoor.Except(await LogboekAsync(casusId)));

        // The figures, durations included, are those of before; also after the scheduler ran again.
        Assert.Equal(JsonSerializer.Serialize(voor), JsonSerializer.Serialize(await CijfersAsync(casusId)));
        await BijwerkenAsync(Bewaartermijnrun.TermijnVoorbij);
        Assert.Equal(JsonSerializer.Serialize(voor), JsonSerializer.Serialize(await CijfersAsync(casusId)));

        // A printed PDF of it no longer checks out: it was destroyed.
        Assert.Contains("Deze code is onbekend", await bezoeker.GetStringAsync($"/Verificatie?Code={verificatiecode}"), StringComparison.Ordinal);

        // Not a casus any more, for the professional who was in it (logged in again: twenty years is a long session).
        sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync($"/Casussen/{casusId}")).StatusCode);
        Assert.DoesNotContain("BW-2026-0001", await (await sanne.GetAsync("/Casussen")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed record Cijfers(List<Casusstand> Standen, List<Maandtotaal> Totalen, List<double> Overdrachtdagen);

    private async Task<Cijfers> CijfersAsync(Guid casusId)
    {
        await using var db = app.NieuweDbContext();
        var standen = await db.Casusstanden.AsNoTracking().Where(s => s.CasusId == casusId).OrderBy(s => s.Maand).ToListAsync();
        var maanden = standen.Select(s => s.Maand).ToList();
        var totalen = await db.Maandtotalen.AsNoTracking().Where(t => maanden.Contains(t.Maand)).OrderBy(t => t.Maand).ThenBy(t => t.Id)
            .ToListAsync();
        foreach (var t in totalen) { t.Id = 0; t.BijgewerktOp = default; }
        foreach (var s in standen) s.BijgewerktOp = default;
        var overdrachten = await db.Overdrachten.AsNoTracking().Where(o => o.CasusId == casusId && o.BeslistOp != null)
            .Select(o => new { o.VoorgesteldOp, o.BeslistOp }).ToListAsync();
        return new(standen, totalen, [.. overdrachten.Select(o => (o.BeslistOp!.Value - o.VoorgesteldOp).TotalDays)]);
    }

    private async Task<List<long>> LogboekAsync(Guid casusId)
    {
        await using var db = app.NieuweDbContext();
        return await db.Logboek.Where(l => l.CasusId == casusId).Select(l => l.Id).ToListAsync();
    }
}

/// <summary>Runs that follow one another: a second run, and a run that fails half-way. The clock only goes forward, so each
/// run is at least a day after the term of every casus here.</summary>
public sealed class BewaartermijnHerhalenTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Een_tweede_run_verandert_niets()
    {
        var casusId = await Testgezin.MaakAsync(app, "BW-2026-0002");
        await Bewaartermijnrun.VoerUitAsync(app);
        string stand;
        await using (var db = app.NieuweDbContext()) stand = await CasusStand.LeesAsync(db, casusId);

        Assert.Equal(0, await Bewaartermijnrun.VoerUitAsync(app, dagen: 1));
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.False(await scope.ServiceProvider.GetRequiredService<Anonimiseerder>().AnonimiseerAsync(casusId, CancellationToken.None));

        await using var na = app.NieuweDbContext();
        Assert.Equal(stand, await CasusStand.LeesAsync(na, casusId));
        Assert.Single(await na.Logboek.AsNoTracking().Where(l => l.CasusId == casusId && l.Actie == LogboekActie.Geanonimiseerd).ToListAsync());
    }

    [Fact]
    public async Task Een_run_die_halverwege_mislukt_laat_de_casus_heel_en_de_volgende_run_maakt_hem_af()
    {
        var eerste = await Testgezin.MaakAsync(app, "BW-2026-0003", "Zwanenburgh");
        var tweede = await Testgezin.MaakAsync(app, "BW-2026-0004", "Zwanenburghs");
        // Half-way through the second casus (the taken come after the betrokkenen and the casus itself) the database refuses.
        await using (var db = app.NieuweDbContext())
        {
            var trigger = $$"""
                CREATE FUNCTION weiger_bewaren() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN IF NEW."CasusId" = '{{tweede}}' THEN RAISE EXCEPTION 'test: stroom valt uit'; END IF; RETURN NEW; END $f$;
                CREATE TRIGGER weiger_bewaren BEFORE UPDATE ON "Taken" FOR EACH ROW EXECUTE FUNCTION weiger_bewaren();
                """;
            await db.Database.ExecuteSqlRawAsync(trigger);
        }
        string heel;
        await using (var db = app.NieuweDbContext()) heel = await CasusStand.LeesAsync(db, tweede);

        await Bewaartermijnrun.VoerUitAsync(app);

        await using (var db = app.NieuweDbContext())
        {
            Assert.NotNull((await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == eerste)).GeanonimiseerdOp);
            var casus = await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == tweede);
            Assert.Null(casus.GeanonimiseerdOp);
            Assert.Equal("Zwanenburghs", casus.Gezinsnaam);
            Assert.Equal(heel, await CasusStand.LeesAsync(db, tweede));
            Assert.True(await db.HandreikingPdfs.AnyAsync(p => db.Handreikingversies.Any(v => v.Id == p.VersieId && v.CasusId == tweede)));
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER weiger_bewaren ON \"Taken\"; DROP FUNCTION weiger_bewaren();");
        }

        Assert.Equal(1, await Bewaartermijnrun.VoerUitAsync(app, dagen: 1));
        Assert.Empty(await Bewaartermijnrun.VindplaatsenAsync(app, Testgezin.Woorden));
    }
}

internal static class Bewaartermijnrun
{
    public static readonly DateTimeOffset TermijnVoorbij = new(2046, 11, 21, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The job's work as Quartz runs it, at the later of the app's clock and the term's end, plus <paramref name="dagen"/>.</summary>
    public static async Task<int> VoerUitAsync(RegieApp app, int dagen = 0)
    {
        var nu = (app.Klok.GetUtcNow() > TermijnVoorbij ? app.Klok.GetUtcNow() : TermijnVoorbij).AddDays(dagen);
        app.Klok.SetUtcNow(nu);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Bewaartermijn>().VoerUitAsync(CancellationToken.None);
    }

    /// <summary>Every text, character, json, array and bytea column of every table, searched for each word (case-insensitive).</summary>
    public static async Task<List<string>> VindplaatsenAsync(RegieApp app, IEnumerable<string> woorden)
    {
        await using var verbinding = new NpgsqlConnection(app.ConnectionString);
        await verbinding.OpenAsync();
        var kolommen = new List<(string Tabel, string Kolom, string Type)>();
        await using (var lijst = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public'
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')
            """, verbinding))
        await using (var lezer = await lijst.ExecuteReaderAsync())
            while (await lezer.ReadAsync()) kolommen.Add((lezer.GetString(0), lezer.GetString(1), lezer.GetString(2)));
        Assert.Contains(kolommen, k => k.Tabel == "qrtz_job_details" && k.Kolom == "job_data");

        var gevonden = new List<string>();
        foreach (var (tabel, kolom, type) in kolommen)
        {
            var waarde = type == "bytea" ? $"encode(\"{kolom}\", 'escape')" : $"\"{kolom}\"::text";
            foreach (var woord in woorden)
            {
                await using var zoek = new NpgsqlCommand($"""SELECT count(*) FROM "{tabel}" WHERE {waarde} ILIKE @w""", verbinding);
                zoek.Parameters.AddWithValue("w", $"%{woord}%");
                if ((long)(await zoek.ExecuteScalarAsync())! > 0) gevonden.Add($"{tabel}.{kolom}: {woord}");
            }
        }
        return gevonden;
    }
}
