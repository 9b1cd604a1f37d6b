using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Signalen;

/// <summary>What the signaal tests do again and again: find the casus, log in an ouder, give and answer a signaal through the forms.</summary>
internal static class Signaalhulp
{
    public const string Regievoerder = "jeugdconsulent";
    public const string Moeder = "ouder";

    public static async Task<Guid> CasusAsync(RegieApp app, string code = DemoData.TukkerCode)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    public static async Task<Guid> AccountAsync(RegieApp app, string account)
    {
        await using var db = app.NieuweDbContext();
        return await db.Users.Where(u => u.Email == $"{account}@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
    }

    /// <summary>An account for an ouder of the casus who has none in the demo data (Johan Tukker, Linda Bakker).</summary>
    public static async Task<HttpClient> OuderAsync(RegieApp app, string code, string naam)
    {
        var email = $"{naam.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@voorbeeld.nl";
        await using (var db = app.NieuweDbContext())
        {
            var casus = await CasusAsync(app, code);
            var betrokkene = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == naam).Select(b => b.Id).SingleAsync();
            using var scope = app.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = naam, BetrokkeneId = betrokkene };
            Assert.True((await users.CreateAsync(gebruiker, DemoData.Wachtwoord)).Succeeded);
            Assert.True((await users.AddToRoleAsync(gebruiker, Rollen.Ouder)).Succeeded);
        }
        return await app.IngelogdAlsAsync(email);
    }

    public static async Task<IHtmlDocument> HtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RegieApp.LeesHtmlAsync(response);
    }

    public static Formulier SignaalFormulier(IHtmlDocument pagina) => Formulier.Van(pagina.QuerySelector("main form.formulier")!, "/Ouders/Signaal");

    /// <summary>The ouder fills in the signaal form and sends it; answers the new signaal's id.</summary>
    public static async Task<Guid> GeefSignaalAsync(HttpClient ouder, string soort = "HulpLooptVast", string? toelichting = "Peter is twee keer niet gekomen.")
    {
        var response = await SignaalFormulier(await HtmlAsync(ouder, "/Ouders/Signaal"))
            .Met("Input.Soort", soort).Met("Input.Toelichting", toelichting).PostAsync(ouder);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pad = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Ouders/Signalen/", pad, StringComparison.Ordinal);
        return Guid.Parse(pad["/Ouders/Signalen/".Length..]);
    }

    /// <summary>Posts the form of <paramref name="handler"/> on a professional's signaal page, as the page rendered it.</summary>
    public static async Task<HttpResponseMessage> PostSignaalpaginaAsync(HttpClient client, Guid casus, Guid signaal, string handler,
        params (string Naam, string Waarde)[] velden)
    {
        var url = $"/Casussen/{casus}/Signalen/{signaal}";
        var pagina = await HtmlAsync(client, url);
        var form = pagina.QuerySelector($"form[action*='handler={handler}']")
            ?? throw new InvalidOperationException($"Geen formulier {handler} op {url}");
        var formulier = Formulier.Van(form);
        foreach (var (naam, waarde) in velden) formulier.Met(naam, waarde);
        return await formulier.PostAsync(client);
    }

    public static string Tekst(IHtmlDocument pagina, string selector) => pagina.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
