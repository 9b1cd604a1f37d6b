using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Regie.Belasting;

/// <summary>One answer the .NET load client got: when (seconds since the load started), what, status (0: no answer), how long.</summary>
public sealed record Uitkomst(double Tijd, string Soort, int Status, double Ms, bool Ok, string? Upstream, string? Tekst);

/// <summary>The .NET load client: loops that read pages or save MDO steps until told to stop, recording every answer.
/// A request in flight when the stop comes is finished, not cancelled, so the harness never counts its own cancellation.</summary>
public sealed class Belasting
{
    private readonly ConcurrentQueue<Uitkomst> _uitkomsten = new();
    private readonly Stopwatch _klok = Stopwatch.StartNew();

    public IReadOnlyCollection<Uitkomst> Uitkomsten => _uitkomsten;

    public double Nu => _klok.Elapsed.TotalSeconds;

    /// <summary>Keeps the body of non-200 answers for <paramref name="bewaarTekst"/> (the outage check reads the 503 page).</summary>
    public async Task LezenAsync(Sessie sessie, IReadOnlyList<string> paden, CancellationToken stop, bool bewaarTekst = false)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var pad = paden[i % paden.Count];
            var begin = Nu;
            try
            {
                using var antwoord = await sessie.GetAsync(pad, CancellationToken.None);
                var tekst = await antwoord.Content.ReadAsStringAsync(CancellationToken.None);
                var ok = antwoord.StatusCode == HttpStatusCode.OK;
                _uitkomsten.Enqueue(new Uitkomst(begin, Soort(pad), (int)antwoord.StatusCode, (Nu - begin) * 1000, ok,
                    Upstream(antwoord), bewaarTekst && !ok ? tekst : null));
            }
            catch (HttpRequestException e)
            {
                _uitkomsten.Enqueue(new Uitkomst(begin, Soort(pad), 0, (Nu - begin) * 1000, false, null, e.Message));
                await Task.Delay(50, CancellationToken.None);
            }
            catch (TaskCanceledException e)
            {
                _uitkomsten.Enqueue(new Uitkomst(begin, Soort(pad), 0, (Nu - begin) * 1000, false, null, "time-out: " + e.Message));
            }
        }
    }

    public async Task OpslaanAsync(Sessie sessie, Opslag opslag, Cluster cluster, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var begin = Nu;
            var (status, ok) = await opslag.VolgendeAsync(sessie, cluster);
            _uitkomsten.Enqueue(new Uitkomst(begin, "opslaan", status, (Nu - begin) * 1000, ok, null, null));
            if (status is 0 or >= 500) await Task.Delay(50, CancellationToken.None);
        }
    }

    private static string? Upstream(HttpResponseMessage antwoord) =>
        antwoord.Headers.TryGetValues("X-Upstream", out var w) ? string.Join(",", w) : null;

    /// <summary>The page kind of a path, for reports: the casus id and version number are left out.</summary>
    public static string Soort(string pad)
    {
        var delen = pad.Split('?')[0].Trim('/').Split('/');
        return string.Join('/', delen.Select(d => Guid.TryParse(d, out _) ? "{id}" : int.TryParse(d, out _) ? "{n}" : d));
    }

    // ---- figures ----

    public static double Percentiel(IEnumerable<double> waarden, double p)
    {
        var lijst = waarden.Order().ToList();
        return lijst.Count == 0 ? double.NaN : lijst[Math.Clamp((int)Math.Ceiling(p / 100 * lijst.Count) - 1, 0, lijst.Count - 1)];
    }

    public static Meting Samenvatting(IReadOnlyCollection<Uitkomst> uitkomsten, double seconden) => new(
        uitkomsten.Count(u => u.Ok) / seconden,
        Percentiel(uitkomsten.Select(u => u.Ms), 50),
        Percentiel(uitkomsten.Select(u => u.Ms), 99),
        uitkomsten.Count,
        uitkomsten.Count(u => !u.Ok));
}
