using System.Globalization;
using System.Net;
using System.Text;

namespace Regie.Belasting;

/// <summary>Part 4, under load through nginx with two instances: PostgreSQL stopped for 10 s (health, the 503 page,
/// recovery without a restart, nothing half-written), then one instance killed (the other serves, the session holds).</summary>
public static class Storing
{
    private const int Lezers = 8;
    private const int Schrijvers = 6;
    private const string Foutpagina = "Regie is even niet bereikbaar";
    private static readonly string[] Stacktrace = ["Exception", "   at ", "Npgsql", "StackTrace", "stack trace", ".cs:line"];

    public static async Task<int> DraaiAsync(Opties opties, CancellationToken ct)
    {
        var loadVoor = Rapport.Load();
        await using var opstelling = await Opstelling.StartAsync(opties, 2, ct);
        var fouten = new List<string>();
        var jc = await opstelling.InloggenAsync(Sessie.Jeugdconsulent, ct);
        var doelen = await Doelen.ZoekAsync(opstelling.Cluster, jc, ct);
        var verslag = new StringBuilder($"""
            # Belasting: storing ({opties.DatabaseNaam})

            {Rapport.Machine(loadVoor)}. Twee instanties achter nginx; {Lezers} leeslussen (Mijn casussen, casusoverzicht, MDO-modus)
            en {Schrijvers} lussen die elk een eigen MDO-stap opslaan, allemaal met één sessie van de jeugdconsulent.

            """);

        await DatabaseWegAsync(opstelling, jc, doelen, fouten, verslag, ct);
        await InstantieDoodAsync(opstelling, jc, doelen, fouten, verslag, ct);

        Rapport.Schrijf($"storing-{opties.DatabaseNaam}.md", verslag.ToString());
        opstelling.LogsBewaren = fouten.Count > 0;
        return Rapport.Uitslag("storing", fouten);
    }

    private static async Task DatabaseWegAsync(Opstelling opstelling, Sessie jc, Doelen doelen, List<string> fouten, StringBuilder verslag, CancellationToken ct)
    {
        Console.WriteLine("Storing 1: PostgreSQL 10 s weg onder belasting…");
        var sinds = DateTimeOffset.UtcNow;
        var (belasting, opslagen, stop, lopend) = StartLast(opstelling, jc, doelen, "db");
        await Task.Delay(TimeSpan.FromSeconds(5), ct);
        var weg = belasting.Nu; // from the moment the stop begins: pg_ctl stop -m fast ends the sessions at once
        await opstelling.Cluster.StopAsync(ct);
        Console.WriteLine($"  PostgreSQL gestopt op t={weg:0.0} s");
        await Task.Delay(TimeSpan.FromSeconds(2), ct);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var app in opstelling.Apps)
        {
            using var ready = await probe.GetAsync(new Uri(app.Adres, "/health/ready"), ct);
            using var live = await probe.GetAsync(new Uri(app.Adres, "/health/live"), ct);
            Controleer(fouten, ready.StatusCode == HttpStatusCode.ServiceUnavailable, $"{app.Naam}: /health/ready tijdens de storing gaf {(int)ready.StatusCode}, verwacht 503.");
            Controleer(fouten, live.StatusCode == HttpStatusCode.OK, $"{app.Naam}: /health/live tijdens de storing gaf {(int)live.StatusCode}, verwacht 200.");
            verslag.AppendLine(CultureInfo.InvariantCulture, $"- Tijdens de storing, {app.Naam}: /health/ready {(int)ready.StatusCode}, /health/live {(int)live.StatusCode}.");
        }
        using (var pagina = await jc.GetAsync(doelen.Overzicht, ct))
        {
            var tekst = await pagina.Content.ReadAsStringAsync(ct);
            ControleerFoutpagina(fouten, "casusoverzicht tijdens de storing", (int)pagina.StatusCode, tekst);
            verslag.AppendLine(CultureInfo.InvariantCulture, $"- Casusoverzicht tijdens de storing: {(int)pagina.StatusCode}, Nederlandse foutpagina: {(tekst.Contains(Foutpagina, StringComparison.Ordinal) ? "ja" : "nee")}, stacktrace-tekst: {(Stacktrace.Any(s => tekst.Contains(s, StringComparison.Ordinal)) ? "ja" : "nee")}.");
        }

        await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, 10 - (belasting.Nu - weg))), ct);
        await opstelling.Cluster.StartWeerAsync(ct);
        var terug = belasting.Nu;
        Console.WriteLine($"  PostgreSQL weer gestart op t={terug:0.0} s ({terug - weg:0.0} s weg)");
        foreach (var app in opstelling.Apps)
        {
            try
            {
                await app.WachtOpKlaarAsync(TimeSpan.FromSeconds(30), ct);
            }
            catch (TimeoutException)
            {
                fouten.Add($"{app.Naam}: /health/ready werd niet weer gezond binnen 30 s na de herstart van PostgreSQL.");
            }
        }
        var hersteld = belasting.Nu;
        using (var pagina = await jc.GetAsync(doelen.Overzicht, ct))
            Controleer(fouten, pagina.StatusCode == HttpStatusCode.OK, $"Na het herstel gaf het casusoverzicht met dezelfde sessie {(int)pagina.StatusCode}, verwacht 200.");
        await Task.Delay(TimeSpan.FromSeconds(8), ct);
        await stop.CancelAsync();
        await Task.WhenAll(lopend);

        var u = belasting.Uitkomsten;
        var tijdens = u.Where(x => x.Tijd > weg + 1 && x.Tijd + x.Ms / 1000 < terug).ToList();
        var na = u.Where(x => x.Tijd > hersteld + 3).ToList();
        foreach (var x in tijdens.Where(x => x.Soort != "opslaan" && x.Status != 200).Take(200))
            ControleerFoutpagina(fouten, $"{x.Soort} tijdens de storing", x.Status, x.Tekst ?? "");
        Controleer(fouten, na.All(x => x.Ok), $"Na het herstel (vanaf 3 s na /health/ready) nog {na.Count(x => !x.Ok)} fouten: {Statussen(na.Where(x => !x.Ok))}.");
        Controleer(fouten, na.Any(x => x.Ok && x.Soort == "opslaan"), "Na het herstel is geen stap meer opgeslagen.");
        verslag.AppendLine(CultureInfo.InvariantCulture, $"""
            - PostgreSQL weg van t={weg:0.0} s tot t={terug:0.0} s; beide instanties weer gezond op t={hersteld:0.0} s, zonder herstart van de app.
            - Antwoorden vóór de storing: {Statussen(u.Where(x => x.Tijd + x.Ms / 1000 < weg))}.
            - Tijdens de storing: {Statussen(tijdens)} (opslaan: {Statussen(tijdens.Where(x => x.Soort == "opslaan"))}).
            - Na het herstel (vanaf 3 s na gezond): {Statussen(na)}.
            - Opslagen: {opslagen.Sum(o => o.AantalBevestigd)} bevestigd, {opslagen.Sum(o => o.Onzeker.Count)} zonder duidelijk antwoord, {opslagen.Sum(o => o.Conflicten)} conflicten.
            """);
        await DatabaseControleAsync(opstelling, opslagen, doelen, sinds, fouten, verslag, ct);
    }

    private static async Task InstantieDoodAsync(Opstelling opstelling, Sessie jc, Doelen doelen, List<string> fouten, StringBuilder verslag, CancellationToken ct)
    {
        var slachtoffer = opstelling.Apps[1];
        Console.WriteLine($"Storing 2: {slachtoffer.Naam} gedood (SIGKILL) onder belasting…");
        var sinds = DateTimeOffset.UtcNow;
        var (belasting, opslagen, stop, lopend) = StartLast(opstelling, jc, doelen, "kill");
        await Task.Delay(TimeSpan.FromSeconds(5), ct);
        var doodBegin = belasting.Nu;
        slachtoffer.Dood();
        // SIGKILL of a busy process takes a moment; until it has exited, it still answers. "In flight" counts from here.
        var dood = belasting.Nu;
        Console.WriteLine($"  {slachtoffer.Naam} (pid {slachtoffer.Pid}) gedood: SIGKILL op t={doodBegin:0.0} s, weg op t={dood:0.0} s");
        await Task.Delay(TimeSpan.FromSeconds(10), ct);
        await stop.CancelAsync();
        await Task.WhenAll(lopend);
        using (var pagina = await jc.GetAsync(doelen.Overzicht, ct))
            Controleer(fouten, pagina.StatusCode == HttpStatusCode.OK, $"Na het doden gaf het casusoverzicht met dezelfde sessie {(int)pagina.StatusCode}, verwacht 200.");

        var u = belasting.Uitkomsten;
        var voor = u.Where(x => x.Tijd + x.Ms / 1000 < doodBegin).ToList();
        var inVlucht = u.Where(x => x.Tijd <= dood && x.Tijd + x.Ms / 1000 >= doodBegin).ToList();
        var na = u.Where(x => x.Tijd > dood).ToList();
        var overlevende = $"127.0.0.1:{opstelling.Apps[0].Poort}";
        // nginx retries a GET that cannot reach the dead instance on the other one; only requests in flight there may fail.
        Controleer(fouten, voor.All(x => x.Ok), $"Vóór het doden al {voor.Count(x => !x.Ok)} fouten: {Statussen(voor.Where(x => !x.Ok))}.");
        Controleer(fouten, na.All(x => x.Ok), $"Na het doden {na.Count(x => !x.Ok)} fouten bij verzoeken die pas daarna begonnen: {Statussen(na.Where(x => !x.Ok))}.");
        Controleer(fouten, na.Count(x => x.Ok) > 0, "Na het doden werd niets meer bediend.");
        verslag.AppendLine(CultureInfo.InvariantCulture, $"""

            - {slachtoffer.Naam} gedood: SIGKILL op t={doodBegin:0.00} s, proces weg op t={dood:0.00} s. Vóór: {Statussen(voor)}, verdeeld over {Upstreams(voor)}.
            - Onderweg in die tijd: {inVlucht.Count} verzoeken: {Statussen(inVlucht)} (opslaan: {Statussen(inVlucht.Where(x => x.Soort == "opslaan"))}).
            - Daarna begonnen: {Statussen(na)}, beantwoord door {Upstreams(na)} (de overlevende is {overlevende}); de sessie bleef geldig.
            {string.Join("\n", na.Where(x => !x.Ok).Select(x => $"  - fout: {x.Soort} {x.Status}, begonnen {(x.Tijd - dood) * 1000:0} ms na het doden, {x.Ms:0} ms, via {x.Upstream ?? "?"}"))}
            """);
        await DatabaseControleAsync(opstelling, opslagen, doelen, sinds, fouten, verslag, ct);
    }

    private static (Belasting, List<Opslag>, CancellationTokenSource, List<Task>) StartLast(Opstelling opstelling, Sessie jc, Doelen doelen, string fase)
    {
        var belasting = new Belasting();
        var run = fase + Guid.NewGuid().ToString("N")[..6];
        var opslagen = doelen.Plekken.Take(Schrijvers).Select((p, i) => new Opslag(p, run, i + 1)).ToList();
        var stop = new CancellationTokenSource();
        string[] paden = ["/Casussen", doelen.Overzicht, doelen.Mdo];
        var lopend = Enumerable.Range(0, Lezers)
            .Select(i => Task.Run(() => belasting.LezenAsync(jc, [.. paden.Skip(i % 3), .. paden.Take(i % 3)], stop.Token, bewaarTekst: true), CancellationToken.None))
            .Concat(opslagen.Select(o => Task.Run(() => belasting.OpslaanAsync(jc, o, opstelling.Cluster, stop.Token), CancellationToken.None)))
            .ToList();
        return (belasting, opslagen, stop, lopend);
    }

    private static async Task DatabaseControleAsync(Opstelling opstelling, List<Opslag> opslagen, Doelen doelen, DateTimeOffset sinds,
        List<string> fouten, StringBuilder verslag, CancellationToken ct)
    {
        var gevonden = await Controles.OpslagenAsync(opstelling.Cluster, opslagen, doelen.JeugdconsulentId, sinds, ct);
        fouten.AddRange(gevonden.Select(f => "Half geschreven: " + f));
        verslag.AppendLine(CultureInfo.InvariantCulture, $"- Database daarna: {(gevonden.Count == 0
            ? $"elke stap ({opslagen.Count}) bevat één volledige opslag met de bijbehorende status en logboekregel; aantallen logboekregels kloppen; geen casus zonder zeven stappen, geen logboekregel zonder casus"
            : $"{gevonden.Count} fouten (zie hieronder)")}.");
    }

    private static void ControleerFoutpagina(List<string> fouten, string wat, int status, string tekst)
    {
        Controleer(fouten, status == 503, $"{wat}: status {status}, verwacht 503.");
        Controleer(fouten, tekst.Contains(Foutpagina, StringComparison.Ordinal), $"{wat}: niet de Nederlandse foutpagina ('{Foutpagina}…').");
        var spoor = Stacktrace.FirstOrDefault(s => tekst.Contains(s, StringComparison.Ordinal));
        Controleer(fouten, spoor is null, $"{wat}: de pagina bevat '{spoor}' (stacktrace-tekst).");
    }

    private static void Controleer(List<string> fouten, bool goed, string melding)
    {
        // One line per distinct failure: the same check on a hundred answers says it once.
        if (!goed && !fouten.Contains(melding)) fouten.Add(melding);
    }

    private static string Statussen(IEnumerable<Uitkomst> uitkomsten)
    {
        var groepen = uitkomsten.GroupBy(x => x.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} × {(g.Key == 0 ? "geen antwoord" : g.Key)}").ToList();
        return groepen.Count == 0 ? "geen" : string.Join(", ", groepen);
    }

    private static string Upstreams(IEnumerable<Uitkomst> uitkomsten) =>
        string.Join(", ", uitkomsten.Where(x => x.Upstream is not null).GroupBy(x => x.Upstream!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} × {g.Key}"));
}
