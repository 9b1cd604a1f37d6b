using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Demo;
using Regie.Web.Regio;
using Regie.Web.Tests.Pdf;

namespace Regie.Web.Tests.Regio;

/// <summary>The factsheet per gemeente: the real PDF of a small gemeente of its own, counted by hand, read back with PdfPig.</summary>
public sealed class FactsheetTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Gemeente = "Gemeente Factstad";
    private static readonly string[] Gezinsnamen = ["Kwakernaak", "Ruiterberg", "Zandvliet"];

    /// <summary>In Factstad, period 2026-01 to 2026-03 (rows per month, as the scheduler writes them):
    /// 12 casussen "Kwakernaak" opened 2026-01, OB3B, no maatregel, 4 betrokkenen, regie at the gemeente;
    /// 6 casussen "Ruiterberg" opened 2026-02, OB4A, OTS, 8 betrokkenen, regie at the GI;
    /// 2 casussen "Zandvliet" opened 2026-02, voogdij, closed 2026-03.
    /// So: geopend 12 + 8 = 20, actief 20, gesloten 2 (shown "&lt; 5"); actief in March 18.</summary>
    private Task<Guid> ZorgVoorGegevensAsync() => Regiogemeente.ZorgVoorAsync(app, Gemeente, "GM9998", "FS", new DateOnly(2026, 3, 1),
        new DateTimeOffset(2026, 3, 31, 22, 0, 0, TimeSpan.Zero),
        new(12, "Kwakernaak", ["OB3B"], Maatregel.Geen, new DateOnly(2026, 1, 1), null, (s, _) =>
        {
            (s.Gezinsleden, s.Netwerk, s.ProfessionalsGemeente) = (2, 1, 1);
            s.Procesregie = Regieplek.Gemeente;
        }),
        new(6, "Ruiterberg", ["OB4A"], Maatregel.Ots, new DateOnly(2026, 2, 1), null, (s, _) =>
        {
            (s.Gezinsleden, s.Netwerk, s.ProfessionalsGi, s.ProfessionalsZorgaanbieder) = (3, 2, 2, 1);
            s.Procesregie = Regieplek.GecertificeerdeInstelling;
        }),
        new(2, "Zandvliet", [], Maatregel.Voogdij, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), (s, _) =>
        {
            (s.Gezinsleden, s.ProfessionalsGi) = (1, 1);
            s.Procesregie = Regieplek.GecertificeerdeInstelling;
        }));

    private async Task<HttpResponseMessage> FactsheetAsync(string query) =>
        await (await app.IngelogdAlsAsync("regiocoordinator")).GetAsync("/Regio/Factsheet?" + query);

    private static async Task<(PdfInhoud Pdf, byte[] Bytes)> PdfAsync(HttpResponseMessage antwoord, string naam)
    {
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/pdf", antwoord.Content.Headers.ContentType?.MediaType);
        var bytes = await antwoord.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        return (PdfInhoud.Lees(bytes, naam), bytes);
    }

    /// <summary>Every name, code, free text, phone number and e-mail address of a casus in the database (the demo's and ours).</summary>
    private async Task<List<string>> GeheimenAsync()
    {
        await using var db = app.NieuweDbContext();
        var casussen = await db.Casussen.Select(c => new { c.Code, c.Gezinsnaam, c.Hulpvraag }).ToListAsync();
        var betrokkenen = await db.Betrokkenen.Select(b => new { b.Naam, b.Telefoon, b.Email }).ToListAsync();
        var geheimen = casussen.SelectMany(c => new[] { c.Code, c.Gezinsnaam, c.Hulpvraag })
            .Concat(betrokkenen.SelectMany(b => new[] { b.Naam, b.Telefoon, b.Email }))
            .OfType<string>().Where(t => t.Length >= 4).Distinct().ToList();
        Assert.Contains(DemoData.TukkerCode, geheimen);
        Assert.Contains("Tukker", geheimen);
        Assert.Contains("Kwakernaak", geheimen);
        return geheimen;
    }

    [Fact]
    public async Task De_factsheet_heeft_de_cijfers_van_de_gemeente_met_kleine_aantallen_verborgen_en_geen_namen()
    {
        var factstad = await ZorgVoorGegevensAsync();

        var antwoord = await FactsheetAsync($"Gemeente={factstad}&Van=2026-01&Tot=2026-03");
        var (pdf, _) = await PdfAsync(antwoord, "factsheet");

        Assert.Equal("factsheet-gemeente-factstad-2026-01-2026-03.pdf", antwoord.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.True(antwoord.Headers.CacheControl is { Private: true, NoCache: true });
        Assert.Equal("Factsheet regie in 7 stappen – Gemeente Factstad – januari tot en met maart 2026", pdf.Titel);
        foreach (var tekst in new[]
                 {
                     "Factsheet regie in 7 stappen", "Gemeente Factstad", "januari tot en met maart 2026",
                     "Cijfers bijgewerkt op 1 april 2026 om 00:00", "Kleine aantallen tonen we niet", "< 5: minder dan 5 casussen",
                     // Kerncijfers side by side (the PDF's text runs line by line): geopend 12 + 8, actief 20, gesloten 2.
                     "Geopend in de periode Actief in de periode Gesloten in de periode 20 20 < 5",
                     // The table next to the chart: per month and the total.
                     "januari 2026 12", "februari 2026 8", "maart 2026 0", "Totaal 20",
                     // Actief per maatregel: 12, the 6 hidden with the 2 so the total does not give it back.
                     "Geen maatregel 12", "OTS verborgen", "Voogdij < 5",
                     "Mediaan aantal betrokkenen per casus 4", "Rust, continuïteit en duidelijkheid", "pagina 1 van",
                 })
            Assert.True(pdf.Bevat(tekst), $"'{tekst}' ontbreekt: {pdf.Alles}");

        foreach (var geheim in await GeheimenAsync()) Assert.False(pdf.Bevat(geheim), $"'{geheim}' staat in de factsheet");
        foreach (var naam in Gezinsnamen) Assert.DoesNotContain(naam, pdf.Alles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\b\d{1,2}-\d{1,2}-20\d\d\b", pdf.Alles);

        await using var db = app.NieuweDbContext();
        var regel = await db.Logboek.Where(r => r.Entiteit == "Regiocijfers" && r.Actie == LogboekActie.Geexporteerd).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Null(regel.CasusId);
        Assert.Equal($"factsheet als PDF; gemeente={factstad}; indicatie=alle; maatregel=alle; periode=2026-01..2026-03", regel.Omschrijving);
    }

    [Fact]
    public async Task De_factsheet_van_een_demogemeente_noemt_geen_gezin_betrokkene_of_casus()
    {
        await ZorgVoorGegevensAsync();
        Guid almelo;
        await using (var db = app.NieuweDbContext())
            almelo = await db.Organisaties.Where(o => o.Naam == "Gemeente Almelo").Select(o => o.Id).SingleAsync();

        // The demo's own casussen, with their betrokkenen, phone numbers and e-mail addresses, fall in this year.
        var (pdf, _) = await PdfAsync(await FactsheetAsync($"Gemeente={almelo}&Maatregel=Geen"), "factsheet-almelo");

        Assert.True(pdf.Bevat("Gemeente Almelo"));
        Assert.True(pdf.Bevat("alleen casussen zonder maatregel"), pdf.Alles);
        Assert.True(pdf.Bevat("december 2025 tot en met november 2026"), pdf.Alles);
        foreach (var geheim in await GeheimenAsync()) Assert.False(pdf.Bevat(geheim), $"'{geheim}' staat in de factsheet");
        Assert.DoesNotMatch(@"@", pdf.Alles);
    }

    [Fact]
    public async Task Zonder_gemeente_zegt_het_dashboard_kies_een_gemeente_en_maakt_geen_pdf()
    {
        var antwoord = await FactsheetAsync("Van=2026-01&Tot=2026-03&Maatregel=Ots");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType?.MediaType);
        var pagina = await RegieApp.LeesHtmlAsync(antwoord);
        Assert.Equal("Kies een gemeente voor de factsheet.", pagina.QuerySelector("#fout-gemeente")!.TextContent.Trim());
        Assert.NotNull(pagina.QuerySelector(".foutsamenvatting"));
        Assert.Equal("2026-01", pagina.QuerySelector("#Van")!.GetAttribute("value"));
        Assert.NotNull(pagina.QuerySelector("#Maatregel option[value=Ots][selected]"));
    }

    [Theory]
    [InlineData("Gemeente=00000000-0000-0000-0000-000000000001", "gemeente", "Deze gemeente kennen we niet")]
    [InlineData("Gemeente=abc&Van=2026-01&Tot=2026-03", "gemeente", "Deze gemeente kennen we niet")]
    [InlineData("Gemeente={factstad}&Van=abc&Tot=2026-03", "van", "")]
    [InlineData("Gemeente={factstad}&Van=2026-05&Tot=2026-03", "tot", "")]
    [InlineData("Gemeente={factstad}&Van=2010-01&Tot=2026-03", "tot", "")]
    [InlineData("Gemeente={factstad}&Indicatie=XX9", "indicatie", "Deze indicatie kennen we niet")]
    [InlineData("Gemeente=&Van=2026-K1&Tot=2026-03", "gemeente", "Kies een gemeente voor de factsheet.")]
    public async Task Een_verkeerde_keuze_geeft_een_nederlandse_melding_en_geen_pdf(string query, string veld, string melding)
    {
        var factstad = await ZorgVoorGegevensAsync();

        var antwoord = await FactsheetAsync(query.Replace("{factstad}", factstad.ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType?.MediaType);
        var pagina = await RegieApp.LeesHtmlAsync(antwoord);
        var fout = pagina.QuerySelector($"#fout-{veld}")!.TextContent.Trim();
        Assert.NotEqual("", fout);
        Assert.Contains(melding, fout);
        Assert.Null(pagina.QuerySelector(".regiocijfers"));
    }

    [Fact]
    public async Task Het_dashboard_biedt_de_factsheet_aan_met_hetzelfde_filter_zodra_er_een_gemeente_is_gekozen()
    {
        var factstad = await ZorgVoorGegevensAsync();
        var regio = await app.IngelogdAlsAsync("regiocoordinator");

        var met = await RegieApp.LeesHtmlAsync(await regio.GetAsync($"/Regio?Gemeente={factstad}&Maatregel=Ots&Van=2026-01&Tot=2026-03"));
        var zonder = await RegieApp.LeesHtmlAsync(await regio.GetAsync("/Regio?Van=2026-01&Tot=2026-03"));

        var link = met.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Factsheet als PDF");
        Assert.Equal($"/Regio/Factsheet?Gemeente={factstad}&Maatregel=Ots&Van=2026-01&Tot=2026-03", link.GetAttribute("href"));
        Assert.DoesNotContain(zonder.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Factsheet als PDF");
        Assert.Contains("Kies een gemeente om een factsheet te maken.", zonder.QuerySelector(".regio-factsheet")!.TextContent);
        // The link works: the same filter gives the PDF.
        var (pdf, _) = await PdfAsync(await regio.GetAsync(link.GetAttribute("href")!), "factsheet-ots");
        Assert.True(pdf.Bevat("alleen casussen met maatregel OTS"), pdf.Alles);
    }

    [Theory]
    [InlineData("ouder")]
    [InlineData("jeugdconsulent")]
    [InlineData("beheerder")]
    public async Task Een_andere_rol_krijgt_de_factsheet_niet(string account)
    {
        var factstad = await ZorgVoorGegevensAsync();
        var client = await app.IngelogdAlsAsync(account);

        var antwoord = await client.GetAsync($"/Regio/Factsheet?Gemeente={factstad}&Van=2026-01&Tot=2026-03");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/Account/Geweigerd", antwoord.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.NotEqual("application/pdf", antwoord.Content.Headers.ContentType?.MediaType);
    }
}
