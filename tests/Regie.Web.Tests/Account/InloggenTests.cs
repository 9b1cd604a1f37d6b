using System.Net;
using Regie.Web.Pages.Account;

namespace Regie.Web.Tests.Account;

public sealed class InloggenTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Verkeerd_wachtwoord_geeft_een_Nederlandse_melding_en_houdt_het_emailadres_vast()
    {
        var client = app.NieuweClient();

        var response = await RegieApp.PostFormulierAsync(client, "/Account/Inloggen", new()
        {
            ["Input.Email"] = "maatschappelijkwerker@demo.regie.test",
            ["Input.Wachtwoord"] = "fout-wachtwoord-123",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains(InloggenModel.OngeldigeInlog, html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("maatschappelijkwerker@demo.regie.test", html.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Een_onbekend_emailadres_krijgt_dezelfde_melding_als_een_verkeerd_wachtwoord()
    {
        var response = await RegieApp.PostFormulierAsync(app.NieuweClient(), "/Account/Inloggen", new()
        {
            ["Input.Email"] = "bestaat.niet@demo.regie.test",
            ["Input.Wachtwoord"] = "wat-dan-ook-123",
        });

        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains(InloggenModel.OngeldigeInlog, html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lege_velden_geven_meldingen_bij_het_veld()
    {
        var response = await RegieApp.PostFormulierAsync(app.NieuweClient(), "/Account/Inloggen", new()
        {
            ["Input.Email"] = "",
            ["Input.Wachtwoord"] = "",
        });

        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Vul uw e-mailadres in.", html.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.Trim());
        Assert.Equal("Vul uw wachtwoord in.", html.QuerySelector("[data-valmsg-for='Input.Wachtwoord']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Na_vijf_foute_pogingen_weigert_dit_adres_ook_het_goede_wachtwoord()
    {
        var client = app.NieuweClient();
        for (var i = 0; i < 5; i++)
        {
            await RegieApp.PostFormulierAsync(client, "/Account/Inloggen", new()
            {
                ["Input.Email"] = "buitenstaander@demo.regie.test",
                ["Input.Wachtwoord"] = $"fout-{i}-wachtwoord",
            });
        }

        var response = await RegieApp.PostFormulierAsync(client, "/Account/Inloggen", new()
        {
            ["Input.Email"] = "buitenstaander@demo.regie.test",
            ["Input.Wachtwoord"] = Demo.DemoData.Wachtwoord,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(InloggenModel.Geblokkeerd, (await RegieApp.LeesHtmlAsync(response)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://kwaadwillend.example/phish")]
    [InlineData("//kwaadwillend.example")]
    [InlineData("/\\kwaadwillend.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Een_terugkeeradres_buiten_de_app_wordt_genegeerd(string returnUrl)
    {
        var client = app.NieuweClient();

        var response = await RegieApp.PostFormulierAsync(client, $"/Account/Inloggen?ReturnUrl={Uri.EscapeDataString(returnUrl)}", new()
        {
            ["Input.Email"] = "regiocoordinator@demo.regie.test",
            ["Input.Wachtwoord"] = Demo.DemoData.Wachtwoord,
            ["ReturnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Inloggen_zonder_antiforgery_token_wordt_geweigerd()
    {
        var response = await app.NieuweClient().PostAsync("/Account/Inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "jeugdconsulent@demo.regie.test",
            ["Input.Wachtwoord"] = Demo.DemoData.Wachtwoord,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class UitloggenTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Uitloggen_via_de_knop_in_de_kop_beeindigt_de_sessie()
    {
        var client = await app.IngelogdAlsAsync("maatschappelijkwerker");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/Casussen")).StatusCode);

        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Casussen"));
        var formulier = pagina.QuerySelector("header form")!;
        var token = formulier.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var uit = await client.PostAsync(formulier.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, uit.StatusCode);
        var daarna = await client.GetAsync("/Casussen");
        Assert.StartsWith("/Account/Inloggen", daarna.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
