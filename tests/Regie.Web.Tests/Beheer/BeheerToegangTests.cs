using System.Net;

namespace Regie.Web.Tests.Beheer;

public sealed class BeheerToegangTests(RegieApp app) : IClassFixture<RegieApp>
{
    public static readonly TheoryData<string> Paginas = new()
    {
        "/Beheer",
        "/Beheer/Organisaties",
        "/Beheer/Organisaties/Bewerken",
        "/Beheer/Accounts",
        "/Beheer/Accounts/Professional",
        "/Beheer/Accounts/Regio",
        "/Beheer/Sjabloon",
        "/Beheer/Logboek",
        "/Beheer/Mail",
    };

    [Theory]
    [MemberData(nameof(Paginas))]
    public async Task De_beheerder_opent_elke_beheerpagina_zonder_inhoud_van_casussen(string url)
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var response = await beheerder.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tekst = (await RegieApp.LeesHtmlAsync(response)).Body!.TextContent;
        foreach (var inhoud in new[] { "Tukker", "Wesley", "Bakker", "geldzorgen" })
            Assert.DoesNotContain(inhoud, tekst, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jeugdconsulent", "/Beheer")]
    [InlineData("jeugdconsulent", "/Beheer/Accounts")]
    [InlineData("ouder", "/Beheer/Organisaties")]
    [InlineData("ouder", "/Beheer/Logboek")]
    [InlineData("regiocoordinator", "/Beheer/Sjabloon")]
    [InlineData("regiocoordinator", "/Beheer/Accounts/Professional")]
    [InlineData("behandelaar", "/Beheer/Logboek?gebruiker=sanne")]
    [InlineData("regiocoordinator", "/Beheer/Mail")]
    public async Task Wie_geen_beheerder_is_wordt_geweigerd(string account, string url)
    {
        var client = await app.IngelogdAlsAsync(account);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Geweigerd", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_beheerformulier_posten_als_niet_beheerder_verandert_niets()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var token = (await RegieApp.LeesHtmlAsync(await client.GetAsync("/Account/Inloggen"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/Beheer/Organisaties/Bewerken", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Naam"] = "Sluiproute BV",
            ["Input.Type"] = "Overig",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Geweigerd", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.False(db.Organisaties.Any(o => o.Naam == "Sluiproute BV"));
    }

    [Fact]
    public async Task Zonder_inloggen_gaat_beheer_naar_het_inlogscherm()
    {
        var response = await app.NieuweClient().GetAsync("/Beheer/Accounts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alleen_de_beheerder_ziet_de_link_Beheer_in_het_menu()
    {
        var beheerder = await RegieApp.LeesHtmlAsync(await (await app.IngelogdAlsAsync("beheerder")).GetAsync("/"));
        var professional = await RegieApp.LeesHtmlAsync(await (await app.IngelogdAlsAsync("jeugdconsulent")).GetAsync("/Casussen"));

        Assert.NotNull(beheerder.QuerySelector("nav a[href='/Beheer']"));
        Assert.Null(professional.QuerySelector("nav a[href='/Beheer']"));
    }
}
