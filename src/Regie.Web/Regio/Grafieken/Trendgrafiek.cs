using System.Text;

namespace Regie.Web.Regio.Grafieken;

/// <summary>A value per month as columns or lines; a second series differs in colour and in pattern (stripes,
/// dashed line, open square), so it reads without colour too.</summary>
internal static class Trendgrafiek
{
    private const double Letterbreedte = Svg.Letter * 0.6;
    private const double Plot = 240;
    private const double KleinHoog = 18;

    public static string Maak(string id, string titel, IReadOnlyList<DateOnly> maanden, IReadOnlyList<Reeks> reeksen, Grafiekopties opties)
    {
        var legenda = reeksen.Count > 1 ? 34.0 : 0;
        var boven = 14 + legenda;
        var onder = boven + Plot;
        var hoogte = onder + 50;
        var top = Svg.Top(reeksen.SelectMany(r => r.Waarden).Max(w => w.Zichtbaar ?? 0), opties);
        var streepjes = Svg.Streepjes(top).ToList();
        var x0 = streepjes.Max(s => Svg.Getal(s, opties).Length) * Letterbreedte + 14;
        var vak = (Svg.Breedte - x0 - 8) / maanden.Count;
        double Y(decimal getal) => onder - (double)(Math.Min(getal, top) / top) * Plot;
        double Midden(int i) => x0 + vak * (i + 0.5);

        var sb = new StringBuilder();
        Svg.Begin(sb, id, hoogte, titel, Beschrijving(maanden, reeksen, opties));
        if (reeksen.Count > 1) Legenda(sb, id, reeksen, opties.Vorm);
        foreach (var streep in streepjes)
        {
            var y = Y(streep);
            sb.Append("<line x1=\"").Append(Svg.C(x0)).Append("\" y1=\"").Append(Svg.C(y)).Append("\" x2=\"").Append(Svg.Breedte - 8)
              .Append("\" y2=\"").Append(Svg.C(y)).Append("\" stroke=\"").Append(streep == 0 ? Svg.Inkt : Svg.Raster)
              .Append("\" stroke-width=\"").Append(streep == 0 ? 2 : 1).Append("\"/>");
            Svg.Schrijf(sb, x0 - 8, y + 6, Svg.Getal(streep, opties), "end");
        }
        MaandLabels(sb, maanden, vak, Midden, onder);

        var rotatie = opties.Vorm == Trendvorm.Lijn && reeksen.Count > 1 || reeksen.SelectMany(r => r.Waarden).Where(w => w.Onderdrukt).Select(w => opties.TekstVan(w).Length).DefaultIfEmpty(opties.Klein.Length).Max() * Letterbreedte > vak / reeksen.Count - 2;
        for (var r = 0; r < reeksen.Count; r++)
        {
            if (opties.Vorm == Trendvorm.Kolommen) Kolommen(sb, id, reeksen, r, vak, Midden, Y, onder, opties, rotatie);
            else Lijn(sb, id, reeksen, r, Midden, Y, onder, opties, rotatie);
        }
        return sb.Append("</svg>").ToString();
    }

    private static void Kolommen(StringBuilder sb, string id, IReadOnlyList<Reeks> reeksen, int r, double vak, Func<int, double> midden,
        Func<decimal, double> y, double onder, Grafiekopties opties, bool rotatie)
    {
        var kolom = vak * 0.72 / reeksen.Count;
        for (var i = 0; i < reeksen[r].Waarden.Count; i++)
        {
            var waarde = reeksen[r].Waarden[i];
            var x = midden(i) - kolom * reeksen.Count / 2 + kolom * r;
            if (waarde.Onderdrukt) { Klein(sb, id, x + kolom / 2, kolom, onder, opties.TekstVan(waarde), rotatie); continue; }
            if (waarde.Getal is not { } getal) continue;
            var boven = y(getal);
            sb.Append("<rect class=\"grafiek__kolom\" x=\"").Append(Svg.C(x)).Append("\" y=\"").Append(Svg.C(boven)).Append("\" width=\"")
              .Append(Svg.C(kolom)).Append("\" height=\"").Append(Svg.C(onder - boven)).Append('"')
              .Append(r == 0 ? $" fill=\"{Svg.Blauw}\"/>" : $" fill=\"url(#reeks2-{id})\" stroke=\"{Svg.Oranje}\" stroke-width=\"2\"/>");
        }
    }

    /// <summary>A line through the months that have a number; it breaks where a month is suppressed or missing, so
    /// it never suggests a value there.</summary>
    private static void Lijn(StringBuilder sb, string id, IReadOnlyList<Reeks> reeksen, int r, Func<int, double> midden,
        Func<decimal, double> y, double onder, Grafiekopties opties, bool rotatie)
    {
        var waarden = reeksen[r].Waarden;
        var kleur = r == 0 ? Svg.Blauw : Svg.Oranje;
        var stuk = new List<string>();
        void Trek()
        {
            if (stuk.Count > 1)
            {
                sb.Append("<polyline class=\"grafiek__lijn\" fill=\"none\" stroke=\"").Append(kleur).Append("\" stroke-width=\"3\"")
                  .Append(r == 0 ? "" : " stroke-dasharray=\"9 5\"").Append(" points=\"").Append(string.Join(" ", stuk)).Append("\"/>");
            }
            stuk.Clear();
        }
        for (var i = 0; i < waarden.Count; i++)
        {
            if (waarden[i].Zichtbaar is { } getal) stuk.Add($"{Svg.C(midden(i))},{Svg.C(y(getal))}");
            else Trek();
        }
        Trek();

        var verschuiving = reeksen.Count > 1 ? (r == 0 ? -8 : 8) : 0;
        for (var i = 0; i < waarden.Count; i++)
        {
            if (waarden[i].Onderdrukt) { Klein(sb, id, midden(i) + verschuiving, 12, onder, opties.TekstVan(waarden[i]), rotatie); continue; }
            if (waarden[i].Getal is not { } getal) continue;
            Punt(sb, r, midden(i), y(getal));
        }
    }

    /// <summary>Series 1: a filled blue circle. Series 2: an open orange square.</summary>
    private static void Punt(StringBuilder sb, int reeks, double x, double y) =>
        sb.Append(reeks == 0
            ? $"<circle class=\"grafiek__punt\" cx=\"{Svg.C(x)}\" cy=\"{Svg.C(y)}\" r=\"5.5\" fill=\"{Svg.Blauw}\"/>"
            : $"<rect class=\"grafiek__punt\" x=\"{Svg.C(x - 5.5)}\" y=\"{Svg.C(y - 5.5)}\" width=\"11\" height=\"11\" fill=\"#fff\" stroke=\"{Svg.Oranje}\" stroke-width=\"3\"/>");

    /// <summary>A suppressed month: the hatched box on the axis with its text above it, turned upright when the
    /// month is too narrow to write it across.</summary>
    private static void Klein(StringBuilder sb, string id, double midden, double breedte, double onder, string tekst, bool rotatie)
    {
        breedte = Math.Max(breedte, 10);
        Svg.KleinVak(sb, id, midden - breedte / 2, onder - KleinHoog, breedte, KleinHoog);
        if (!rotatie) { Svg.Schrijf(sb, midden, onder - KleinHoog - 6, tekst, "middle"); return; }
        var x = midden + 6;
        var y = onder - KleinHoog - 4;
        Svg.Schrijf(sb, x, y, tekst, "start", $"transform=\"rotate(-90 {Svg.C(x)} {Svg.C(y)})\"");
    }

    /// <summary>Month names under the axis, as many as fit (every month, or every 2nd, 3rd, 6th…), with the year
    /// under the first one and under each January.</summary>
    private static void MaandLabels(StringBuilder sb, IReadOnlyList<DateOnly> maanden, double vak, Func<int, double> midden, double onder)
    {
        var stap = new[] { 1, 2, 3, 4, 6, 12 }.FirstOrDefault(s => s * vak >= 46, 12);
        int? vorigJaar = null;
        for (var i = 0; i < maanden.Count; i += stap)
        {
            Svg.Schrijf(sb, midden(i), onder + 22, Svg.KorteMaand(maanden[i]), "middle");
            if (maanden[i].Year != vorigJaar) Svg.Schrijf(sb, midden(i), onder + 42, maanden[i].Year.ToString(Weergave.Nl), "middle");
            vorigJaar = maanden[i].Year;
        }
    }

    private static void Legenda(StringBuilder sb, string id, IReadOnlyList<Reeks> reeksen, Trendvorm vorm)
    {
        var x = 8.0;
        for (var r = 0; r < reeksen.Count; r++)
        {
            if (vorm == Trendvorm.Lijn)
            {
                sb.Append("<line x1=\"").Append(Svg.C(x)).Append("\" y1=\"16\" x2=\"").Append(Svg.C(x + 36)).Append("\" y2=\"16\" stroke=\"")
                  .Append(r == 0 ? Svg.Blauw : Svg.Oranje).Append("\" stroke-width=\"3\"").Append(r == 0 ? "" : " stroke-dasharray=\"9 5\"").Append("/>");
                Punt(sb, r, x + 18, 16);
            }
            else
            {
                sb.Append("<rect x=\"").Append(Svg.C(x + 8)).Append("\" y=\"6\" width=\"20\" height=\"20\"")
                  .Append(r == 0 ? $" fill=\"{Svg.Blauw}\"/>" : $" fill=\"url(#reeks2-{id})\" stroke=\"{Svg.Oranje}\" stroke-width=\"2\"/>");
            }
            Svg.Schrijf(sb, x + 44, 22, reeksen[r].Naam);
            x += 44 + Math.Min(reeksen[r].Naam.Length * Letterbreedte, 200) + 28;
        }
    }

    private static string Beschrijving(IReadOnlyList<DateOnly> maanden, IReadOnlyList<Reeks> reeksen, Grafiekopties opties)
    {
        var zin = new List<string>();
        if (!string.IsNullOrWhiteSpace(opties.Beschrijving)) zin.Add(opties.Beschrijving.Trim());
        var vorm = opties.Vorm == Trendvorm.Lijn ? "Lijndiagram" : "Kolomdiagram";
        zin.Add($"{vorm} per maand, van {Svg.Maand(maanden[0])} tot en met {Svg.Maand(maanden[^1])}.");
        foreach (var reeks in reeksen)
        {
            var voor = reeksen.Count > 1 ? $"{reeks.Naam}: " : "";
            var punten = reeks.Waarden.Select((w, i) => (Getal: w.Zichtbaar, Maand: maanden[i], I: i))
                .Where(p => p.Getal is not null).Select(p => (Getal: p.Getal!.Value, p.Maand, p.I)).ToList();
            if (punten.Count >= 2)
            {
                var hoogste = punten.MaxBy(p => p.Getal);
                var laagste = punten.MinBy(p => p.Getal);
                zin.Add($"{voor}hoogste {Svg.Getal(hoogste.Getal, opties)} in {Svg.Maand(hoogste.Maand)}, "
                    + $"laagste {Svg.Getal(laagste.Getal, opties)} in {Svg.Maand(laagste.Maand)}; "
                    + $"{Richting(punten.Select(p => ((double)p.I, (double)p.Getal)).ToList())}, van {Svg.Getal(punten[0].Getal, opties)} "
                    + $"in {Svg.Maand(punten[0].Maand)} naar {Svg.Getal(punten[^1].Getal, opties)} in {Svg.Maand(punten[^1].Maand)}.");
            }
            else if (punten.Count == 1)
            {
                zin.Add($"{voor}alleen {Svg.Maand(punten[0].Maand)} heeft een getal: {Svg.Getal(punten[0].Getal, opties)}.");
            }
            foreach (var groep in reeks.Waarden.Where(w => w.Onderdrukt).GroupBy(opties.TekstVan))
            {
                var klein = groep.Count();
                zin.Add($"{voor}in {klein} {(klein == 1 ? "maand" : "maanden")} {groep.Key}, niet precies getoond.");
            }
        }
        return string.Join(" ", zin);
    }

    /// <summary>The direction of the least-squares line: a change over the whole period of more than a tenth of the
    /// average counts as rising or falling.</summary>
    private static string Richting(IReadOnlyList<(double X, double Y)> punten)
    {
        var gx = punten.Average(p => p.X);
        var gy = punten.Average(p => p.Y);
        var noemer = punten.Sum(p => (p.X - gx) * (p.X - gx));
        var helling = noemer == 0 ? 0 : punten.Sum(p => (p.X - gx) * (p.Y - gy)) / noemer;
        var verandering = helling * (punten[^1].X - punten[0].X);
        if (gy <= 0 || Math.Abs(verandering) <= 0.1 * gy) return "ongeveer gelijk";
        return verandering > 0 ? "stijgend" : "dalend";
    }
}
