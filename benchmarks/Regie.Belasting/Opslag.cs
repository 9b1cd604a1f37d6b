using System.Net;
using Regie.Domain.Handreiking;
using Regie.Web;

namespace Regie.Belasting;

/// <summary>One step of one casus, owned by one save loop: no other loop writes it, so a save never meets a conflict
/// unless something is wrong.</summary>
public sealed record StapPlek(Guid CasusId, int Nummer);

/// <summary>A loop that saves one MDO step over and over, as the MDO page does (POST of the step form with the step's
/// version; the version is read from the database, as the form would carry it). Each save writes a text that names the
/// run, the loop and a counter and ends in "einde", and a status that follows the counter, so that the database can be
/// checked afterwards: the step holds one complete save, and the logboek has a row for each save.</summary>
public sealed class Opslag(StapPlek plek, string run, int lus)
{
    public StapPlek Plek { get; } = plek;
    public string Run { get; } = run;
    public int Lus { get; } = lus;

    /// <summary>Counter of the last save sent.</summary>
    public int Laatste { get; private set; }

    /// <summary>Counter of the last save the app confirmed (302).</summary>
    public int Bevestigd { get; private set; }

    public int AantalBevestigd { get; private set; }
    public int Conflicten { get; private set; }
    public int Geweigerd { get; private set; }

    /// <summary>Saves without a clear answer (5xx, no answer): written or not, both are allowed, half is not.</summary>
    public List<int> Onzeker { get; } = [];

    private uint _versie;

    public static string Tekst(string run, int lus, int nummer) => $"Belasting {run} lus {lus} nr {nummer} einde";

    public static StapStatus StatusVoor(int nummer) => nummer % 2 == 0 ? StapStatus.Open : StapStatus.InBespreking;

    public static string LogboekOmschrijving(int stap, StapStatus status) => $"Stap {stap}: {Weergave.Status(status)}";

    /// <summary>One save; returns the HTTP status (0: no answer) and whether it was confirmed.</summary>
    public async Task<(int Status, bool Ok)> VolgendeAsync(Sessie sessie, Cluster cluster)
    {
        try
        {
            _versie = (uint)(await cluster.ScalarAsync<long>(
                "SELECT xmin::text::bigint FROM \"CasusStappen\" WHERE \"CasusId\" = $1 AND \"Nummer\" = $2", CancellationToken.None, Plek.CasusId, Plek.Nummer));
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The database is away (the outage): post with the last version known, as a form opened earlier would.
        }

        var nummer = ++Laatste;
        var velden = new Dictionary<string, string>
        {
            ["Stap.Nummer"] = Plek.Nummer.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Stap.Versie"] = _versie.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Stap.Afspraken"] = Tekst(Run, Lus, nummer),
            ["Stap.Status"] = StatusVoor(nummer).ToString(),
            ["__RequestVerificationToken"] = sessie.Token ?? throw new InvalidOperationException("Geen antiforgery-token."),
        };
        try
        {
            using var antwoord = await sessie.PostAsync($"/Casussen/{Plek.CasusId}/Mdo?handler=Stap", velden, CancellationToken.None);
            var tekst = await antwoord.Content.ReadAsStringAsync(CancellationToken.None);
            switch (antwoord.StatusCode)
            {
                case HttpStatusCode.Redirect:
                    Bevestigd = nummer;
                    AantalBevestigd++;
                    return (302, true);
                case HttpStatusCode.OK when tekst.Contains("heeft deze stap net ook opgeslagen", StringComparison.Ordinal):
                    Conflicten++;
                    return (200, false);
                case HttpStatusCode.OK:
                    Geweigerd++;
                    return (200, false);
                case >= HttpStatusCode.InternalServerError:
                    Onzeker.Add(nummer);
                    return ((int)antwoord.StatusCode, false);
                default:
                    Geweigerd++;
                    return ((int)antwoord.StatusCode, false);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Onzeker.Add(nummer);
            return (0, false);
        }
    }
}
