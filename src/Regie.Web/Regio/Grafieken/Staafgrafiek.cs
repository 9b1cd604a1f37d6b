using System.Text;

namespace Regie.Web.Regio.Grafieken;

/// <summary>Horizontal bars, one per category, its value written after the bar.</summary>
internal static class Staafgrafiek
{
    private const double Letterbreedte = Svg.Letter * 0.6;   // an estimate of one character's width, generous for DejaVu Sans
    private const double LabelsHoogstens = 250;
    private const double Boven = 8;
    private const double Balk = 22;
    private const double RuimteVoorGetal = 96;

    public static string Maak(string id, string titel, IReadOnlyList<Categorie> categorieen, Grafiekopties opties)
    {
        var langste = categorieen.Max(c => c.Naam.Length) * Letterbreedte;
        var labelBreedte = Math.Min(langste, LabelsHoogstens);
        var tekensPerRegel = (int)(LabelsHoogstens / Letterbreedte);
        var tweeRegels = langste > LabelsHoogstens;
        var rij = tweeRegels ? 48.0 : 36.0;

        var x0 = labelBreedte + 14;
        var breedte = Svg.Breedte - x0 - RuimteVoorGetal;
        var onder = Boven + categorieen.Count * rij;
        var hoogte = onder + 30;
        var top = Svg.Top(categorieen.Max(c => c.Waarde.Zichtbaar ?? 0), opties);

        var sb = new StringBuilder();
        Svg.Begin(sb, id, hoogte, titel, Beschrijving(categorieen, opties));
        foreach (var streep in Svg.Streepjes(top))
        {
            var x = x0 + (double)(streep / top) * breedte;
            sb.Append("<line x1=\"").Append(Svg.C(x)).Append("\" y1=\"").Append(Svg.C(Boven)).Append("\" x2=\"").Append(Svg.C(x))
              .Append("\" y2=\"").Append(Svg.C(onder)).Append("\" stroke=\"").Append(Svg.Raster).Append("\" stroke-width=\"1\"/>");
            Svg.Schrijf(sb, x, onder + 22, Svg.Getal(streep, opties), "middle");
        }

        for (var i = 0; i < categorieen.Count; i++)
        {
            var (naam, waarde) = (categorieen[i].Naam, categorieen[i].Waarde);
            var midden = Boven + i * rij + rij / 2;
            Label(sb, naam, x0 - 10, midden, tweeRegels ? tekensPerRegel : int.MaxValue);
            if (waarde.Onderdrukt)
            {
                Svg.KleinVak(sb, id, x0, midden - Balk / 2, 28, Balk);
                Svg.Schrijf(sb, x0 + 36, midden + 6, opties.TekstVan(waarde));
            }
            else if (waarde.Getal is { } getal)
            {
                var lengte = (double)(Math.Min(getal, top) / top) * breedte;
                sb.Append("<rect class=\"grafiek__staaf\" x=\"").Append(Svg.C(x0)).Append("\" y=\"").Append(Svg.C(midden - Balk / 2))
                  .Append("\" width=\"").Append(Svg.C(lengte)).Append("\" height=\"").Append(Balk).Append("\" fill=\"").Append(Svg.Blauw).Append("\"/>");
                Svg.Schrijf(sb, x0 + lengte + 6, midden + 6, Svg.Getal(getal, opties));
            }
            else
            {
                Svg.Schrijf(sb, x0 + 6, midden + 6, "–");
            }
        }
        sb.Append("<line x1=\"").Append(Svg.C(x0)).Append("\" y1=\"").Append(Svg.C(Boven)).Append("\" x2=\"").Append(Svg.C(x0))
          .Append("\" y2=\"").Append(Svg.C(onder)).Append("\" stroke=\"").Append(Svg.Inkt).Append("\" stroke-width=\"2\"/>");
        return sb.Append("</svg>").ToString();
    }

    /// <summary>The category's name right-aligned before its bar; a long name over two lines, cut with "…" after
    /// that (the table next to the chart has it in full).</summary>
    private static void Label(StringBuilder sb, string naam, double x, double midden, int perRegel)
    {
        if (naam.Length <= perRegel) { Svg.Schrijf(sb, x, midden + 6, naam, "end"); return; }
        var knip = naam.LastIndexOf(' ', perRegel);
        if (knip <= 0) knip = perRegel;
        var eerste = naam[..knip].TrimEnd();
        var tweede = naam[knip..].TrimStart();
        if (tweede.Length > perRegel) tweede = tweede[..(perRegel - 1)].TrimEnd() + "…";
        Svg.Schrijf(sb, x, midden - 4, eerste, "end");
        Svg.Schrijf(sb, x, midden + 16, tweede, "end");
    }

    private static string Beschrijving(IReadOnlyList<Categorie> categorieen, Grafiekopties opties)
    {
        var zin = new List<string>();
        if (!string.IsNullOrWhiteSpace(opties.Beschrijving)) zin.Add(opties.Beschrijving.Trim());
        zin.Add($"Staafdiagram met {categorieen.Count} {(categorieen.Count == 1 ? "staaf" : "staven")}.");
        var zichtbaar = categorieen.Where(c => c.Waarde.Zichtbaar is not null).ToList();
        if (zichtbaar.Count == 1)
        {
            zin.Add($"{zichtbaar[0].Naam}: {Svg.Getal(zichtbaar[0].Waarde.Getal!.Value, opties)}.");
        }
        else if (zichtbaar.Count > 1)
        {
            var hoogste = zichtbaar.MaxBy(c => c.Waarde.Getal)!;
            var laagste = zichtbaar.MinBy(c => c.Waarde.Getal)!;
            zin.Add($"Hoogste: {hoogste.Naam} met {Svg.Getal(hoogste.Waarde.Getal!.Value, opties)}.");
            zin.Add($"Laagste: {laagste.Naam} met {Svg.Getal(laagste.Waarde.Getal!.Value, opties)}.");
        }
        foreach (var groep in categorieen.Where(c => c.Waarde.Onderdrukt).GroupBy(c => opties.TekstVan(c.Waarde)))
        {
            var klein = groep.Count();
            zin.Add($"{klein} {(klein == 1 ? "waarde is" : "waarden zijn")} {groep.Key} en niet precies getoond.");
        }
        return string.Join(" ", zin);
    }
}
