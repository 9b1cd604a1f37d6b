using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;

namespace Regie.Web.Tests.Casussen;

public sealed class NieuweCasusTests(RegieApp app) : IClassFixture<RegieApp>
{
    private static async Task<Formulier> FormulierAsync(HttpClient client) =>
        Formulier.Van((await RegieApp.LeesHtmlAsync(await client.GetAsync("/Casussen/Nieuw"))).QuerySelector("main form")!, "/Casussen/Nieuw");

    [Fact]
    public async Task Een_jeugdconsulent_opent_een_casus_en_wordt_betrokkene_en_voorlopig_regievoerder()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = (await FormulierAsync(client))
            .Met("Input.Gezinsnaam", "Van den Berg")
            .Plus("Input.Indicaties", "OB4A")
            .Met("Input.AndereIndicatie", "ob9x")
            .Met("Input.Hulpvraag", "Ouders willen hulp bij de opvoeding van Sem (6).");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Include(c => c.Betrokkenen).Include(c => c.Regietoewijzingen).Include(c => c.Stappen)
            .SingleAsync(c => c.Gezinsnaam == "Van den Berg");
        Assert.Matches("^TW-2026-00[4-9][0-9]$", casus.Code); // after the demo's 0042 and 0043
        Assert.True(int.Parse(casus.Code[^4..], System.Globalization.CultureInfo.InvariantCulture) >= 44);
        Assert.Equal(["OB4A", "OB9X"], casus.Indicaties);
        Assert.Equal(CasusStatus.Concept, casus.Status);
        Assert.Equal(7, casus.Stappen.Count);
        Assert.Equal("Sanne de Vries", Assert.Single(casus.Betrokkenen).Naam);
        Assert.Equal("Sanne de Vries", casus.Procesregievoerder!.Naam);
        Assert.EndsWith($"/Casussen/{casus.Id}/Betrokkenen", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus.Id && l.Entiteit == "Casus"));

        var lijst = await client.GetStringAsync("/Casussen");
        Assert.Contains(casus.Code, lijst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Met_een_OTS_wordt_de_gemeente_geen_regievoerder()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = (await FormulierAsync(client))
            .Met("Input.Gezinsnaam", "Smit").Met("Input.Maatregel", "Ots").Met("Input.Hulpvraag", "Veiligheid van de kinderen.");

        Assert.Equal(HttpStatusCode.Redirect, (await formulier.PostAsync(client)).StatusCode);

        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Include(c => c.Betrokkenen).Include(c => c.Regietoewijzingen).SingleAsync(c => c.Gezinsnaam == "Smit");
        Assert.Null(casus.Procesregievoerder);
        Assert.Equal(Maatregel.Ots, casus.Maatregel);
    }

    [Fact]
    public async Task Lege_velden_geven_meldingen_en_de_invoer_blijft_staan()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = (await FormulierAsync(client))
            .Met("Input.Gezinsnaam", "<script>alert('x')</script>").Met("Input.Hulpvraag", "").Met("Input.GemeenteId", "")
            .Met("Input.AndereIndicatie", "OB 4 ; drop");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var pagina = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Vul de hulpvraag in", pagina.QuerySelector("[data-valmsg-for='Input.Hulpvraag']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kies de gemeente", pagina.QuerySelector("[data-valmsg-for='Input.GemeenteId']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("letters, cijfers en streepjes", pagina.QuerySelector("[data-valmsg-for='Input.AndereIndicatie']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<script>alert('x')</script>", pagina.QuerySelector("#Input_Gezinsnaam")!.GetAttribute("value"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("behandelaar")]
    [InlineData("jeugdbeschermer")]
    [InlineData("ouder")]
    [InlineData("beheerder")]
    public async Task Alleen_de_gemeente_opent_een_casus(string account)
    {
        var client = await app.IngelogdAlsAsync(account);

        var response = await client.GetAsync("/Casussen/Nieuw");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Geweigerd", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_indicaties_zeggen_wat_ze_betekenen_in_plaats_van_steeds_Twents_Model()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Casussen/Nieuw"));

        var keuzes = html.QuerySelectorAll("#Input_Indicaties label.keuze").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(6, keuzes.Count);
        Assert.Contains(keuzes, k => k.StartsWith("OB3B", StringComparison.Ordinal)
            && k.Contains("Hulp om nieuwe vaardigheden te leren. Gedrag zit in de weg", StringComparison.Ordinal));
        Assert.Contains(keuzes, k => k.StartsWith("OB4E", StringComparison.Ordinal) && k.Contains("regio", StringComparison.Ordinal));
        Assert.All(keuzes, k => Assert.DoesNotContain("Twents Model", k, StringComparison.Ordinal));
        Assert.Equal(6, keuzes.Select(k => k[4..].Trim()).Distinct().Count()); // each line says something of its own
    }
}
