using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Regie.Belasting;

/// <summary>Issue 15, part 6: the regiocoördinator's pages next to the casus page, in one run on one database. The
/// dashboard and the export are one heavy request each, so they are timed one at a time (what a coördinator waits); the
/// casus page is timed the same way, and with wrk at 32 connections as in <c>meten</c>.</summary>
public static class Regio
{
    public const string Regiocoordinator = $"regiocoordinator@{Regie.Web.Demo.DemoData.Domein}";
    private const int Keer = 15;

    /// <summary>One timed page or download: how long one request took, lowest, median and highest, and its size.</summary>
    public sealed record Tijd(string Naam, string Pad, int Keer, double MinMs, double P50Ms, double MaxMs, long Bytes);

    public static async Task<int> DraaiAsync(Opties opties, CancellationToken ct)
    {
        await Wrk.ZorgVoorPakketAsync("wrk", "wrk", ct);
        var loadVoor = Rapport.Load();
        await using var opstelling = await Opstelling.StartAsync(opties, 1, ct);
        var jc = await opstelling.InloggenAsync(Sessie.Jeugdconsulent, ct);
        var doelen = await Doelen.ZoekAsync(opstelling.Cluster, jc, ct);
        var regio = await opstelling.InloggenAsync(Regiocoordinator, ct);
        var fouten = new List<string>();

        var casussen = await opstelling.Cluster.ScalarAsync<long>("""SELECT count(*) FROM "Casussen" """, ct);
        var standen = await opstelling.Cluster.ScalarAsync<long>("""SELECT count(*) FROM "Casusstanden" """, ct);
        // The largest gemeente, so a filtered view still counts the most rows.
        var gemeente = (Guid)(await opstelling.Cluster.ScalarAsync<Guid?>("""
            SELECT "GemeenteId" FROM "Casussen" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1
            """, ct) ?? throw new InvalidOperationException("Geen casussen."));
        var vandaag = DateOnly.FromDateTime(DateTime.Now);
        var kwartaal = $"{vandaag.Year}-K{((vandaag.Month - 1) / 3) + 1}";

        var tijden = new List<Tijd>
        {
            await TijdAsync("Casusoverzicht (één verzoek tegelijk)", doelen.Overzicht, jc, Keer * 4, fouten, ct),
            await TijdAsync("Dashboard, hele regio, 12 maanden", "/Regio", regio, Keer, fouten, ct),
            await TijdAsync("Dashboard, grootste gemeente", $"/Regio?Gemeente={gemeente}", regio, Keer, fouten, ct),
            await TijdAsync("Dashboard, gemeente + indicatie + maatregel", $"/Regio?Gemeente={gemeente}&Indicatie=OB4A&Maatregel=Ots", regio, Keer, fouten, ct),
            await TijdAsync("Dashboard, één kwartaal, indicatie overig", $"/Regio?Van={kwartaal}&Tot={kwartaal}&Indicatie=overig", regio, Keer, fouten, ct),
            await TijdAsync("Dashboard, 10 jaar", $"/Regio?Van={vandaag.Year - 9}-01&Tot={vandaag:yyyy-MM}", regio, Keer, fouten, ct),
            await TijdAsync("Export casussen, CSV", "/Regio/Export?handler=Casussen&formaat=csv", regio, 3, fouten, ct),
            await TijdAsync("Export casussen, JSON", "/Regio/Export?handler=Casussen&formaat=json", regio, 3, fouten, ct),
            await TijdAsync("Export antwoorden, CSV", "/Regio/Export?handler=Antwoorden&formaat=csv", regio, 3, fouten, ct),
        };
        Console.WriteLine("Meten: casusoverzicht met wrk…");
        await Wrk.MeetAsync(jc, doelen.Overzicht, 3, ct);
        var wrk = await Wrk.MeetAsync(jc, doelen.Overzicht, opties.Duur, ct);

        var casus = tijden[0];
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"""
            # Belasting: regio ({opties.DatabaseNaam})

            {Rapport.Machine(loadVoor)}; {casussen:N0} casussen, {standen:N0} rijen in Casusstanden. Elk verzoek na het vorige, na één
            verzoek om op te warmen; × casus = mediaan ÷ mediaan van het casusoverzicht in dezelfde run. Het casusoverzicht met
            wrk -t2 -c32 -d{opties.Duur}s: {Meten.Getal(wrk.PerSeconde)} req/s, p50 {Meten.Getal(wrk.P50Ms)} ms, p99 {Meten.Getal(wrk.P99Ms)} ms.

            | pagina | keer | min ms | mediaan ms | max ms | KB | × casus (één tegelijk) | × casus p50 (wrk) |
            |---|---:|---:|---:|---:|---:|---:|---:|
            """);
        foreach (var t in tijden)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {t.Naam} | {t.Keer} | {Meten.Getal(t.MinMs)} | {Meten.Getal(t.P50Ms)} | {Meten.Getal(t.MaxMs)} | {t.Bytes / 1024:N0} | {t.P50Ms / casus.P50Ms:0.0} | {t.P50Ms / wrk.P50Ms:0.0} |");
        }
        Rapport.Schrijf($"regio-{opties.DatabaseNaam}.md", sb.ToString());

        foreach (var t in tijden.Where(t => t.Naam.StartsWith("Dashboard", StringComparison.Ordinal) && t.P50Ms >= 1000))
            fouten.Add($"{t.Naam}: mediaan {t.P50Ms:0} ms, het doel is onder 1 seconde.");
        foreach (var t in tijden.Where(t => t.Naam.StartsWith("Export", StringComparison.Ordinal) && t.MaxMs >= 30_000))
            fouten.Add($"{t.Naam}: {t.MaxMs:0} ms, het doel is onder 30 seconden.");
        opstelling.LogsBewaren = fouten.Count > 0;
        return Rapport.Uitslag("regio", fouten);
    }

    /// <summary>Times <paramref name="keer"/> GETs one after another, after one to warm up; each must answer 200 and is read whole.</summary>
    private static async Task<Tijd> TijdAsync(string naam, string pad, Sessie sessie, int keer, List<string> fouten, CancellationToken ct)
    {
        Console.WriteLine($"Meten: {naam}…");
        var ms = new List<double>();
        long bytes = 0;
        for (var i = 0; i <= keer; i++)
        {
            var klok = Stopwatch.StartNew();
            using var antwoord = await sessie.GetAsync(pad, ct);
            var inhoud = await antwoord.Content.ReadAsByteArrayAsync(ct);
            klok.Stop();
            if (antwoord.StatusCode != HttpStatusCode.OK)
            {
                fouten.Add($"{naam}: {pad} gaf {(int)antwoord.StatusCode}.");
                break;
            }
            if (i == 0) continue;
            ms.Add(klok.Elapsed.TotalMilliseconds);
            bytes = inhoud.Length;
        }
        if (ms.Count == 0) return new Tijd(naam, pad, 0, 0, 0, 0, 0);
        ms.Sort();
        var t = new Tijd(naam, pad, ms.Count, ms[0], ms[ms.Count / 2], ms[^1], bytes);
        Console.WriteLine($"  mediaan {t.P50Ms:0} ms (min {t.MinMs:0}, max {t.MaxMs:0}), {bytes / 1024:N0} KB");
        return t;
    }
}
