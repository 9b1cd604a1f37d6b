using System.Globalization;
using System.Net;

namespace Regie.Belasting;

public sealed record Pagina(string Naam, string Pad, string Account, bool IsOpslag = false, int Verbindingen = 32);

/// <summary>One page's figures with the two floors measured in the same round, as the same account.</summary>
public sealed record Rij(Pagina Pagina, int? Statements, Meting Meting, Meting Live, Meting? Minimaal, int Verbindingen);

/// <summary>Part 2: every main page next to /health/live and the minimal page (one EF query, one logboek insert).</summary>
public static class Meten
{
    public const string Live = "/health/live";
    public const string Minimaal = "/benchmark/minimaal";
    private const int Opwarmen = 3;

    public static IReadOnlyList<Pagina> Paginas(Doelen d) =>
    [
        new("Mijn casussen", "/Casussen", Sessie.Jeugdconsulent),
        new("Casusoverzicht", d.Overzicht, Sessie.Jeugdconsulent),
        // Issue 12: no errors when twice as many connections ask for the casus.
        new("Casusoverzicht, 64 verbindingen", d.Overzicht, Sessie.Jeugdconsulent, Verbindingen: 64),
        new("MDO-modus", d.Mdo, Sessie.Jeugdconsulent),
        new("MDO-stap opslaan (POST)", d.Mdo + "?handler=Stap", Sessie.Jeugdconsulent, IsOpslag: true),
        new("Opgeslagen PDF", d.Pdf, Sessie.Jeugdconsulent),
        new("Ouderportaal", "/Ouders", Sessie.Ouder),
    ];

    public static async Task<int> DraaiAsync(Opties opties, CancellationToken ct)
    {
        await Wrk.ZorgVoorPakketAsync("wrk", "wrk", ct);
        var loadVoor = Rapport.Load();
        await using var opstelling = await Opstelling.StartAsync(opties, 1, ct);
        var jc = await opstelling.InloggenAsync(Sessie.Jeugdconsulent, ct);
        var doelen = await Doelen.ZoekAsync(opstelling.Cluster, jc, ct);
        var fouten = new List<string>();
        var minimaal = await MinimaleStatementsAsync(opstelling, jc, fouten, ct);

        var rijen = new List<Rij>();
        foreach (var pagina in Paginas(doelen))
        {
            Console.WriteLine($"Meten: {pagina.Naam}…");
            rijen.Add(await MeetRijAsync(opstelling, opstelling.Adres, null, pagina, doelen, opties.Duur, tel: true, minimaal is not null, fouten, ct));
        }

        var kop = $"""
            # Belasting: meten ({opties.DatabaseNaam})

            {Rapport.Machine(loadVoor)}; wrk -t2 -c32 -d{opties.Duur}s --latency na {Opwarmen} s opwarmen; opslaan met de .NET-client
            ({doelen.Plekken.Count} lussen, elk een eigen stap). Elke meting met een verse inlog van hetzelfde account.
            SQL per view: statements van de app-login in het PostgreSQL-log (log_statement = all), laagste van 3, BEGIN/COMMIT meegeteld.
            Minimale pagina: {(minimaal is { } m ? $"{m} statements per view" : "ontbreekt (404)")}.

            """;
        var tabel = kop + "\n" + Rapport.Tabel(rijen);
        Rapport.Schrijf($"meten-{opties.DatabaseNaam}.md", tabel);
        fouten.AddRange(rijen.Where(r => r.Meting.Fouten + r.Live.Fouten + (r.Minimaal?.Fouten ?? 0) > 0)
            .Select(r => $"{r.Pagina.Naam}: {r.Meting.Fouten} fouten (live {r.Live.Fouten}, minimaal {r.Minimaal?.Fouten})."));
        opstelling.LogsBewaren = fouten.Count > 0;
        return Rapport.Uitslag("meten", fouten);
    }

    /// <summary>Null (and a failure) when the minimal page is not there: it is built on the app's side (issue 11, agreement 1).</summary>
    private static async Task<int?> MinimaleStatementsAsync(Opstelling opstelling, Sessie sessie, List<string> fouten, CancellationToken ct)
    {
        using var antwoord = await sessie.GetAsync(Minimaal, ct);
        if (antwoord.StatusCode != HttpStatusCode.OK)
        {
            fouten.Add($"{Minimaal} gaf {(int)antwoord.StatusCode}: de minimale pagina ontbreekt in deze build van de app.");
            return null;
        }
        return await opstelling.Cluster.TelStatementsAsync(() => sessie.TekstAsync(Minimaal, ct), ct);
    }

    /// <summary>Logs in afresh for each of the three measurements (page, /health/live, minimal page), so no cookie is older
    /// than one measurement: wrk ignores refreshed cookies, and an older cookie is revalidated on every request.</summary>
    public static async Task<Rij> MeetRijAsync(Opstelling opstelling, Uri basis, string? host, Pagina pagina, Doelen doelen, int duur,
        bool tel, bool minimaal, List<string> fouten, CancellationToken ct)
    {
        var sessie = await Sessie.InloggenAsync(basis, host, pagina.Account, ct);
        int? statements = null;
        Meting meting;
        var verbindingen = pagina.Verbindingen;
        if (pagina.IsOpslag)
        {
            await sessie.ZorgVoorTokenAsync(doelen.Mdo, ct);
            var run = Guid.NewGuid().ToString("N")[..8];
            var opslagen = doelen.Plekken.Take(32).Select((p, i) => new Opslag(p, run, i + 1)).ToList();
            verbindingen = opslagen.Count;
            var sinds = DateTimeOffset.UtcNow;
            if (tel)
            {
                statements = await opstelling.Cluster.TelStatementsAsync(async () =>
                {
                    if (!(await opslagen[0].VolgendeAsync(sessie, opstelling.Cluster)).Ok) throw new InvalidOperationException("Opslaan van een stap mislukte.");
                }, ct);
            }
            await OpslaanAsync(sessie, opslagen, opstelling.Cluster, Opwarmen, ct);
            meting = await OpslaanAsync(sessie, opslagen, opstelling.Cluster, duur, ct);
            foreach (var f in await Controles.OpslagenAsync(opstelling.Cluster, opslagen, doelen.JeugdconsulentId, sinds, ct))
                fouten.Add("Opslaan: " + f);
        }
        else
        {
            await sessie.TekstAsync(pagina.Pad, ct);
            if (tel) statements = await opstelling.Cluster.TelStatementsAsync(() => sessie.TekstAsync(pagina.Pad, ct), ct);
            await Wrk.MeetAsync(sessie, pagina.Pad, Opwarmen, ct, verbindingen);
            meting = await Wrk.MeetAsync(sessie, pagina.Pad, duur, ct, verbindingen);
            await sessie.TekstAsync(pagina.Pad, ct); // still logged in: a lost session would have shown as fast 302s
        }

        var live = await VloerAsync(basis, host, pagina.Account, Live, duur, ct);
        var min = minimaal ? await VloerAsync(basis, host, pagina.Account, Minimaal, duur, ct) : null;
        Console.WriteLine($"  {meting.PerSeconde:0} req/s, p99 {meting.P99Ms:0} ms, {meting.Fouten} fouten; live {live.PerSeconde:0}; minimaal {min?.PerSeconde:0}");
        return new Rij(pagina, statements, meting, live, min, verbindingen);
    }

    private static async Task<Meting> VloerAsync(Uri basis, string? host, string account, string pad, int duur, CancellationToken ct)
    {
        var sessie = await Sessie.InloggenAsync(basis, host, account, ct);
        await Wrk.MeetAsync(sessie, pad, 2, ct);
        return await Wrk.MeetAsync(sessie, pad, duur, ct);
    }

    /// <summary>All save loops for <paramref name="seconden"/>; figures of the saves (POSTs) only.</summary>
    public static async Task<Meting> OpslaanAsync(Sessie sessie, IReadOnlyList<Opslag> opslagen, Cluster cluster, int seconden, CancellationToken ct)
    {
        var belasting = new Belasting();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(TimeSpan.FromSeconds(seconden));
        await Task.WhenAll(opslagen.Select(o => Task.Run(() => belasting.OpslaanAsync(sessie, o, cluster, stop.Token), CancellationToken.None)));
        return Belasting.Samenvatting(belasting.Uitkomsten, belasting.Nu);
    }

    public static string Getal(double waarde) => waarde.ToString(waarde >= 100 ? "N0" : "0.#", CultureInfo.InvariantCulture);
}
