using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Pages.Account;
using Regie.Web.Tests.Toegang;
using Regie.Web.Tests.Uitnodigen;

namespace Regie.Web.Tests.Account;

/// <summary>Point 7: wachtwoord vergeten (a single-use mail link, one hour) and wachtwoord wijzigen; both end the
/// account's other sessions.</summary>
public sealed class WachtwoordTests(RegieAppMetMail app) : IClassFixture<RegieAppMetMail>
{
    private const string Wachtwoord = "Een-lang-testwachtwoord-1";
    private const string Nieuw = "Nieuw-en-lang-wachtwoord-2";

    private static string? Fout(IHtmlDocument html, string veld) => html.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    [Fact]
    public async Task Wachtwoord_vergeten_geeft_hetzelfde_antwoord_of_het_adres_bestaat_of_niet()
    {
        var email = await Sessies.NieuwAccountAsync(app, Rollen.Ouder, Wachtwoord);

        var bekend = await VraagLinkAanAsync(app.NieuweClient(), email);
        var onbekend = await VraagLinkAanAsync(app.NieuweClient(), $"niemand.{Guid.NewGuid():N}@voorbeeld.nl");

        Assert.Equal(WachtwoordVergetenModel.Antwoord, bekend);
        Assert.Equal(bekend, onbekend);
        var link = await LinkUitMailAsync(email);
        Assert.StartsWith("http://localhost/Account/WachtwoordHerstellen/", link, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Mails, m => m.Contains("niemand.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task De_link_uit_de_mail_zet_een_nieuw_wachtwoord_beeindigt_alle_sessies_en_werkt_maar_een_keer()
    {
        var email = await Sessies.NieuwAccountAsync(app, Rollen.Ouder, Wachtwoord);
        var (_, oudeSessie) = await Sessies.InloggenAsync(app, email, Wachtwoord);
        await VraagLinkAanAsync(app.NieuweClient(), email);
        var link = await LinkUitMailAsync(email);

        var telefoon = app.NieuweClient();
        var pagina = await RegieApp.LeesHtmlAsync(await telefoon.GetAsync(link));
        Assert.Contains(email, pagina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("new-password", pagina.QuerySelector("input[name='Input.Wachtwoord']")!.GetAttribute("autocomplete"));
        var response = await RegieApp.PostFormulierAsync(telefoon, link, new() { ["Input.Wachtwoord"] = Nieuw, ["Input.Herhaling"] = Nieuw });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Inloggen", response.Headers.Location!.OriginalString);
        await Sessies.AssertNaarInloggenAsync(app, oudeSessie, Sessies.Proefpagina);
        await Sessies.InloggenAsync(app, email, Nieuw);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.IngelogdAlsAsync(email, Wachtwoord));
        await using (var db = app.NieuweDbContext())
            Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Account" && l.Actie == LogboekActie.Gewijzigd && l.Omschrijving!.StartsWith("Wachtwoord hersteld")));

        var nogmaals = await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync(link));
        Assert.Equal(WachtwoordHerstellenModel.Onbruikbaar, nogmaals.QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.Null(nogmaals.QuerySelector("input[name='Input.Wachtwoord']"));
    }

    [Fact]
    public async Task De_link_werkt_een_uur_en_daarna_niet_meer()
    {
        var email = await Sessies.NieuwAccountAsync(app, Rollen.Ouder, Wachtwoord);
        await VraagLinkAanAsync(app.NieuweClient(), email);
        var link = await LinkUitMailAsync(email);

        app.Klok.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull((await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync(link))).QuerySelector("input[name='Input.Wachtwoord']"));
        app.Klok.Advance(TimeSpan.FromMinutes(2));
        var client = app.NieuweClient();
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(link));
        Assert.Equal(WachtwoordHerstellenModel.Onbruikbaar, html.QuerySelector("[role=alert]")!.TextContent.Trim());
        await Sessies.InloggenAsync(app, email, Wachtwoord);
    }

    [Fact]
    public async Task Een_te_zwak_of_ongelijk_nieuw_wachtwoord_geeft_een_Nederlandse_melding_en_de_link_blijft_bruikbaar()
    {
        var email = await Sessies.NieuwAccountAsync(app, Rollen.Ouder, Wachtwoord);
        await VraagLinkAanAsync(app.NieuweClient(), email);
        var link = await LinkUitMailAsync(email);
        var client = app.NieuweClient();

        var kort = await RegieApp.LeesHtmlAsync(await RegieApp.PostFormulierAsync(client, link, new() { ["Input.Wachtwoord"] = "kort", ["Input.Herhaling"] = "kort" }));
        var ongelijk = await RegieApp.LeesHtmlAsync(await RegieApp.PostFormulierAsync(client, link, new() { ["Input.Wachtwoord"] = Nieuw, ["Input.Herhaling"] = Nieuw + "x" }));

        Assert.Contains("minstens 12 tekens", Fout(kort, "Input.Wachtwoord"), StringComparison.Ordinal);
        Assert.Equal("De twee wachtwoorden zijn niet gelijk. Vul twee keer hetzelfde wachtwoord in.", Fout(ongelijk, "Input.Herhaling"));
        var goed = await RegieApp.PostFormulierAsync(client, link, new() { ["Input.Wachtwoord"] = Nieuw, ["Input.Herhaling"] = Nieuw });
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
    }

    [Fact]
    public async Task Wachtwoord_wijzigen_beeindigt_de_andere_sessies_en_houdt_deze()
    {
        var tukker = await Sessies.TukkerAsync(app);
        var (hier, hierCookie) = await Sessies.InloggenAsync(app, "behandelaar");
        var (_, elders) = await Sessies.InloggenAsync(app, "behandelaar");
        var profiel = await RegieApp.LeesHtmlAsync(await hier.GetAsync("/Account/Profiel"));
        Assert.NotNull(profiel.QuerySelector("main a[href='/Account/WachtwoordWijzigen']"));

        var response = await RegieApp.PostFormulierAsync(hier, "/Account/WachtwoordWijzigen", new()
        {
            ["HuidigWachtwoord"] = DemoData.Wachtwoord,
            ["Input.Wachtwoord"] = Nieuw,
            ["Input.Herhaling"] = Nieuw,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(WachtwoordWijzigenModel.Gewijzigd, await hier.GetStringAsync("/Account/WachtwoordWijzigen"), StringComparison.Ordinal);
        await Sessies.AssertNaarInloggenAsync(app, elders, $"/Casussen/{tukker}");
        Assert.Equal(HttpStatusCode.OK, (await hier.GetAsync($"/Casussen/{tukker}")).StatusCode);
        // The new security stamp is in this session's ticket: it stays after the minute-by-minute check.
        app.Klok.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await Sessies.HergebruikAsync(app, hierCookie, $"/Casussen/{tukker}")).StatusCode);
        await Sessies.InloggenAsync(app, "behandelaar", Nieuw);
    }

    [Fact]
    public async Task Wachtwoord_wijzigen_met_een_verkeerd_huidig_wachtwoord_wordt_geweigerd_en_de_invoer_blijft()
    {
        var email = await Sessies.NieuwAccountAsync(app, Rollen.Ouder, Wachtwoord);
        var (client, _) = await Sessies.InloggenAsync(app, email, Wachtwoord);

        var response = await RegieApp.PostFormulierAsync(client, "/Account/WachtwoordWijzigen", new()
        {
            ["HuidigWachtwoord"] = "Niet-het-goede-wachtwoord-9",
            ["Input.Wachtwoord"] = Nieuw,
            ["Input.Herhaling"] = Nieuw,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Het wachtwoord klopt niet.", Fout(html, "HuidigWachtwoord"));
        Assert.Equal("#HuidigWachtwoord", html.QuerySelector(".foutsamenvatting a")!.GetAttribute("href"));
        await Sessies.InloggenAsync(app, email, Wachtwoord);
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Logboek.AnyAsync(l => l.Omschrijving!.StartsWith("Wachtwoord gewijzigd") && l.Omschrijving.Contains(email)));
    }

    [Fact]
    public async Task De_inlogpagina_linkt_naar_wachtwoord_vergeten()
    {
        var html = await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync("/Account/Inloggen"));
        Assert.NotNull(html.QuerySelector("a[href='/Account/WachtwoordVergeten']"));
        var vergeten = await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync("/Account/WachtwoordVergeten"));
        var veld = vergeten.QuerySelector("input[name='Input.Email']")!;
        Assert.Equal(("email", "username"), (veld.GetAttribute("type"), veld.GetAttribute("autocomplete")));
    }

    /// <summary>Posts the form and returns the melding on the page the redirect leads to.</summary>
    private static async Task<string> VraagLinkAanAsync(HttpClient client, string email)
    {
        var response = await RegieApp.PostFormulierAsync(client, "/Account/WachtwoordVergeten", new() { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(response.Headers.Location));
        return html.QuerySelector(".melding")!.TextContent.Trim();
    }

    /// <summary>The mail goes out after the answer: wait a little for it.</summary>
    private async Task<string> LinkUitMailAsync(string email)
    {
        for (var i = 0; i < 100; i++)
        {
            var mail = app.Mails.FirstOrDefault(m => m.Contains(email, StringComparison.Ordinal));
            if (mail is not null)
            {
                var link = Regex.Match(UitnodigingPerMailTests.Ontcijfer(mail), @"http://localhost/Account/WachtwoordHerstellen/[A-Za-z0-9_-]+").Value;
                Assert.NotEmpty(link);
                return link;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"Geen mail aan {email} ontvangen.");
    }
}

/// <summary>Without SMTP there is nobody to show the link to: the same answer, and a link waits in the database.</summary>
public sealed class WachtwoordZonderMailTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Zonder_SMTP_is_het_antwoord_hetzelfde_en_staat_de_link_niet_op_de_pagina()
    {
        var client = app.NieuweClient();
        var response = await RegieApp.PostFormulierAsync(client, "/Account/WachtwoordVergeten", new() { ["Input.Email"] = $"ouder@{DemoData.Domein}" });

        var html = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("binnen een paar minuten een e-mail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("WachtwoordHerstellen/", html, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Wachtwoordherstellen.AnyAsync(w => db.Users.Any(u => u.Id == w.GebruikerId && u.Email == $"ouder@{DemoData.Domein}")));
    }

    [Fact]
    public async Task Een_leeg_of_ongeldig_adres_krijgt_een_melding_bij_het_veld()
    {
        var response = await RegieApp.PostFormulierAsync(app.NieuweClient(), "/Account/WachtwoordVergeten", new() { ["Input.Email"] = "geen-adres" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.", html.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.Trim());
        Assert.Equal("geen-adres", html.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
    }
}

public sealed class WachtwoordVergetenLimietTests(InlogLimietApp app) : IClassFixture<InlogLimietApp>
{
    [Fact]
    public async Task Te_vaak_wachtwoord_vergeten_achter_elkaar_wordt_afgeremd()
    {
        var client = app.NieuweClient();
        var statussen = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statussen.Add((await RegieApp.PostFormulierAsync(client, "/Account/WachtwoordVergeten", new() { ["Input.Email"] = $"iemand{i}@voorbeeld.nl" })).StatusCode);

        Assert.All(statussen.Take(5), s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statussen[5]);
    }
}
