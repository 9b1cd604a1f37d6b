using System.Globalization;
using System.Text;

namespace Regie.Web.Regio.Grafieken;

/// <summary>What both charts draw with: sizes, colours, escaping, Dutch numbers and a round scale.</summary>
internal static class Svg
{
    /// <summary>The viewBox is 640 wide and the CSS never lets the chart get narrower than 480px, so text of 16 units
    /// is never drawn smaller than 12px.</summary>
    public const int Breedte = 640;
    public const int Letter = 16;

    // Against white: blue 10.2:1, orange 5.5:1, grey 7.0:1, ink 17.4:1. The grid (2.1:1) carries no figure of its own.
    public const string Blauw = "#154273";
    public const string Oranje = "#b34700";
    public const string Grijs = "#595959";
    public const string Raster = "#b4b4b4";
    public const string Inkt = "#1a1a1a";

    private static readonly string[] KorteMaanden = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    /// <summary>Text made safe for HTML and XML alike: the five special characters as entities, and control
    /// characters (not allowed in XML) dropped.</summary>
    public static string Tekst(string? tekst)
    {
        if (string.IsNullOrEmpty(tekst)) return "";
        var sb = new StringBuilder(tekst.Length + 8);
        foreach (var c in tekst)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case < ' ' and not ('\t' or '\n' or '\r'): break;
                case '\uFFFE' or '\uFFFF': break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>"1.234", "3,4", "12 %": the Dutch way.</summary>
    public static string Getal(decimal getal, Grafiekopties opties) =>
        getal.ToString("N" + opties.Decimalen, Weergave.Nl) + opties.Eenheid;

    /// <summary>How a value reads in the table and next to its bar: a number, the suppression text, or "–".</summary>
    public static string Lees(Waarde waarde, Grafiekopties opties) =>
        waarde.Onderdrukt ? opties.TekstVan(waarde) : waarde.Getal is { } getal ? Getal(getal, opties) : "–";

    /// <summary>A coordinate: invariant, at most one decimal.</summary>
    public static string C(double waarde) => Math.Round(waarde, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Maand(DateOnly maand) => maand.ToString("MMMM yyyy", Weergave.Nl);

    public static string KorteMaand(DateOnly maand) => KorteMaanden[maand.Month - 1];

    /// <summary>The top of the scale: the fixed maximum, or the first round number (1, 2, 2,5 or 5 times a power of
    /// ten) at or above the highest value. Counts get at least 5, so a scale of 0 to 1 never shows "0,2".</summary>
    public static decimal Top(decimal hoogste, Grafiekopties opties)
    {
        if (opties.Maximum is { } vast && vast > 0) return vast;
        if (opties.Decimalen == 0) hoogste = Math.Max(hoogste, 5);
        if (hoogste <= 0) return 1;
        var macht = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)hoogste)));
        foreach (var factor in new[] { 1m, 2m, 2.5m, 5m })
        {
            if (factor * macht >= hoogste) return factor * macht;
        }
        return 10 * macht;
    }

    /// <summary>Five equal steps from 0 to the top, the gridlines' values.</summary>
    public static IEnumerable<decimal> Streepjes(decimal top) => Enumerable.Range(0, 6).Select(i => top * i / 5);

    /// <summary>Opens the svg with its title, description and the hatch patterns: grey for a suppressed value,
    /// orange stripes for the second series (so the series differ in more than colour).</summary>
    public static void Begin(StringBuilder sb, string id, double hoogte, string titel, string beschrijving)
    {
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek__beeld\" viewBox=\"0 0 ")
          .Append(Breedte).Append(' ').Append(C(hoogte)).Append("\" width=\"100%\" role=\"img\" aria-labelledby=\"titel-")
          .Append(id).Append(" beschrijving-").Append(id).Append("\" font-size=\"").Append(Letter)
          .Append("\" font-family=\"'DejaVu Sans', 'Regie Sans', Arial, sans-serif\">")
          .Append("<title id=\"titel-").Append(id).Append("\">").Append(Tekst(titel)).Append("</title>")
          .Append("<desc id=\"beschrijving-").Append(id).Append("\">").Append(Tekst(beschrijving)).Append("</desc>")
          .Append("<defs>")
          .Append("<pattern id=\"klein-").Append(id).Append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
          .Append("<rect width=\"8\" height=\"8\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"").Append(Grijs).Append("\" stroke-width=\"2\"/></pattern>")
          .Append("<pattern id=\"reeks2-").Append(id).Append("\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">")
          .Append("<rect width=\"7\" height=\"7\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"7\" stroke=\"").Append(Oranje).Append("\" stroke-width=\"4\"/></pattern>")
          .Append("</defs>")
          .Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
    }

    /// <summary>A line of text in ink; the text escaped.</summary>
    public static void Schrijf(StringBuilder sb, double x, double y, string tekst, string anker = "start", string? extra = null)
    {
        sb.Append("<text x=\"").Append(C(x)).Append("\" y=\"").Append(C(y)).Append("\" fill=\"").Append(Inkt).Append('"');
        if (anker != "start") sb.Append(" text-anchor=\"").Append(anker).Append('"');
        if (extra is not null) sb.Append(' ').Append(extra);
        sb.Append('>').Append(Tekst(tekst)).Append("</text>");
    }

    /// <summary>A suppressed value: a hatched box with a dashed grey outline, never sized by the hidden number.</summary>
    public static void KleinVak(StringBuilder sb, string id, double x, double y, double breedte, double hoogte) =>
        sb.Append("<rect class=\"grafiek__klein\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(y)).Append("\" width=\"").Append(C(breedte))
          .Append("\" height=\"").Append(C(hoogte)).Append("\" fill=\"url(#klein-").Append(id).Append(")\" stroke=\"").Append(Grijs)
          .Append("\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>");
}
