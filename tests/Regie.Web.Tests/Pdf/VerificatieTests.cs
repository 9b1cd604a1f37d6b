using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Web.Demo;
using Regie.Web.Tests.Data;
using Regie.Web.Afdrukken;

namespace Regie.Web.Tests.Pdf;

public sealed class VerificatieTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<string> StatusAsync(string code)
    {
        var response = await app.NieuweClient().GetAsync($"/Verificatie?code={Uri.EscapeDataString(code)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(response);
        return pagina.QuerySelector("[role=status]")?.TextContent.Trim() ?? "";
    }

    private async Task<Handreikingversie> VersieAsync(string casuscode, VersieStatus status)
    {
        await using var db = app.NieuweDbContext();
        var casusId = await db.Casussen.Where(c => c.Code == casuscode).Select(c => c.Id).SingleAsync();
        return await db.Handreikingversies.Where(v => v.CasusId == casusId && v.Status == status).OrderByDescending(v => v.Volgnummer).FirstAsync();
    }

    [Fact]
    public async Task De_geldende_versie_wordt_zonder_inloggen_als_geldend_herkend_zonder_namen_of_inhoud()
    {
        var versie = await VersieAsync(DemoData.TukkerCode, VersieStatus.Geldend);

        var response = await app.NieuweClient().GetAsync($"/Verificatie?code={versie.Verificatiecode}");
        var html = await response.Content.ReadAsStringAsync();
        var status = await StatusAsync(versie.Verificatiecode);

        Assert.StartsWith("Dit is de geldende versie.", status, StringComparison.Ordinal);
        Assert.Contains($"Versie {versie.Volgnummer}", status, StringComparison.Ordinal);
        foreach (var geheim in new[] { "Tukker", "Sanne", "TW-2026", "Wesley", "Almelo" })
            Assert.DoesNotContain(geheim, html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(" {0} ")]
    [InlineData("{1}")]
    [InlineData("{2}")]
    public async Task Hoofdletters_spaties_en_streepjes_maken_niet_uit(string vorm)
    {
        var code = (await VersieAsync(DemoData.TukkerCode, VersieStatus.Geldend)).Verificatiecode;
        var invoer = string.Format(System.Globalization.CultureInfo.InvariantCulture, vorm,
            code.ToLowerInvariant(), code.Replace("-", "", StringComparison.Ordinal), code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());

        Assert.StartsWith("Dit is de geldende versie.", await StatusAsync(invoer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_vervangen_versie_noemt_de_versie_die_haar_verving_en_de_datum()
    {
        Guid casusId;
        await using (var db = app.NieuweDbContext())
            casusId = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var oud = await VersieAsync(DemoData.TukkerCode, VersieStatus.Geldend);
        await using (var db = app.NieuweDbContext())
        {
            var casus = await db.LaadVoorWijzigingAsync(casusId, default);
            var overleg = casus.Overleggen[0].Id;
            Assert.False(casus.StelVast(overleg, new OudersAntwoord(true, null), Guid.Empty, "Sanne de Vries", new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero)).IsFout);
            await db.SaveChangesAsync();
        }

        var status = await StatusAsync(oud.Verificatiecode);

        Assert.StartsWith("Deze versie is vervangen.", status, StringComparison.Ordinal);
        Assert.Contains($"vervangen door versie {oud.Volgnummer + 1}, vastgesteld op 3 december 2026", status, StringComparison.Ordinal);
        var nieuw = await VersieAsync(DemoData.TukkerCode, VersieStatus.Geldend);
        Assert.StartsWith("Dit is de geldende versie.", await StatusAsync(nieuw.Verificatiecode), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_code_die_niet_bestaat_is_onbekend()
    {
        Assert.StartsWith("Deze code is onbekend.", await StatusAsync("ABCDE-FGHJK-MNPQR-STUVW"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("ABCDE-FGHJK-MNPQR-STUVWX")]
    [InlineData("ABCDE-FGHJK-MNPQR-STUV0")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    public async Task Wat_geen_code_kan_zijn_krijgt_een_duidelijke_melding_en_de_invoer_blijft_staan(string invoer)
    {
        var response = await app.NieuweClient().GetAsync($"/Verificatie?code={Uri.EscapeDataString(invoer)}");
        var pagina = await RegieApp.LeesHtmlAsync(response);

        Assert.StartsWith("Dit is geen geldige verificatiecode.", pagina.QuerySelector("[role=status]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(invoer, pagina.QuerySelector("input#code")!.GetAttribute("value"));
        Assert.Null(pagina.QuerySelector("main script"));
    }

    [Fact]
    public async Task Zonder_code_staat_er_alleen_het_formulier()
    {
        var pagina = await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync("/Verificatie"));

        Assert.NotNull(pagina.QuerySelector("form[action='/Verificatie'] input#code"));
        Assert.Null(pagina.QuerySelector("[role=status]"));
    }

    [Fact]
    public void Elke_nieuwe_code_wordt_herkend_ook_zonder_streepjes_en_in_kleine_letters()
    {
        for (var i = 0; i < 2000; i++)
        {
            var code = Handreikingversie.NieuweVerificatiecode();
            Assert.Equal(code, Verificatiecodes.Normaliseer(code));
            Assert.Equal(code, Verificatiecodes.Normaliseer(code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()));
        }
    }
}

/// <summary>An app whose verification page allows three look-ups a minute.</summary>
public sealed class KrappeVerificatieApp : RegieApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:RateLimit:VerificatiesPerMinuut", "3");
    }
}

public sealed class VerificatieLimietTests(KrappeVerificatieApp app) : IClassFixture<KrappeVerificatieApp>
{
    [Fact]
    public async Task Wie_te_veel_codes_probeert_moet_even_wachten()
    {
        var client = app.NieuweClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Verificatie?code=ABCDE-FGHJK-MNPQR-STUV{i + 2}")).StatusCode);

        var response = await client.GetAsync("/Verificatie?code=ABCDE-FGHJK-MNPQR-STUVW");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Wacht een minuut", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
