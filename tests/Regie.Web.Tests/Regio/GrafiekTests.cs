using System.Globalization;
using System.Text.Encodings.Web;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using Regie.Web.Regio.Grafieken;

namespace Regie.Web.Tests.Regio;

/// <summary>The regio charts as plain units: the output is parsed as XML, so a broken tag or a bad escape fails.</summary>
public sealed class GrafiekTests
{
    private static readonly XNamespace S = "http://www.w3.org/2000/svg";
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly List<DateOnly> Jaar = [.. Enumerable.Range(0, 12).Select(i => new DateOnly(2026, 1, 1).AddMonths(i))];

    private static string Tekst(IHtmlContent html)
    {
        using var schrijver = new StringWriter();
        html.WriteTo(schrijver, HtmlEncoder.Default);
        return schrijver.ToString();
    }

    private static XElement Lees(IHtmlContent html) => XElement.Parse($"<wortel>{Tekst(html)}</wortel>");

    private static List<string> SvgTeksten(XElement html) => [.. html.Descendants(S + "text").Select(t => t.Value)];

    private static List<string> Cellen(XElement html) => [.. html.Descendants("td").Select(t => t.Value)];

    private static IHtmlContent Indicaties(Waarde ob4b) => Grafiek.Staaf("indicatie", "Casussen per indicatie",
        [new("OB3B", Waarde.Van(1234)), new("OB4A", Waarde.Van(300)), new("OB4B", ob4b), new("OB4C", Waarde.Van(87))],
        new Grafiekopties { Kolomkop = "Indicatie", Waardekop = "Casussen" });

    [Fact]
    public void Staafgrafiek_is_een_svg_met_rol_titel_en_beschrijving()
    {
        var html = Lees(Indicaties(Waarde.Van(12)));

        var svg = Assert.Single(html.Descendants(S + "svg"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("titel-indicatie beschrijving-indicatie", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("100%", (string?)svg.Attribute("width"));
        Assert.StartsWith("0 0 640 ", (string?)svg.Attribute("viewBox"));
        var titel = Assert.Single(svg.Elements(S + "title"));
        Assert.Equal(("titel-indicatie", "Casussen per indicatie"), ((string?)titel.Attribute("id"), titel.Value));
        var beschrijving = Assert.Single(svg.Elements(S + "desc"));
        Assert.Equal("beschrijving-indicatie", (string?)beschrijving.Attribute("id"));
        Assert.Contains("Hoogste: OB3B met 1.234.", beschrijving.Value);
        Assert.Contains("Laagste: OB4B met 12.", beschrijving.Value);
    }

    [Fact]
    public void Tekst_in_de_svg_is_minstens_12px_en_kleuren_hebben_genoeg_contrast()
    {
        var svg = Lees(Indicaties(Waarde.Klein)).Descendants(S + "svg").Single();

        // The CSS keeps the chart at least 480px wide (min-width: 30rem) for a viewBox 640 wide.
        var breedte = double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);
        Assert.True((double)svg.Attribute("font-size")! * 480 / breedte >= 12);
        Assert.DoesNotContain(svg.Descendants(), e => e.Attribute("font-size") is not null && e != svg);

        foreach (var tekst in svg.Descendants(S + "text")) Assert.True(Contrast((string)tekst.Attribute("fill")!) >= 4.5);
        var vormen = svg.Descendants().Where(e => e.Name.LocalName is "rect" or "circle" or "polyline" && e.Parent!.Name.LocalName != "pattern");
        foreach (var kleur in vormen.SelectMany(e => new[] { (string?)e.Attribute("fill"), (string?)e.Attribute("stroke") }))
        {
            if (kleur is null or "#fff" or "none" || kleur.StartsWith("url(", StringComparison.Ordinal)) continue;
            Assert.True(Contrast(kleur) >= 3, $"{kleur} heeft te weinig contrast met wit");
        }
    }

    [Fact]
    public void Lastige_namen_breken_de_svg_en_de_tabel_niet()
    {
        const string naam = "a<b>&\"c\"'d'</svg><script>";
        var html = Lees(Grafiek.Staaf("lastig", "Titel & <ondertitel>", [new(naam, Waarde.Van(7)), new("Gewoon", Waarde.Van(9))],
            new Grafiekopties { Beschrijving = "Filter \"<alle>\" & meer", Kolomkop = "Naam <kop>" }));

        Assert.Empty(html.Descendants("script"));
        Assert.Single(html.Descendants(S + "svg"));
        Assert.Contains(naam, SvgTeksten(html));
        Assert.Equal("Titel & <ondertitel>", html.Descendants(S + "title").Single().Value);
        Assert.StartsWith("Filter \"<alle>\" & meer", html.Descendants(S + "desc").Single().Value);
        Assert.Equal("Titel & <ondertitel>", html.Descendants("caption").Single().Value);
        Assert.Contains(html.Descendants("th"), th => th.Value == naam && (string?)th.Attribute("scope") == "row");
        Assert.Contains(html.Descendants("th"), th => th.Value == "Naam <kop>" && (string?)th.Attribute("scope") == "col");
    }

    [Fact]
    public void Staven_zijn_naar_verhouding_even_lang_als_hun_waarde()
    {
        var html = Lees(Grafiek.Staaf("verhouding", "Verhouding", [new("a", Waarde.Van(400)), new("b", Waarde.Van(200)), new("c", Waarde.Van(50))]));

        var lengtes = html.Descendants(S + "rect").Where(r => (string?)r.Attribute("class") == "grafiek__staaf")
            .Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, lengtes.Count);
        Assert.Equal(2.0, lengtes[0] / lengtes[1], 2);
        Assert.Equal(8.0, lengtes[0] / lengtes[2], 1);
    }

    [Fact]
    public void Een_onderdrukte_waarde_toont_nooit_haar_getal()
    {
        var drie = Tekst(Indicaties(new Waarde(3, true)));
        var vier = Tekst(Indicaties(new Waarde(4, true)));

        // Whatever number hides behind it, the chart and the table come out the same: nothing can be read back.
        Assert.Equal(drie, vier);
        var html = XElement.Parse($"<wortel>{drie}</wortel>");
        Assert.Contains("< 5", SvgTeksten(html));
        Assert.DoesNotContain("3", SvgTeksten(html));
        Assert.Equal(["1.234", "300", "< 5", "87"], Cellen(html));
        Assert.Single(html.Descendants(S + "rect"), r => (string?)r.Attribute("class") == "grafiek__klein");
        Assert.Contains("1 waarde is < 5 en niet precies getoond.", html.Descendants(S + "desc").Single().Value);
        Assert.Contains("< 5: minder dan 5.", html.Descendants("p").Single(p => (string?)p.Attribute("class") == "grafiek__uitleg").Value);

        var trend3 = Tekst(Grafiek.Trend("t", "Geopend", Jaar, [new("Geopend", [.. Jaar.Select((_, i) => i == 5 ? new Waarde(3, true) : Waarde.Van(40 + i))])]));
        var trend4 = Tekst(Grafiek.Trend("t", "Geopend", Jaar, [new("Geopend", [.. Jaar.Select((_, i) => i == 5 ? new Waarde(4, true) : Waarde.Van(40 + i))])]));
        Assert.Equal(trend3, trend4);
        Assert.Contains("<td class=\"grafiek__klein\">&lt; 5</td>", trend3);
    }

    [Fact]
    public void De_tabel_draagt_dezelfde_getallen_als_de_grafiek()
    {
        var staaf = Lees(Indicaties(Waarde.Van(12)));
        var teksten = SvgTeksten(staaf);
        Assert.Equal(["1.234", "300", "12", "87"], Cellen(staaf));
        Assert.All(Cellen(staaf), cel => Assert.Contains(cel, teksten));
        Assert.All(new[] { "OB3B", "OB4A", "OB4B", "OB4C" }, naam => Assert.Contains(naam, teksten));

        var geopend = Jaar.Select((_, i) => Waarde.Van(10 * (i + 1))).ToList();
        var trend = Lees(Grafiek.Trend("geopend", "Geopend per maand", Jaar, [new("Geopend", geopend)]));
        var cellen = Cellen(trend).Select(c => decimal.Parse(c, Nl)).ToList();
        Assert.Equal(geopend.Select(w => w.Getal!.Value), cellen);
        Assert.Equal(Jaar.Select(m => m.ToString("MMMM yyyy", Nl)), trend.Descendants("th").Where(th => (string?)th.Attribute("scope") == "row").Select(th => th.Value));
        var hoogtes = trend.Descendants(S + "rect").Where(r => (string?)r.Attribute("class") == "grafiek__kolom")
            .Select(r => double.Parse((string)r.Attribute("height")!, CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < 12; i++) Assert.Equal((double)cellen[i] / (double)cellen[0], hoogtes[i] / hoogtes[0], 1);
    }

    [Fact]
    public void Zonder_gegevens_staat_er_geen_gegevens_in_plaats_van_een_lege_grafiek()
    {
        foreach (var leeg in new[]
        {
            Grafiek.Staaf("leeg", "Per indicatie", []),
            Grafiek.Staaf("leeg", "Per indicatie", [new("OB3B", Waarde.Geen)]),
            Grafiek.Trend("leeg", "Per maand", [], [new("Geopend", [])]),
            Grafiek.Trend("leeg", "Per maand", Jaar, [new("Geopend", [.. Jaar.Select(_ => Waarde.Geen)])]),
        })
        {
            var html = Lees(leeg);
            Assert.Empty(html.Descendants(S + "svg"));
            Assert.Empty(html.Descendants("table"));
            Assert.Contains("Geen gegevens voor deze keuze.", html.Value);
        }
    }

    [Fact]
    public void Getallen_staan_in_Nederlandse_notatie()
    {
        var html = Lees(Grafiek.Staaf("score", "Score", [new("Ouders", Waarde.Van(3.4m)), new("Professionals", Waarde.Van(3.85m))],
            new Grafiekopties { Decimalen = 1, Maximum = 5 }));
        Assert.Equal(["3,4", "3,9"], Cellen(html));
        Assert.Contains("3,4", SvgTeksten(html));
        Assert.Contains("5,0", SvgTeksten(html));
        Assert.DoesNotContain("3.4", Tekst(Grafiek.Staaf("score", "Score", [new("Ouders", Waarde.Van(3.4m))], new Grafiekopties { Decimalen = 1 })));

        var groot = Lees(Grafiek.Staaf("groot", "Groot", [new("Alle", Waarde.Van(12345)), new("Een deel", Waarde.Van(1234))]));
        Assert.Equal(["12.345", "1.234"], Cellen(groot));
        Assert.Contains("Hoogste: Alle met 12.345.", groot.Descendants(S + "desc").Single().Value);
    }

    [Fact]
    public void Twee_reeksen_verschillen_ook_zonder_kleur_en_hebben_een_legenda()
    {
        var ouders = Jaar.Select((_, i) => i == 6 ? Waarde.Klein : Waarde.Van(3 + i * 0.1m)).ToList();
        var professionals = Jaar.Select(_ => Waarde.Van(3.5m)).ToList();
        var html = Lees(Grafiek.Trend("rust", "Rust", Jaar, [new("Ouders", ouders), new("Professionals", professionals)],
            new Grafiekopties { Kolomkop = "Maand", Decimalen = 1, Maximum = 5, Vorm = Trendvorm.Lijn, OnderdruktTekst = "n < 5" }));

        var lijnen = html.Descendants(S + "polyline").ToList();
        // Ouders' line breaks at the suppressed July: two pieces; professionals' is dashed, ouders' is not.
        Assert.Equal(2, lijnen.Count(l => l.Attribute("stroke-dasharray") is null));
        Assert.Single(lijnen, l => l.Attribute("stroke-dasharray") is not null);
        Assert.Contains(html.Descendants(S + "circle"), c => (string?)c.Attribute("class") == "grafiek__punt");
        Assert.Contains(html.Descendants(S + "rect"), r => (string?)r.Attribute("class") == "grafiek__punt" && (string?)r.Attribute("fill") == "#fff");
        Assert.Contains("Ouders", SvgTeksten(html));
        Assert.Contains("Professionals", SvgTeksten(html));
        Assert.Contains("n < 5", SvgTeksten(html));
        Assert.Equal(["Maand", "Ouders", "Professionals"], html.Descendants("th").Where(th => (string?)th.Attribute("scope") == "col").Select(th => th.Value));

        var beschrijving = html.Descendants(S + "desc").Single().Value;
        Assert.Contains("van januari 2026 tot en met december 2026", beschrijving);
        Assert.Contains("Ouders: hoogste 4,1 in december 2026, laagste 3,0 in januari 2026; stijgend", beschrijving);
        Assert.Contains("Professionals: hoogste 3,5", beschrijving);
        Assert.Contains("ongeveer gelijk", beschrijving);
        Assert.Contains("Ouders: in 1 maand n < 5, niet precies getoond.", beschrijving);
    }

    [Fact]
    public void Twee_grafieken_op_een_pagina_delen_geen_ids()
    {
        var samen = new[] { Lees(Indicaties(Waarde.Klein)), Lees(Grafiek.Staaf("maatregel", "Per maatregel", [new("OTS", Waarde.Klein)])) };
        var ids = samen.SelectMany(h => h.DescendantsAndSelf()).Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(samen[1].Descendants(S + "rect"), r => (string?)r.Attribute("fill") == "url(#klein-maatregel)");
        Assert.Throws<ArgumentException>(() => Grafiek.Staaf("niet goed\"", "x", [new("a", Waarde.Van(1))]));
    }

    private static double Contrast(string hex)
    {
        static double Kanaal(int waarde)
        {
            var c = waarde / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var rgb = Convert.FromHexString(hex.TrimStart('#'));
        var l = 0.2126 * Kanaal(rgb[0]) + 0.7152 * Kanaal(rgb[1]) + 0.0722 * Kanaal(rgb[2]);
        return 1.05 / (l + 0.05);
    }
}
