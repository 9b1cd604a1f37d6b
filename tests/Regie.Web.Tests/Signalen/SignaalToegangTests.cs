using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Signalen;
using Regie.Web.Demo;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Signalen;

/// <summary>Only the indiener reads their own signaal in the portal; professionals only on a casus they are betrokken in; only the
/// procesregievoerder answers. Anything else is not found, never a hint that the signaal exists.</summary>
public sealed class SignaalToegangTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Ouder_van_een_andere_casus_krijgt_404_op_het_signaal_ook_bij_een_post()
    {
        var id = await GeefSignaalAsync(await app.IngelogdAlsAsync(Moeder));
        var linda = await OuderAsync(app, DemoData.BakkerCode, "Linda Bakker");
        var token = (await HtmlAsync(linda, "/Ouders/Signaal")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await linda.GetAsync($"/Ouders/Signalen/{id}")).StatusCode);
        var post = await linda.PostAsync($"/Ouders/Signalen/{id}?handler=Aanvullen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Tekst"] = "Ingebroken", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.Empty((await db.Signalen.Include(s => s.Berichten).SingleAsync(s => s.Id == id)).Berichten);
    }

    [Fact]
    public async Task De_andere_ouder_van_dezelfde_casus_krijgt_404_op_een_signaal_dat_niet_van_hem_is()
    {
        var id = await GeefSignaalAsync(await app.IngelogdAlsAsync(Moeder));
        var johan = await OuderAsync(app, DemoData.TukkerCode, "Johan Tukker");

        Assert.Equal(HttpStatusCode.NotFound, (await johan.GetAsync($"/Ouders/Signalen/{id}")).StatusCode);
        // His portal lists only his own signalen.
        Assert.Null((await HtmlAsync(johan, "/Ouders")).QuerySelector($"a[href='/Ouders/Signalen/{id}']"));
    }

    [Theory]
    [InlineData("/Ouders/Signalen/geen-guid")]
    [InlineData("/Ouders/Signalen/00000000-0000-0000-0000-000000000000")]
    [InlineData("/Ouders/Signalen/{nieuw}")]
    public async Task Onbekend_of_misvormd_signaal_in_het_portaal_geeft_404(string url)
    {
        var ouder = await app.IngelogdAlsAsync(Moeder);
        Assert.Equal(HttpStatusCode.NotFound, (await ouder.GetAsync(url.Replace("{nieuw}", Guid.NewGuid().ToString(), StringComparison.Ordinal))).StatusCode);
    }

    [Theory]
    [InlineData("/Casussen/{casus}/Signalen/geen-guid")]
    [InlineData("/Casussen/{casus}/Signalen/{nieuw}")]
    [InlineData("/Casussen/geen-guid/Signalen")]
    public async Task Onbekend_of_misvormd_signaal_op_de_casus_geeft_404(string url)
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        url = url.Replace("{casus}", casus.ToString(), StringComparison.Ordinal).Replace("{nieuw}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Een_signaal_van_een_andere_casus_onder_deze_casus_geeft_404()
    {
        var id = await GeefSignaalAsync(await app.IngelogdAlsAsync(Moeder));
        var bakker = await CasusAsync(app, DemoData.BakkerCode);
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");
        Assert.Equal(HttpStatusCode.NotFound, (await martijn.GetAsync($"/Casussen/{bakker}/Signalen/{id}")).StatusCode);
    }

    [Fact]
    public async Task Professional_die_niet_betrokken_is_krijgt_404_en_het_wordt_gelogd()
    {
        var casus = await CasusAsync(app);
        var id = await GeefSignaalAsync(await app.IngelogdAlsAsync(Moeder));
        var lotte = await app.IngelogdAlsAsync("buitenstaander");
        await using var db = app.NieuweDbContext();
        var voor = await db.Logboek.CountAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd);

        Assert.Equal(HttpStatusCode.NotFound, (await lotte.GetAsync($"/Casussen/{casus}/Signalen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lotte.GetAsync($"/Casussen/{casus}/Signalen/{id}")).StatusCode);

        Assert.Equal(voor + 2, await db.Logboek.CountAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd));
    }

    [Fact]
    public async Task Een_betrokkene_die_geen_regievoerder_is_leest_mee_maar_kan_niet_beantwoorden()
    {
        var casus = await CasusAsync(app);
        var id = await GeefSignaalAsync(await app.IngelogdAlsAsync(Moeder), toelichting: "Niemand belt terug.");
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");

        var pagina = await HtmlAsync(peter, $"/Casussen/{casus}/Signalen/{id}");
        Assert.Contains("Niemand belt terug.", Tekst(pagina, "#gesprek"), StringComparison.Ordinal);
        Assert.Null(pagina.QuerySelector("form[action*='handler=Beantwoord']"));
        var token = pagina.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var (handler, veld) in new[] { ("Beantwoord", "Antwoord"), ("Sluit", "WatGedaan") })
        {
            var post = await peter.PostAsync($"/Casussen/{casus}/Signalen/{id}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [veld] = "Ik regel het wel.", ["Versie"] = "0", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        await using var db = app.NieuweDbContext();
        Assert.Equal(SignaalStatus.Open, (await db.Signalen.SingleAsync(s => s.Id == id)).Status);
    }

    [Fact]
    public async Task Een_ouder_komt_niet_op_de_signalen_van_de_professionals()
    {
        var casus = await CasusAsync(app);
        var ouder = await app.IngelogdAlsAsync(Moeder);
        Assert.Equal(HttpStatusCode.NotFound, (await ouder.GetAsync($"/Casussen/{casus}/Signalen")).StatusCode);
    }
}
