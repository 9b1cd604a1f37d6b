using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Meldingen;

/// <summary>"Meldingen per e-mail" on the professional's profile page: direct, a daily overview, or none.</summary>
public sealed class MailVoorkeurTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Url = "/Account/Profiel";

    private static async Task<IHtmlDocument> ProfielAsync(HttpClient client) => await RegieApp.LeesHtmlAsync(await client.GetAsync(Url));

    private static Formulier MailFormulier(IHtmlDocument pagina) => Formulier.Van(pagina.QuerySelector("form[action*='handler=Mail']")!);

    private async Task<MailVoorkeur> VoorkeurAsync(string account)
    {
        await using var db = app.NieuweDbContext();
        return await db.Users.Where(u => u.Email == $"{account}@{DemoData.Domein}").Select(u => u.MailVoorkeur).SingleAsync();
    }

    [Fact]
    public async Task Een_overzicht_per_dag_kiezen_wordt_bewaard_en_gelogd()
    {
        var client = await app.IngelogdAlsAsync("behandelaar");
        var formulier = MailFormulier(await ProfielAsync(client));
        Assert.Equal("Direct", formulier["Mail.Voorkeur"]);

        var response = await formulier.Met("Mail.Voorkeur", "Dagelijks").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MailVoorkeur.Dagelijks, await VoorkeurAsync("behandelaar"));
        var pagina = await ProfielAsync(client);
        Assert.Equal("Dagelijks", MailFormulier(pagina)["Mail.Voorkeur"]);
        Assert.Contains("één keer per dag een overzicht", pagina.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == null && l.Entiteit == "Gebruiker" && l.Actie == LogboekActie.Gewijzigd
            && l.Omschrijving == "Eigen profiel gewijzigd: MailVoorkeur" && l.Gebruiker == "Ayşe Yılmaz"));

        Assert.Equal(HttpStatusCode.Redirect, (await MailFormulier(pagina).Met("Mail.Voorkeur", "Geen").PostAsync(client)).StatusCode);
        Assert.Equal(MailVoorkeur.Geen, await VoorkeurAsync("behandelaar"));
    }

    [Fact]
    public async Task Een_keuze_die_er_niet_is_wordt_geweigerd_en_de_andere_gegevens_blijven_staan()
    {
        var client = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var voor = await VoorkeurAsync("maatschappelijkwerker");
        var formulier = MailFormulier(await ProfielAsync(client));

        var wekelijks = await formulier.Met("Mail.Voorkeur", "Wekelijks").PostAsync(client);
        var leeg = await formulier.Met("Mail.Voorkeur", null).PostAsync(client);

        foreach (var response in new[] { wekelijks, leeg })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var pagina = await RegieApp.LeesHtmlAsync(response);
            Assert.Equal("Kies hoe u meldingen per e-mail wilt krijgen.", pagina.QuerySelector("[data-valmsg-for='Mail.Voorkeur']")!.TextContent.Trim());
            Assert.Equal("0546 830 200", pagina.QuerySelector("input[name='Input.Telefoon']")!.GetAttribute("value"));
        }
        Assert.Equal(voor, await VoorkeurAsync("maatschappelijkwerker"));
    }
}
