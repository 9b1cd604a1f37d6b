using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Regie.Web.Regio.Grafieken;

/// <summary>Accessible charts drawn on the server: an inline SVG (title, description, role img) with the same
/// figures in a table next to it. In a page: <c>@Grafiek.Staaf("indicatie", "Casussen per indicatie", rijen)</c>;
/// the page brings its own heading and grafiek.css.</summary>
public static partial class Grafiek
{
    public const string GeenGegevens = "Geen gegevens voor deze keuze.";

    /// <summary>Horizontal bars, one per category. <paramref name="id"/> makes the chart's ids unique on the page.</summary>
    public static IHtmlContent Staaf(string id, string titel, IReadOnlyList<Categorie> categorieen, Grafiekopties? opties = null)
    {
        opties ??= new Grafiekopties();
        Controleer(id, categorieen.Select(c => c.Waarde));
        if (categorieen.All(c => c.Waarde is { Getal: null, Onderdrukt: false })) return Leeg(id, titel);

        var sb = new StringBuilder();
        Open(sb, id, opties);
        Figuur(sb, id).Append(Staafgrafiek.Maak(id, titel, categorieen, opties)).Append("</div>");
        OpenTabel(sb, titel, [opties.Kolomkop, opties.Waardekop]);
        foreach (var categorie in categorieen) Rij(sb, categorie.Naam, [categorie.Waarde], opties);
        if (opties.Totaal is { } totaal) Rij(sb, opties.TotaalNaam, [totaal], opties);
        return Sluit(sb, categorieen.Any(c => c.Waarde.Onderdrukt) || opties.Totaal?.Onderdrukt == true, opties);
    }

    /// <summary>A value per month (first days of the months, in order) for one or two series, as columns or lines.</summary>
    public static IHtmlContent Trend(string id, string titel, IReadOnlyList<DateOnly> maanden, IReadOnlyList<Reeks> reeksen, Grafiekopties? opties = null)
    {
        opties ??= new Grafiekopties { Kolomkop = "Maand" };
        if (reeksen.Count is < 1 or > 2) throw new ArgumentException("Een trend heeft één of twee reeksen.", nameof(reeksen));
        if (reeksen.Any(r => r.Waarden.Count != maanden.Count))
            throw new ArgumentException("Elke reeks heeft één waarde per maand.", nameof(reeksen));
        Controleer(id, reeksen.SelectMany(r => r.Waarden));
        if (maanden.Count == 0 || reeksen.SelectMany(r => r.Waarden).All(w => w is { Getal: null, Onderdrukt: false })) return Leeg(id, titel);

        var sb = new StringBuilder();
        Open(sb, id, opties);
        Figuur(sb, id).Append(Trendgrafiek.Maak(id, titel, maanden, reeksen, opties)).Append("</div>");
        OpenTabel(sb, titel, [opties.Kolomkop, .. reeksen.Select(r => r.Naam)]);
        for (var i = 0; i < maanden.Count; i++) Rij(sb, Svg.Maand(maanden[i]), [.. reeksen.Select(r => r.Waarden[i])], opties);
        if (opties.Totaal is { } totaal && reeksen.Count == 1) Rij(sb, opties.TotaalNaam, [totaal], opties);
        return Sluit(sb, reeksen.Any(r => r.Waarden.Any(w => w.Onderdrukt)) || opties.Totaal?.Onderdrukt == true, opties);
    }

    /// <summary>Ids end up in id attributes and url(#…) references, so only a plain slug; values are counts,
    /// averages or percentages and never negative. Either going wrong is a programming error.</summary>
    private static void Controleer(string id, IEnumerable<Waarde> waarden)
    {
        if (!Slug().IsMatch(id)) throw new ArgumentException($"Geen geldige grafiek-id: '{id}'.", nameof(id));
        if (waarden.Any(w => w.Getal < 0)) throw new ArgumentOutOfRangeException(nameof(waarden), "Een grafiek toont geen negatieve waarden.");
    }

    private static HtmlString Leeg(string id, string titel) => new(
        $"<div class=\"grafiek grafiek--leeg\" id=\"grafiek-{id}\"><p class=\"grafiek__titel\">{Svg.Tekst(titel)}</p><p>{GeenGegevens}</p></div>");

    private static void Open(StringBuilder sb, string id, Grafiekopties opties)
    {
        sb.Append("<div class=\"grafiek\" id=\"grafiek-").Append(id).Append("\">");
        if (!string.IsNullOrWhiteSpace(opties.Beschrijving))
            sb.Append("<p class=\"grafiek__toelichting\">").Append(Svg.Tekst(opties.Beschrijving)).Append("</p>");
    }

    /// <summary>On a narrow screen the chart scrolls sideways (its text stays 12px or more), so the scrolling box can
    /// take the keyboard's focus.</summary>
    private static StringBuilder Figuur(StringBuilder sb, string id) =>
        sb.Append("<div class=\"grafiek__figuur\" tabindex=\"0\" role=\"group\" aria-labelledby=\"titel-").Append(id).Append("\">");

    private static void OpenTabel(StringBuilder sb, string titel, IReadOnlyList<string> koppen)
    {
        sb.Append("<table class=\"grafiek__tabel\"><caption>").Append(Svg.Tekst(titel)).Append("</caption><thead><tr>");
        foreach (var kop in koppen) sb.Append("<th scope=\"col\">").Append(Svg.Tekst(kop)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
    }

    private static void Rij(StringBuilder sb, string kop, IReadOnlyList<Waarde> waarden, Grafiekopties opties)
    {
        sb.Append("<tr><th scope=\"row\">").Append(Svg.Tekst(kop)).Append("</th>");
        foreach (var waarde in waarden)
        {
            sb.Append(waarde.Onderdrukt ? "<td class=\"grafiek__klein\">" : "<td>").Append(Svg.Tekst(Svg.Lees(waarde, opties))).Append("</td>");
        }
        sb.Append("</tr>");
    }

    private static HtmlString Sluit(StringBuilder sb, bool onderdrukt, Grafiekopties opties)
    {
        sb.Append("</tbody></table>");
        if (onderdrukt) sb.Append("<p class=\"grafiek__uitleg\">").Append(Svg.Tekst(opties.Uitleg)).Append("</p>");
        return new HtmlString(sb.Append("</div>").ToString());
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,40}$")]
    private static partial Regex Slug();
}
