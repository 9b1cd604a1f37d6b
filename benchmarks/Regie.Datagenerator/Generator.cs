using System.Threading.Channels;
using Bogus;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Web;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Regio;

namespace Regie.Datagenerator;

/// <summary>Fills the migrated, seeded database: organisaties and medewerkers, then the casussen in batches (one
/// transaction per batch, so the deferred exclusion constraints are checked per batch), then the logboek, then ANALYZE.</summary>
public static class Generator
{
    private const int Batch = 1000;

    public static async Task<IReadOnlyList<(string Tabel, long Rijen)>> VulAsync(Cluster cluster, Opties opties, CancellationToken ct)
    {
        var nu = DateTimeOffset.UtcNow;
        Randomizer.Seed = new Random(opties.Zaad);
        var faker = new Faker("nl");

        Regio regio;
        Sjabloon sjabloon;
        Vragenlijstmaker vragen;
        await using (var db = new RegieDbContext(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(cluster.Eigenaar).Options))
        {
            var s = await db.Sjablonen.AsNoTracking().OrderByDescending(x => x.Versie).FirstAsync(ct);
            sjabloon = new Sjabloon(s.Id, s.Versie, s.Stappen);
            regio = await Regio.MaakAsync(db, opties.Casussen, faker, ct);
            vragen = await Vragenlijstmaker.MaakAsync(db, nu, opties.Zaad, ct);
        }

        await using var verbinding = new NpgsqlConnection(cluster.Kopie);
        await verbinding.OpenAsync(ct);
        await using (var sessie = new NpgsqlCommand("SET synchronous_commit = off", verbinding)) await sessie.ExecuteNonQueryAsync(ct);

        var organisaties = new Teller("Organisaties");
        var medewerkers = new Teller("Medewerkers");
        using (new Voortgang("Organisaties ", () => 1, organisaties, medewerkers))
        {
            await Organisaties(verbinding, regio, organisaties, medewerkers, ct);
        }

        var invullingen = new List<InvullingRij>();
        var bronnen = await CasussenAsync(verbinding, regio, sjabloon, vragen, invullingen, faker, nu, opties.Casussen, ct);
        await VragenlijstenAsync(cluster, verbinding, vragen, invullingen, bronnen, opties.Zaad, nu, ct);

        var logboek = new Teller("Logboek");
        using (new Voortgang("Logboek      ", () => (double)logboek.Rijen / opties.Logboekregels, logboek))
        {
            await using var transactie = await verbinding.BeginTransactionAsync(ct);
            await Datagenerator.Logboek.Tabel.KopieerAsync(verbinding, Datagenerator.Logboek.Regels(bronnen, opties.Logboekregels, opties.Zaad, nu), logboek, ct);
            await transactie.CommitAsync(ct);
        }

        var klaar = new Teller("ANALYZE");
        using (new Voortgang("ANALYZE      ", () => 0, klaar))
        {
            await using var analyze = new NpgsqlCommand("ANALYZE", verbinding);
            await analyze.ExecuteNonQueryAsync(ct);
        }

        await CasusstandenAsync(cluster, verbinding, nu, ct);
        return await Grootte.TellingenAsync(verbinding, ct);
    }

    /// <summary>The scheduler's summary, by the app's own code: the 11 months before this one as if the job last ran at each
    /// month's end (oldest first, so a casus closed long ago gets its row in its closing month), then this month as of now.</summary>
    private static async Task CasusstandenAsync(Cluster cluster, NpgsqlConnection verbinding, DateTimeOffset nu, CancellationToken ct)
    {
        var teller = new Teller("Casusstanden");
        var gedaan = 0;
        var duren = new List<string>();
        using (new Voortgang("Casusstanden ", () => gedaan / 12.0, teller))
        {
            var klok = new VasteKlok(nu);
            var deze = Weergave.Dag(nu);
            var maand = new DateOnly(deze.Year, deze.Month, 1);
            for (var terug = 11; terug >= 0; terug--, gedaan++)
            {
                await using var db = new RegieDbContext(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(cluster.Kopie).Options);
                var werk = new Casusstandenbijwerker(db, new Logboekschrijver(db, new HttpContextAccessor(), klok), klok);
                var duur = System.Diagnostics.Stopwatch.StartNew();
                var rijen = terug == 0
                    ? await werk.BijwerkenAsync(ct)
                    : await werk.BijwerkenAlsOpAsync(maand.AddMonths(1 - terug).AddDays(-1), ct);
                teller.Tel(rijen);
                duren.Add($"{maand.AddMonths(-terug):yyyy-MM} {rijen:N0} rijen in {duur.Elapsed.TotalSeconds:0.0} s");
            }
            await using var analyze = new NpgsqlCommand("ANALYZE \"Casusstanden\"", verbinding);
            await analyze.ExecuteNonQueryAsync(ct);
        }
        Console.WriteLine();
        Console.WriteLine($"Casusstanden bijgewerkt (de laatste is de run van de planner): {string.Join("; ", duren)}");
    }

    private sealed class VasteKlok(DateTimeOffset nu) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => nu;
    }

    private static async Task Organisaties(NpgsqlConnection verbinding, Regio regio, Teller organisaties, Teller medewerkers, CancellationToken ct)
    {
        await using var transactie = await verbinding.BeginTransactionAsync(ct);
        await Regio.OrganisatieTabel.KopieerAsync(verbinding, regio.Organisaties.Where(o => !o.Bestaat), organisaties, ct);
        await Regio.MedewerkerTabel.KopieerAsync(verbinding, regio.Medewerkers.Where(m => !m.Bestaat), medewerkers, ct);
        await transactie.CommitAsync(ct);
    }

    /// <summary>One thread makes families while the other copies the previous batch: PostgreSQL and the generator each keep a core busy.</summary>
    private static async Task<List<LogboekBron>> CasussenAsync(NpgsqlConnection verbinding, Regio regio, Sjabloon sjabloon, Vragenlijstmaker vragen,
        List<InvullingRij> invullingen, Faker faker, DateTimeOffset nu, int aantal, CancellationToken ct)
    {
        var tellers = new
        {
            Casussen = new Teller("Casussen"), Betrokkenen = new Teller("Betrokkenen"), Stappen = new Teller("Stappen"), Taken = new Teller("Taken"),
            Regie = new Teller("Regietoewijzingen"), Overdrachten = new Teller("Overdrachten"), Overleggen = new Teller("Overleggen"), Versies = new Teller("Versies"),
            Signalen = new Teller("Signalen"),
        };
        var bronnen = new List<LogboekBron>(aantal);
        var rij = Channel.CreateBounded<List<Gezin>>(3);
        var maker = new GezinMaker(regio, sjabloon, faker, nu, aantal, vragen);
        var maken = Task.Run(async () =>
        {
            try
            {
                for (var start = 0; start < aantal; start += Batch)
                {
                    var batch = Enumerable.Range(start, Math.Min(Batch, aantal - start)).Select(maker.Maak).ToList();
                    await rij.Writer.WriteAsync(batch, ct);
                }
                rij.Writer.Complete();
            }
            catch (Exception e)
            {
                rij.Writer.Complete(e);
            }
        }, ct);

        using (new Voortgang("Casussen     ", () => (double)tellers.Casussen.Rijen / aantal, tellers.Casussen, tellers.Betrokkenen, tellers.Stappen, tellers.Taken,
                   tellers.Regie, tellers.Overdrachten, tellers.Overleggen, tellers.Versies, tellers.Signalen))
        {
            await foreach (var batch in rij.Reader.ReadAllAsync(ct))
            {
                await using var transactie = await verbinding.BeginTransactionAsync(ct);
                await Datagenerator.Casussen.Tabel.KopieerAsync(verbinding, batch.Select(g => g.Casus), tellers.Casussen, ct);
                await Betrokkenen.Tabel.KopieerAsync(verbinding, batch.SelectMany(g => g.Betrokkenen), tellers.Betrokkenen, ct);
                await Datagenerator.Casussen.Stappen.KopieerAsync(verbinding, batch.SelectMany(g => g.Stappen), tellers.Stappen, ct);
                await Taken.Tabel.KopieerAsync(verbinding, batch.SelectMany(g => g.Taken), tellers.Taken, ct);
                await Regievoering.Toewijzingen.KopieerAsync(verbinding, batch.SelectMany(g => g.Regie), tellers.Regie, ct);
                await Regievoering.Overdrachten.KopieerAsync(verbinding, batch.SelectMany(g => g.Overdrachten), tellers.Overdrachten, ct);
                await Overleggen.Tabel.KopieerAsync(verbinding, batch.SelectMany(g => g.Overleggen), tellers.Overleggen, ct);
                await Overleggen.Versies.KopieerAsync(verbinding, batch.SelectMany(g => g.Versies), tellers.Versies, ct);
                await Signalen.Tabel.KopieerAsync(verbinding, batch.SelectMany(g => g.Signalen), tellers.Signalen, ct);
                await Signalen.Berichten.KopieerAsync(verbinding, batch.SelectMany(g => g.SignaalBerichten), new Teller("SignaalBerichten"), ct);
                await transactie.CommitAsync(ct);
                invullingen.AddRange(batch.SelectMany(g => g.Invullingen));
                bronnen.AddRange(batch.Select(g => new LogboekBron(g.Casus.Id, g.Casus.Startdatum, g.Casus.Afsluitdatum ?? DateOnly.FromDateTime(nu.UtcDateTime),
                    [.. g.Betrokkenen.Where(b => b.Medewerker is not null).Select(b => b.Medewerker!)], g.Versies.Count)));
            }
        }
        await maken;
        return bronnen;
    }

    /// <summary>The meetmomenten, then every answer in one COPY, shuffled: rows stored in the order of the casussen would let
    /// their physical place in the table hint at which casus an answer came from.</summary>
    private static async Task VragenlijstenAsync(Cluster cluster, NpgsqlConnection verbinding, Vragenlijstmaker vragen, List<InvullingRij> invullingen,
        IReadOnlyList<LogboekBron> bronnen, int zaad, DateTimeOffset nu, CancellationToken ct)
    {
        var teller = new Teller("VragenlijstInvullingen");
        using (new Voortgang("Vragenlijsten", () => 0, teller))
        {
            await using (var db = new RegieDbContext(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(cluster.Eigenaar).Options))
            {
                invullingen.AddRange(vragen.VoorProfessionals(db, bronnen, nu, zaad));
                await db.SaveChangesAsync(ct);
            }
            var geschud = invullingen.ToArray();
            new Random(zaad + 16).Shuffle(geschud);
            await using var transactie = await verbinding.BeginTransactionAsync(ct);
            await Vragenlijstmaker.Tabel.KopieerAsync(verbinding, geschud, teller, ct);
            await transactie.CommitAsync(ct);
        }
    }
}
