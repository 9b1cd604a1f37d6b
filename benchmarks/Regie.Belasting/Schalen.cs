using System.Globalization;
using System.Net;
using System.Text;

namespace Regie.Belasting;

/// <summary>Part 3: two app instances on one database behind nginx (round robin); one session used across both; the
/// load run of <see cref="Meten"/> through the proxy, next to the same run on one instance direct.</summary>
public static class Schalen
{
    public static async Task<int> DraaiAsync(Opties opties, CancellationToken ct)
    {
        await Wrk.ZorgVoorPakketAsync("wrk", "wrk", ct);
        var loadVoor = Rapport.Load();
        await using var opstelling = await Opstelling.StartAsync(opties, 2, ct);
        var fouten = new List<string>();
        var jc = await opstelling.InloggenAsync(Sessie.Jeugdconsulent, ct);
        var doelen = await Doelen.ZoekAsync(opstelling.Cluster, jc, ct);
        var verdeling = await SessieOverBeideAsync(jc, doelen.Overzicht, fouten, ct);
        bool minimaal;
        using (var antwoord = await jc.GetAsync(Meten.Minimaal, ct)) minimaal = antwoord.StatusCode == HttpStatusCode.OK;
        if (!minimaal) fouten.Add($"{Meten.Minimaal} ontbreekt in deze build van de app.");

        var direct = opstelling.Apps[0].Adres;
        var rijen = new List<(Rij Direct, Rij Proxy)>();
        foreach (var pagina in Meten.Paginas(doelen))
        {
            Console.WriteLine($"Schalen: {pagina.Naam}…");
            var d = await Meten.MeetRijAsync(opstelling, direct, opstelling.PubliekeHost, pagina, doelen, opties.Duur, tel: false, minimaal, fouten, ct);
            var p = await Meten.MeetRijAsync(opstelling, opstelling.Adres, opstelling.PubliekeHost, pagina, doelen, opties.Duur, tel: false, minimaal, fouten, ct);
            rijen.Add((d, p));
            foreach (var (r, waar) in new[] { (d, "direct"), (p, "via nginx") })
                if (r.Meting.Fouten + r.Live.Fouten + (r.Minimaal?.Fouten ?? 0) > 0) fouten.Add($"{pagina.Naam} {waar}: {r.Meting.Fouten} fouten.");
        }

        var sb = new StringBuilder($"""
            # Belasting: schalen ({opties.DatabaseNaam})

            {Rapport.Machine(loadVoor)}. Twee instanties ({string.Join(", ", opstelling.Apps.Select(a => a.Poort))}) op één database achter
            nginx op {opstelling.Adres} (round robin, keepalive 64); direct = dezelfde run op instantie {opstelling.Apps[0].Poort} zonder nginx.
            wrk -t2 -c32 -d{opties.Duur}s --latency, zoals `meten`.

            Eén sessie over beide instanties (ingelogd via nginx, daarna {verdeling.Values.Sum()} keer het casusoverzicht):
            {string.Join(", ", verdeling.Select(v => $"{v.Value} × {v.Key}"))}.

            | pagina | direct req/s | direct p99 ms | via nginx req/s | via nginx p99 ms | nginx ÷ direct | fouten direct / nginx | live direct | live nginx | minimaal direct | minimaal nginx |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|

            """);
        foreach (var (d, p) in rijen)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {d.Pagina.Naam} | {Meten.Getal(d.Meting.PerSeconde)} | {Meten.Getal(d.Meting.P99Ms)} | {Meten.Getal(p.Meting.PerSeconde)} | {Meten.Getal(p.Meting.P99Ms)} | "
                + $"{(d.Meting.PerSeconde > 0 ? (p.Meting.PerSeconde / d.Meting.PerSeconde).ToString("0.00", CultureInfo.InvariantCulture) : "–")} | {d.Meting.Fouten} / {p.Meting.Fouten} | "
                + $"{Meten.Getal(d.Live.PerSeconde)} | {Meten.Getal(p.Live.PerSeconde)} | {(d.Minimaal is null ? "–" : Meten.Getal(d.Minimaal.PerSeconde))} | {(p.Minimaal is null ? "–" : Meten.Getal(p.Minimaal.PerSeconde))} |");
        }
        sb.AppendLine().AppendLine("Via nginx, in de vorm van `meten`:").AppendLine().Append(Rapport.Tabel(rijen.Select(r => r.Proxy)));
        Rapport.Schrijf($"schalen-{opties.DatabaseNaam}.md", sb.ToString());
        opstelling.LogsBewaren = fouten.Count > 0;
        return Rapport.Uitslag("schalen", fouten);
    }

    /// <summary>The session made through nginx, used for 40 page views: every one must answer 200, and both instances must answer.</summary>
    public static async Task<SortedDictionary<string, int>> SessieOverBeideAsync(Sessie sessie, string pad, List<string> fouten, CancellationToken ct)
    {
        var verdeling = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 40; i++)
        {
            using var antwoord = await sessie.GetAsync(pad, ct);
            var upstream = antwoord.Headers.TryGetValues("X-Upstream", out var w) ? string.Join(",", w) : "(geen X-Upstream)";
            verdeling[upstream] = verdeling.GetValueOrDefault(upstream) + 1;
            if (antwoord.StatusCode != HttpStatusCode.OK) fouten.Add($"Sessie over beide instanties: {pad} gaf {(int)antwoord.StatusCode} via {upstream}.");
        }
        if (verdeling.Count < 2) fouten.Add($"De sessie kwam maar bij één instantie: {string.Join(", ", verdeling.Keys)}.");
        Console.WriteLine($"  Sessie over beide instanties: {string.Join(", ", verdeling.Select(v => $"{v.Value} × {v.Key}"))}");
        return verdeling;
    }
}
