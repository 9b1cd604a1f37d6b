using System.Net;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Tests.Rondreizen;
using Xunit.Abstractions;
using Teller = Regie.Web.Tests.Rondreizen.Rondreizen;

namespace Regie.Web.Tests.Meldingen;

/// <summary>The bell in the header: its count, where it comes from, and that the pages that count round trips stay within
/// budget with it (the session is read on every request here, as in <see cref="RondreizenTests"/>). Each test rings
/// another professional, so the counts do not depend on the order the tests run in.</summary>
public sealed class BelTests(RondreisApp app, ITestOutputHelper uit) : IClassFixture<RondreisApp>
{
    [Fact]
    public async Task De_bel_op_een_casuspagina_telt_de_ongelezen_meldingen_zonder_extra_rondreis()
    {
        var sanne = await Meldingzetter.AccountAsync(app, "jeugdconsulent");
        var peter = await Meldingzetter.AccountAsync(app, "maatschappelijkwerker");
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        await Meldingzetter.ZetAsync(app, sanne, MeldingSoort.NieuweVersie, tukker, 3);
        await Meldingzetter.ZetAsync(app, sanne, MeldingSoort.NieuweVersie, tukker, 2, gelezen: true);
        await Meldingzetter.ZetAsync(app, peter, MeldingSoort.NieuweVersie, tukker, 4);
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var url = $"/Casussen/{tukker}";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode); // warm

        using var teller = new Teller(app.AppConnectionString);
        var response = await client.GetAsync(url);
        var commando = teller.Sinds();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        uit.WriteLine($"{url} met de bel: {commando.Count} rondreizen");
        Assert.True(commando.Count <= 3, $"{commando.Count} rondreizen, budget 3:\n{string.Join("\n", commando)}");
        var pagina = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Meldingen, 3 ongelezen", Meldingzetter.Bel(pagina));
        var bel = pagina.QuerySelector("header a#bel")!;
        Assert.Equal("/Meldingen", bel.GetAttribute("href"));
        Assert.Equal("true", bel.QuerySelector("svg")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task De_bel_op_mijn_casussen_telt_mee_in_de_lijst_zonder_extra_rondreis()
    {
        var peter = await Meldingzetter.AccountAsync(app, "maatschappelijkwerker");
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        var voor = await Meldingzetter.OngelezenAsync(app, peter);
        await Meldingzetter.ZetAsync(app, peter, MeldingSoort.OverdrachtVoorgesteld, tukker, 2);
        var client = await app.IngelogdAlsAsync("maatschappelijkwerker");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Casussen")).StatusCode); // warm

        using var teller = new Teller(app.AppConnectionString);
        var response = await client.GetAsync("/Casussen");
        var commando = teller.Sinds();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(commando.Count <= 3, $"{commando.Count} rondreizen, budget 3:\n{string.Join("\n", commando)}");
        Assert.Equal($"Meldingen, {voor + 2} ongelezen", Meldingzetter.Bel(await RegieApp.LeesHtmlAsync(response)));
    }

    [Fact]
    public async Task De_telling_van_de_casuspagina_is_die_van_de_meldingenlijst()
    {
        var ayse = await Meldingzetter.AccountAsync(app, "behandelaar");
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        var bakker = await Meldingzetter.CasusAsync(app, DemoData.BakkerCode);
        await Meldingzetter.ZetAsync(app, ayse, MeldingSoort.NieuweVersie, tukker, 4);
        await Meldingzetter.ZetAsync(app, ayse, MeldingSoort.ToegevoegdAanCasus, bakker, 2); // a casus she is not in counts too
        await Meldingzetter.ZetAsync(app, ayse, MeldingSoort.NieuweVersie, tukker, 3, gelezen: true);
        var client = await app.IngelogdAlsAsync("behandelaar");

        var casuspagina = await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{tukker}"));
        var lijst = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Meldingen"));

        var ongelezen = await Meldingzetter.OngelezenAsync(app, ayse);
        Assert.Equal(6, ongelezen);
        Assert.Equal(ongelezen, Meldingzetter.Teller(casuspagina));
        Assert.Equal(ongelezen, lijst.QuerySelectorAll("#meldingen li.melding-ongelezen").Length);
        Assert.Equal(ongelezen, Meldingzetter.Teller(lijst));
        Assert.Contains($"{ongelezen} ongelezen meldingen.", lijst.QuerySelector("#meldingen-telling")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_ongelezen_meldingen_toont_de_bel_geen_getal()
    {
        // Martijn has no meldingen in the demo data.
        var client = await app.IngelogdAlsAsync("jeugdbeschermer");

        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Casussen"));

        Assert.Equal("Meldingen", Meldingzetter.Bel(pagina));
        Assert.Null(pagina.QuerySelector("header .bel-teller"));
    }

    [Fact]
    public async Task Een_regiocoordinator_heeft_een_bel_een_ouder_en_wie_niet_is_ingelogd_niet()
    {
        var ingrid = await Meldingzetter.AccountAsync(app, "regiocoordinator");
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        await Meldingzetter.ZetAsync(app, ingrid, MeldingSoort.SignaalGeescaleerd, tukker);
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var ouder = await app.IngelogdAlsAsync("ouder");
        var anoniem = app.NieuweClient();

        Assert.Equal("Meldingen, 1 ongelezen", Meldingzetter.Bel(await RegieApp.LeesHtmlAsync(await regio.GetAsync("/"))));
        var portaal = await ouder.GetAsync("/Ouders");
        Assert.Equal(HttpStatusCode.OK, portaal.StatusCode);
        Assert.Null(Meldingzetter.Bel(await RegieApp.LeesHtmlAsync(portaal)));
        Assert.NotEqual(HttpStatusCode.OK, (await ouder.GetAsync("/Meldingen")).StatusCode);
        Assert.Null(Meldingzetter.Bel(await RegieApp.LeesHtmlAsync(await anoniem.GetAsync("/Account/Inloggen"))));
        var zonderLogin = await anoniem.GetAsync("/Meldingen");
        Assert.Equal(HttpStatusCode.Redirect, zonderLogin.StatusCode);
        Assert.StartsWith("/Account/Inloggen", zonderLogin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
