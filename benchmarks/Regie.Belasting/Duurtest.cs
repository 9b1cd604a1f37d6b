using System.Globalization;
using System.Text;

namespace Regie.Belasting;

/// <summary>Part 5: 64 connections for a while (default 10 minutes) on a mix of page views and MDO saves, one session:
/// no errors, the app's memory flat, and a Bekeken row in the logboek for every view.</summary>
public static class Duurtest
{
    private const int Verbindingen = 64;
    private const int Schrijvers = 8;

    public static async Task<int> DraaiAsync(Opties opties, CancellationToken ct)
    {
        var loadVoor = Rapport.Load();
        await using var opstelling = await Opstelling.StartAsync(opties, 1, ct);
        var app = opstelling.Apps[0];
        var fouten = new List<string>();
        var jc = await opstelling.InloggenAsync(Sessie.Jeugdconsulent, ct);
        var doelen = await Doelen.ZoekAsync(opstelling.Cluster, jc, ct);
        var run = Guid.NewGuid().ToString("N")[..8];
        var opslagen = doelen.Plekken.Take(Schrijvers).Select((p, i) => new Opslag(p, run, i + 1)).ToList();
        string[] paden = ["/Casussen", doelen.Overzicht, doelen.Mdo];
        var duur = TimeSpan.FromMinutes(opties.Minuten);
        var sinds = DateTimeOffset.UtcNow;

        var belasting = new Belasting();
        var rss = new List<(double Tijd, double Mb)> { (0, app.RssMb()) };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var lopend = Enumerable.Range(0, Verbindingen - opslagen.Count)
            .Select(i => Task.Run(() => belasting.LezenAsync(jc, [.. paden.Skip(i % 3), .. paden.Take(i % 3)], stop.Token), CancellationToken.None))
            .Concat(opslagen.Select(o => Task.Run(() => belasting.OpslaanAsync(jc, o, opstelling.Cluster, stop.Token), CancellationToken.None)))
            .ToList();
        Console.WriteLine($"Duurtest: {Verbindingen} verbindingen ({opslagen.Count} opslaan), {duur.TotalMinutes:0.#} minuten…");
        var stap = duur / 10;
        for (var i = 1; i <= 10; i++)
        {
            await Task.Delay(stap, ct);
            rss.Add((belasting.Nu, app.RssMb()));
            var u = belasting.Uitkomsten;
            Console.WriteLine($"  t={belasting.Nu:0} s: {u.Count} verzoeken, {u.Count(x => !x.Ok)} fouten, RSS {rss[^1].Mb:0} MB, load {Rapport.Load()}");
        }
        await stop.CancelAsync();
        await Task.WhenAll(lopend);
        var seconden = belasting.Nu;
        rss.Add((seconden, app.RssMb()));

        var alle = belasting.Uitkomsten;
        var views = alle.Count(x => x.Soort != "opslaan" && x.Ok);
        var bekeken = await Controles.BekekenAsync(opstelling.Cluster, doelen.JeugdconsulentId, sinds, ct);
        var opslagFouten = await Controles.OpslagenAsync(opstelling.Cluster, opslagen, doelen.JeugdconsulentId, sinds, ct);
        var nietOk = alle.Where(x => !x.Ok).ToList();
        if (nietOk.Count > 0)
            fouten.Add($"{nietOk.Count} fouten: {string.Join(", ", nietOk.GroupBy(x => $"{x.Soort} {x.Status}").Select(g => $"{g.Count()} × {g.Key}"))}.");
        if (bekeken != views) fouten.Add($"{views} pagina's bekeken, maar {bekeken} Bekeken-regels in het logboek.");
        fouten.AddRange(opslagFouten.Select(f => "Opslaan: " + f));
        // Flat: after the first tenth (warm-up, pools, JIT) the process may not keep growing.
        var naOpwarmen = rss[1].Mb;
        var eind = rss[^1].Mb;
        if (eind > naOpwarmen * 1.3) fouten.Add($"Het geheugen groeide van {naOpwarmen:0} MB (na opwarmen) naar {eind:0} MB (> 30 %).");

        var sb = new StringBuilder($"""
            # Belasting: duurtest ({opties.DatabaseNaam})

            {Rapport.Machine(loadVoor)}. Eén instantie, {Verbindingen} lussen met één sessie van de jeugdconsulent: {Verbindingen - opslagen.Count} lezen
            (Mijn casussen, casusoverzicht, MDO-modus om en om), {opslagen.Count} slaan elk een eigen MDO-stap op; {seconden:0} s.

            | soort | verzoeken | per s | p50 ms | p99 ms | fouten |
            |---|---:|---:|---:|---:|---:|

            """);
        foreach (var g in alle.GroupBy(x => x.Soort).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var m = Belasting.Samenvatting(g.ToList(), seconden);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {g.Key} | {m.Verzoeken} | {Meten.Getal(m.PerSeconde)} | {Meten.Getal(m.P50Ms)} | {Meten.Getal(m.P99Ms)} | {m.Fouten} |");
        }
        var totaal = Belasting.Samenvatting(alle, seconden);
        sb.AppendLine(CultureInfo.InvariantCulture, $"| **alles** | {totaal.Verzoeken} | {Meten.Getal(totaal.PerSeconde)} | {Meten.Getal(totaal.P50Ms)} | {Meten.Getal(totaal.P99Ms)} | {totaal.Fouten} |");
        sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"""
            RSS van de app (MB), begin → eind: {string.Join(" → ", rss.Select(r => r.Mb.ToString("0", CultureInfo.InvariantCulture)))}
            (elke {stap.TotalSeconds:0} s; begin {rss[0].Mb:0} MB, na opwarmen {naOpwarmen:0} MB, eind {eind:0} MB).

            Logboek: {views} pagina's met 200 bekeken, {bekeken} Bekeken-regels erbij; {opslagen.Sum(o => o.AantalBevestigd)} opslagen bevestigd,
            database-controle van de opslagen: {(opslagFouten.Count == 0 ? "in orde" : $"{opslagFouten.Count} fouten")}.
            """);
        Rapport.Schrijf($"duurtest-{opties.DatabaseNaam}.md", sb.ToString());
        opstelling.LogsBewaren = fouten.Count > 0;
        return Rapport.Uitslag("duurtest", fouten);
    }
}
