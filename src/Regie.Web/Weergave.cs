using System.Globalization;
using Microsoft.AspNetCore.Html;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;

namespace Regie.Web;

/// <summary>How domain values read in the Dutch UI.</summary>
public static class Weergave
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);
    public static string Datum(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, NederlandseTijd).ToString("d MMMM yyyy", Nl);
    public static string DatumTijd(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, NederlandseTijd).ToString("d MMMM yyyy, HH:mm", Nl);

    /// <summary>"4 december 2026 om 10:12", Dutch time.</summary>
    public static string OpOm(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, NederlandseTijd).ToString("d MMMM yyyy 'om' HH:mm", Nl);

    /// <summary>Who agreed to a version, how and when: "Ellen Tukker (moeder): akkoord — zelf gegeven in het ouderportaal op …".</summary>
    public static string Akkoord(VersieAkkoord a) =>
        $"{a.Naam} ({a.RolOfRelatie}): {(a.Akkoord ? "akkoord" : "niet akkoord")} — "
        + (a.ZelfGegeven ? $"zelf gegeven in het ouderportaal op {OpOm(a.Op)}" : $"vastgelegd door {a.VastgelegdDoor} in het overleg");

    /// <summary>The calendar day in the Netherlands: what "today" means to the people at the table.</summary>
    public static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, NederlandseTijd).DateTime);
    public static DateOnly Vandaag(TimeProvider clock) => Dag(clock.GetUtcNow());

    /// <summary>An ouder's gezag as the form asks it.</summary>
    public static string Gezag(bool? heeftGezag) => heeftGezag switch { true => "ja", false => "nee", null => "weet ik niet" };

    public static readonly TimeZoneInfo NederlandseTijd =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var tz) ? tz : TimeZoneInfo.Utc;

    /// <summary>An e-mail address that may wrap before "@" and ".", so a narrow column breaks it there and not in the
    /// middle of a word. No address reads as "–".</summary>
    public static IHtmlContent Email(string? adres)
    {
        if (string.IsNullOrEmpty(adres)) return new HtmlString("–");
        var html = new HtmlContentBuilder();
        var begin = 0;
        for (var i = 1; i < adres.Length; i++)
        {
            if (adres[i] is not ('@' or '.')) continue;
            html.Append(adres[begin..i]).AppendHtml("<wbr>");
            begin = i;
        }
        return html.Append(adres[begin..]);
    }

    public static string Status(CasusStatus status) => status switch
    {
        CasusStatus.Concept => "Concept",
        CasusStatus.Actief => "Actief",
        _ => "Afgesloten",
    };

    public static string Status(StapStatus status) => status switch
    {
        StapStatus.Open => "Open",
        StapStatus.InBespreking => "In bespreking",
        _ => "Afgesproken",
    };

    public static string Status(TaakStatus status) => status switch
    {
        TaakStatus.Open => "Nog niet begonnen",
        TaakStatus.Bezig => "Bezig",
        TaakStatus.Klaar => "Klaar",
        _ => "Gestopt",
    };

    public static string Soort(BetrokkeneSoort soort) => soort switch
    {
        BetrokkeneSoort.Gezinslid => "Gezin",
        BetrokkeneSoort.Netwerk => "Netwerk",
        _ => "Professional",
    };
}
