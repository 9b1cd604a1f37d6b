using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Regio;

namespace Regie.Web.Tests.Regio;

/// <summary>The dashboard against a small data set of its own gemeente, counted by hand (see <see cref="ZorgVoorGegevensAsync"/>).</summary>
public sealed class DashboardTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Gemeente = "Gemeente Telstad";
    private static readonly string[] Gezinsnamen = ["Zwanenburg", "Vlietstra", "Oosterhof"];

    /// <summary>In Telstad, period 2026-01 to 2026-03 (rows per month, written as the scheduler would):
    /// 12 casussen "Zwanenburg" opened 2026-01, OB3B, no maatregel, 4 betrokkenen (2 gezin, 1 netwerk, 1 gemeente),
    ///    regie at the gemeente, all steps Betrokkenen/Hulpvraag/Regie afgesproken, first vastgesteld 2026-02 after 30 days;
    /// 6 casussen "Vlietstra" opened 2026-02, OB4A, OTS, 8 betrokkenen (3 gezin, 2 netwerk, 2 GI, 1 zorgaanbieder),
    ///    regie at the GI, Betrokkenen afgesproken, Regie at 4 of them, first vastgesteld 2026-03 after 20 days,
    ///    evaluation overdue in March, 10 days without regievoerder;
    /// 2 casussen "Oosterhof" opened 2026-02, no indicatie of the list, voogdij, closed 2026-03.</summary>
    private Task<Guid> ZorgVoorGegevensAsync() => Regiogemeente.ZorgVoorAsync(app, Gemeente, "GM9999", "TS", new DateOnly(2026, 3, 1),
        new DateTimeOffset(2026, 3, 31, 22, 0, 0, TimeSpan.Zero),
        new(12, "Zwanenburg", ["OB3B"], Maatregel.Geen, new DateOnly(2026, 1, 1), null, (s, _) =>
        {
            (s.Gezinsleden, s.Netwerk, s.ProfessionalsGemeente) = (2, 1, 1);
            (s.AfgesprokenBetrokkenen, s.AfgesprokenHulpvraag, s.AfgesprokenRegie) = (true, true, true);
            s.Procesregie = Regieplek.Gemeente;
            s.InhoudelijkGemeente = 1;
            (s.EersteVaststelling, s.DagenTotEersteVaststelling) = (new DateOnly(2026, 2, 1), 30);
            s.Evaluatie = Evaluatiestand.OpTijd;
        }),
        new(6, "Vlietstra", ["OB4A"], Maatregel.Ots, new DateOnly(2026, 2, 1), null, (s, i) =>
        {
            (s.Gezinsleden, s.Netwerk, s.ProfessionalsGi, s.ProfessionalsZorgaanbieder) = (3, 2, 2, 1);
            (s.AfgesprokenBetrokkenen, s.AfgesprokenRegie) = (true, i < 4);
            s.Procesregie = Regieplek.GecertificeerdeInstelling;
            (s.EersteVaststelling, s.DagenTotEersteVaststelling) = (new DateOnly(2026, 3, 1), 20);
            s.Evaluatie = s.Maand.Month == 3 ? Evaluatiestand.TeLaat : Evaluatiestand.OpTijd;
            s.DagenZonderRegievoerder = 10;
        }),
        new(2, "Oosterhof", [], Maatregel.Voogdij, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), (s, _) =>
        {
            (s.Gezinsleden, s.ProfessionalsGi) = (1, 1);
            s.Procesregie = Regieplek.GecertificeerdeInstelling;
        }));

    private async Task<IHtmlDocument> DashboardAsync(string query)
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var antwoord = await regio.GetAsync("/Regio?" + query);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return await RegieApp.LeesHtmlAsync(antwoord);
    }

    /// <summary>The rows of a chart's or table's table by its caption: row heading → cell texts.</summary>
    internal static Dictionary<string, string[]> Tabel(IHtmlDocument pagina, string titel)
    {
        var tabel = pagina.QuerySelectorAll("table").SingleOrDefault(t => t.QuerySelector("caption")?.TextContent.Trim() == titel)
            ?? throw new InvalidOperationException($"Geen tabel '{titel}'.");
        return tabel.QuerySelectorAll("tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray());
    }

    internal static string Kerncijfer(IHtmlDocument pagina, string naam) =>
        pagina.QuerySelectorAll(".kerncijfers div").Single(d => d.QuerySelector("dt")!.TextContent.Trim() == naam).QuerySelector("dd")!.TextContent.Trim();

    [Fact]
    public async Task Elk_cijfer_klopt_met_de_hand_geteld()
    {
        var telstad = await ZorgVoorGegevensAsync();
        var pagina = await DashboardAsync($"Gemeente={telstad}&Van=2026-01&Tot=2026-03");

        Assert.Equal("Cijfers van Gemeente Telstad, alle indicaties, alle maatregelen.", pagina.QuerySelector("#keuze")!.TextContent.Trim());
        Assert.Equal("20", Kerncijfer(pagina, "Geopend in de periode"));
        Assert.Equal("20", Kerncijfer(pagina, "Actief in de periode"));
        Assert.Equal("< 5", Kerncijfer(pagina, "Gesloten in de periode"));
        var geopend = Tabel(pagina, "Casussen geopend per maand");
        Assert.Equal(["12"], geopend["januari 2026"]);
        Assert.Equal(["8"], geopend["februari 2026"]);
        Assert.Equal(["0"], geopend["maart 2026"]);
        Assert.Equal(["20"], geopend["Totaal"]);
        var actief = Tabel(pagina, "Actieve casussen per maand");
        Assert.Equal(["12", "20", "20", "20"], new[] { "januari 2026", "februari 2026", "maart 2026", "Hele periode" }.Select(m => actief[m].Single()));

        // Actief per maatregel: 12 / 6 / 2 — the 2 is "< 5", the 6 hidden with it so the total of 20 does not give it back.
        var maatregel = Tabel(pagina, "Actieve casussen per maatregel");
        Assert.Equal(["12"], maatregel["Geen maatregel"]);
        Assert.Equal(["verborgen"], maatregel["OTS"]);
        Assert.Equal(["< 5"], maatregel["Voogdij"]);
        Assert.Equal(["20"], maatregel["Totaal"]);
        var indicatie = Tabel(pagina, "Actieve casussen per indicatie");
        Assert.Equal(["12"], indicatie["OB3B"]);
        Assert.Equal(["6"], indicatie["OB4A"]);
        Assert.Equal(["0"], indicatie["OB3C"]);
        Assert.Equal(["< 5"], indicatie["Andere indicatie"]);

        // Betrokkenen: the 18 casussen active in March, 12 with 4 and 6 with 8.
        Assert.Equal("4", Kerncijfer(pagina, "Mediaan aantal betrokkenen per casus"));
        var verdeling = Tabel(pagina, "Actieve casussen naar aantal betrokkenen");
        Assert.Equal(["0", "12", "6", "0", "18"], new[] { "0 tot 3", "4 tot 6", "7 tot 9", "10 of meer", "Totaal" }.Select(k => verdeling[k].Single()));
        var soort = Tabel(pagina, "Gemiddeld aantal betrokkenen per casus, naar soort");
        Assert.Equal(["2,3"], soort["Gezin"]); // (12×2 + 6×3) / 18
        Assert.Equal(["0,7"], soort["Professional: gecertificeerde instelling"]); // 12 / 18

        // Steps in March: Betrokkenen 18/18, Hulpvraag 12/18, Regie 16/18 (the 2 without would follow from 89%).
        var stappen = Tabel(pagina, "Deel van de actieve casussen met afspraken, per stap");
        Assert.Equal(["100%"], stappen["Betrokkenen"]);
        Assert.Equal(["67%"], stappen["Hulpvraag"]);
        Assert.Equal(["verborgen"], stappen["Regie"]);
        Assert.Equal(["0%"], stappen["Communicatie"]);
        Assert.Equal("30 dagen", Kerncijfer(pagina, "Mediaan dagen van opening tot de eerste vaststelling"));
        var vastgesteld = Tabel(pagina, "Casussen voor het eerst vastgesteld, per maand");
        Assert.Equal(["12"], vastgesteld["februari 2026"]);
        Assert.Equal(["6"], vastgesteld["maart 2026"]);

        // Regie in March: 12 at the gemeente, 6 at the GI; nobody without.
        var plek = Tabel(pagina, "Procesregie: bij wie de regievoerder werkt");
        Assert.Equal(["12"], plek["Gemeente"]);
        Assert.Equal(["6"], plek["Gecertificeerde instelling"]);
        Assert.Equal(["0"], plek["Geen actieve regievoerder"]);
        Assert.Equal(["18"], plek["Totaal"]);
        Assert.Equal(["12"], Tabel(pagina, "Casussen met inhoudelijke regie, per soort organisatie")["Gemeente"]);
        Assert.Equal("0 dagen", Kerncijfer(pagina, "Mediaan dagen zonder actieve regievoerder"));
        Assert.Equal("60", Kerncijfer(pagina, "Dagen zonder actieve regievoerder, alle casussen samen"));

        Assert.Equal("6", Kerncijfer(pagina, "Evaluatie te laat (maart 2026)"));
        Assert.Equal("0", Kerncijfer(pagina, "Herbeoordelen nodig (maart 2026)"));
        Assert.Contains("Cijfers bijgewerkt op 1 april 2026 om 00:00", pagina.QuerySelector("#bijgewerkt")!.TextContent);
        Assert.Contains("< 5: minder dan 5 casussen", pagina.QuerySelector("#legenda")!.TextContent);
        // Each section is one jump away, and each link lands on a section.
        var inhoud = pagina.QuerySelectorAll(".regio-inhoud a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        Assert.Equal(8, inhoud.Count);
        Assert.All(inhoud, id => Assert.NotNull(pagina.GetElementById(id)));
    }

    [Fact]
    public async Task Een_klein_aantal_is_niet_terug_te_rekenen_uit_het_totaal()
    {
        var telstad = await ZorgVoorGegevensAsync();
        var pagina = await DashboardAsync($"Gemeente={telstad}&Van=2026-01&Tot=2026-03");

        // Casussen per maatregel, column "Actief": 12, verborgen, < 5, total 20. 20 − 12 = 8 is what the two hide together.
        var tabel = Tabel(pagina, "Casussen per maatregel");
        Assert.Equal("< 5", tabel["Voogdij"][1]);
        Assert.Equal("verborgen", tabel["OTS"][1]);
        Assert.Equal("20", tabel["Totaal"][1]);
        Assert.NotNull(pagina.QuerySelector("#grafiek-maatregel svg title"));
        Assert.Contains("verborgen", pagina.QuerySelector("#grafiek-maatregel svg")!.TextContent);
    }

    [Fact]
    public async Task Het_verschil_tussen_twee_filters_geeft_geen_klein_aantal()
    {
        var telstad = await ZorgVoorGegevensAsync();
        var alle = Tabel(await DashboardAsync($"Gemeente={telstad}&Van=2026-01&Tot=2026-03"), "Casussen geopend per maand");
        var ots = Tabel(await DashboardAsync($"Gemeente={telstad}&Maatregel=Ots&Van=2026-01&Tot=2026-03"), "Casussen geopend per maand");

        // February: 8 opened in all, 6 of them OTS; showing the 6 would give the 2 voogdij casussen back.
        Assert.Equal(["8"], alle["februari 2026"]);
        Assert.Equal(["verborgen"], ots["februari 2026"]);
        Assert.Equal(["verborgen"], ots["Totaal"]);
        foreach (var maand in new[] { "januari 2026", "februari 2026", "maart 2026", "Totaal" })
        {
            if (int.TryParse(alle[maand][0], out var a) && int.TryParse(ots[maand][0], out var o)) Assert.False(a - o is > 0 and < 5, maand);
        }
    }

    [Theory]
    [InlineData("Gemeente=00000000-0000-0000-0000-000000000001", "Gemeente", "Deze gemeente kennen we niet")]
    [InlineData("Gemeente=abc", "Gemeente", "Deze gemeente kennen we niet")]
    [InlineData("Indicatie=XX9", "Indicatie", "Deze indicatie kennen we niet")]
    [InlineData("Maatregel=1", "Maatregel", "Deze maatregel kennen we niet")]
    [InlineData("Van=abc&Tot=2026-03", "Van", "")]
    [InlineData("Van=2026-05&Tot=2026-03", "Tot", "")]
    [InlineData("Van=2010-01&Tot=2026-03", "Tot", "")]
    [InlineData("Van=2026-K1&Tot=2026-03", "Tot", "")]
    public async Task Een_verkeerde_keuze_geeft_een_melding_bij_het_veld_en_de_rest_blijft_staan(string query, string veld, string melding)
    {
        var extra = (query.Contains("Maatregel=") ? "" : "&Maatregel=Voogdij") + (query.Contains("Indicatie=") ? "" : "&Indicatie=OB3B");
        var pagina = await DashboardAsync(query + extra);

        var fout = pagina.QuerySelector($"#fout-{veld.ToLowerInvariant()}")!.TextContent.Trim();
        Assert.NotEqual("", fout);
        Assert.Contains(melding, fout);
        Assert.NotNull(pagina.QuerySelector(".foutsamenvatting"));
        Assert.Equal("true", pagina.QuerySelector($"#{veld}")!.GetAttribute("aria-invalid"));
        if (veld != "Maatregel") Assert.Null(pagina.QuerySelector("#Maatregel")!.GetAttribute("aria-invalid"));
        Assert.Null(pagina.QuerySelector(".regiocijfers"));
        // What was typed stays, also in the fields that were right.
        if (!query.Contains("Maatregel")) Assert.Equal("Voogdij", ((IHtmlSelectElement)pagina.QuerySelector("#Maatregel")!).Value);
        if (!query.Contains("Indicatie")) Assert.Equal("OB3B", ((IHtmlSelectElement)pagina.QuerySelector("#Indicatie")!).Value);
        if (query.Contains("Van=")) Assert.Equal(query.Split("Van=")[1].Split('&')[0], ((IHtmlInputElement)pagina.QuerySelector("#Van")!).Value);
    }

    [Fact]
    public async Task Geen_naam_of_datum_van_een_gezin_staat_op_de_pagina_en_elke_blik_staat_in_het_logboek()
    {
        var telstad = await ZorgVoorGegevensAsync();
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        foreach (var query in new[] { $"Gemeente={telstad}&Van=2026-01&Tot=2026-03", "Van=2026-K1&Tot=2026-K4", "" })
        {
            var html = await (await regio.GetAsync("/Regio?" + query)).Content.ReadAsStringAsync();
            foreach (var naam in Gezinsnamen) Assert.DoesNotContain(naam, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Hulpvraag van", html);
            Assert.DoesNotContain("TS-2026-", html);
            Assert.DoesNotMatch(@"\b\d{1,2}-\d{1,2}-20\d\d\b", html);
        }

        await using var db = app.NieuweDbContext();
        var regel = await db.Logboek.Where(r => r.Entiteit == "Regiocijfers").OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(LogboekActie.Bekeken, regel.Actie);
        Assert.Null(regel.CasusId);
        Assert.Contains($"gemeente=", regel.Omschrijving);
        Assert.True(await db.Logboek.AnyAsync(r => r.Entiteit == "Regiocijfers" && r.Omschrijving!.Contains(telstad.ToString())));
    }

    [Theory]
    [InlineData("ouder")]
    [InlineData("jeugdconsulent")]
    [InlineData("beheerder")]
    public async Task Een_andere_rol_krijgt_het_dashboard_niet(string account)
    {
        var client = await app.IngelogdAlsAsync(account);
        var antwoord = await client.GetAsync("/Regio");
        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, antwoord.StatusCode);
    }
}
