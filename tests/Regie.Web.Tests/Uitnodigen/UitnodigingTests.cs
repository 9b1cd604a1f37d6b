using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Pages.Account;
using Regie.Web.Pages.Uitnodigen;
using Regie.Web.Tests.Beheer;

namespace Regie.Web.Tests.Uitnodigen;

public sealed class UitnodigingTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string GoedWachtwoord = "Welkom-bij-Regie-2026";

    private async Task<string> NieuweUitnodigingAsync(string email)
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        return await Formulieren.NodigProfessionalUitAsync(app, beheerder, "Nina Hofman", email);
    }

    private async Task<Uitnodiging> UitnodigingVanAsync(string email)
    {
        await using var db = app.NieuweDbContext();
        return await db.Uitnodigingen.AsNoTracking().OrderBy(u => u.AangemaaktOp).FirstAsync(u => u.Email == email);
    }

    private static string Tekst(AngleSharp.Html.Dom.IHtmlDocument html) =>
        System.Text.RegularExpressions.Regex.Replace(html.Body!.TextContent, @"\s+", " ");

    [Fact]
    public async Task Uitgenodigde_kiest_een_wachtwoord_via_de_link_en_kan_daarna_inloggen()
    {
        var link = await NieuweUitnodigingAsync("nina.hofman@example.nl");

        var pagina = await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync(new Uri(link).PathAndQuery));
        Assert.Contains("nina.hofman@example.nl", Tekst(pagina), StringComparison.Ordinal);

        var response = await Formulieren.KiesWachtwoordAsync(app, link, GoedWachtwoord);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Inloggen", response.Headers.Location!.OriginalString);
        var ingelogd = await app.IngelogdAlsAsync("nina.hofman@example.nl", GoedWachtwoord);
        var start = await ingelogd.GetAsync("/");
        Assert.DoesNotContain("/Account/Inloggen", start.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);

        var uitnodiging = await UitnodigingVanAsync("nina.hofman@example.nl");
        Assert.Equal(app.Klok.GetUtcNow(), uitnodiging.GebruiktOp);
        await using var db = app.NieuweDbContext();
        var gebruiker = await db.Users.SingleAsync(u => u.Email == "nina.hofman@example.nl");
        Assert.True(gebruiker.EmailConfirmed);
        Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Account" && l.Actie == LogboekActie.Gewijzigd
            && l.Omschrijving!.Contains(gebruiker.Id.ToString())));
    }

    [Fact]
    public async Task Dezelfde_link_een_tweede_keer_geeft_de_melding_en_geen_formulier()
    {
        var link = await NieuweUitnodigingAsync("tweede.keer@example.nl");
        // A second browser that opened the link before it was used, and posts afterwards.
        var laat = app.NieuweClient();
        var laatPagina = await RegieApp.LeesHtmlAsync(await laat.GetAsync(new Uri(link).PathAndQuery));
        var token = laatPagina.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await Formulieren.KiesWachtwoordAsync(app, link, GoedWachtwoord)).StatusCode);

        var nogmaals = await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync(new Uri(link).PathAndQuery));
        var teLaat = await laat.PostAsync(new Uri(link).PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Wachtwoord"] = "Een-ander-wachtwoord-99",
            ["Input.Herhaling"] = "Een-ander-wachtwoord-99",
        }));

        Assert.Contains(UitnodigingModel.Onbruikbaar, Tekst(nogmaals), StringComparison.Ordinal);
        Assert.Null(nogmaals.QuerySelector("input[name='Input.Wachtwoord']"));
        Assert.DoesNotContain("tweede.keer@example.nl", nogmaals.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, teLaat.StatusCode);
        Assert.Contains(UitnodigingModel.Onbruikbaar, Tekst(await RegieApp.LeesHtmlAsync(teLaat)), StringComparison.Ordinal);
        await app.IngelogdAlsAsync("tweede.keer@example.nl", GoedWachtwoord); // the first password still holds
    }

    [Fact]
    public async Task Na_opnieuw_uitnodigen_is_de_oude_link_onbruikbaar_en_werkt_de_nieuwe()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var oud = await Formulieren.NodigProfessionalUitAsync(app, beheerder, "Nina Opnieuw", "opnieuw@example.nl");
        var id = (await UitnodigingVanAsync("opnieuw@example.nl")).GebruikerId;

        var opnieuw = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts", Formulieren.Handler("OpnieuwUitnodigen", id));
        var nieuw = await Formulieren.UitnodigingslinkNaAsync(beheerder, opnieuw);

        Assert.NotEqual(oud, nieuw);
        var oudePagina = await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync(new Uri(oud).PathAndQuery));
        Assert.Contains(UitnodigingModel.Onbruikbaar, Tekst(oudePagina), StringComparison.Ordinal);
        Assert.Null(oudePagina.QuerySelector("input[name='Input.Wachtwoord']"));
        Assert.Equal(HttpStatusCode.Redirect, (await Formulieren.KiesWachtwoordAsync(app, nieuw, GoedWachtwoord)).StatusCode);
    }

    [Fact]
    public async Task Een_verlopen_link_geeft_de_melding()
    {
        var link = await NieuweUitnodigingAsync("verlopen@example.nl");

        app.Klok.Advance(TimeSpan.FromDays(8));
        var response = await app.NieuweClient().GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains(UitnodigingModel.Onbruikbaar, Tekst(html), StringComparison.Ordinal);
        Assert.DoesNotContain("verlopen@example.nl", html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("input[name='Input.Wachtwoord']"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Een_te_kort_wachtwoord_geeft_een_Nederlandse_fout_en_de_uitnodiging_blijft_ongebruikt()
    {
        var link = await NieuweUitnodigingAsync("te.kort@example.nl");

        var response = await Formulieren.KiesWachtwoordAsync(app, link, "Kort-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Het wachtwoord moet minstens 12 tekens lang zijn.",
            html.QuerySelector("[data-valmsg-for='Input.Wachtwoord']")!.TextContent.Trim());
        Assert.Contains("Het wachtwoord moet minstens 12 tekens lang zijn.", html.QuerySelector(".foutsamenvatting[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await UitnodigingVanAsync("te.kort@example.nl")).GebruiktOp);
        await using var db = app.NieuweDbContext();
        Assert.Null(await db.Users.Where(u => u.Email == "te.kort@example.nl").Select(u => u.PasswordHash).SingleAsync());

        // The same link still works with a good password.
        Assert.Equal(HttpStatusCode.Redirect, (await Formulieren.KiesWachtwoordAsync(app, link, GoedWachtwoord)).StatusCode);
    }

    [Fact]
    public async Task Twee_verschillende_wachtwoorden_geven_een_melding_bij_het_veld()
    {
        var link = await NieuweUitnodigingAsync("ongelijk@example.nl");

        var response = await Formulieren.KiesWachtwoordAsync(app, link, GoedWachtwoord, "Iets-heel-anders-2026");

        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("niet gelijk", html.QuerySelector("[data-valmsg-for='Input.Herhaling']")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await UitnodigingVanAsync("ongelijk@example.nl")).GebruiktOp);
    }

    [Theory]
    [InlineData("/Account/Uitnodiging/onbekend-token")]
    [InlineData("/Account/Uitnodiging/%27%3B--%20drop")]
    public async Task Een_onbekende_link_geeft_dezelfde_melding(string url)
    {
        var response = await app.NieuweClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(UitnodigingModel.Onbruikbaar, Tekst(await RegieApp.LeesHtmlAsync(response)), StringComparison.Ordinal);
    }
}
