using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using Regie.Web.Pages.Casussen;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Signalen;

/// <summary>Bad input on the signaal forms: a Dutch message next to the field, and nothing the user typed is lost.</summary>
public sealed class SignaalInvoerTests(RegieApp app) : IClassFixture<RegieApp>
{
    private static readonly string TeLang = new('x', Signaal.MaxTekst + 1);

    [Theory]
    [InlineData(nameof(SignaalSoort.Anders), "", "Input.Toelichting", "Schrijf in uw eigen woorden wat er aan de hand is.")]
    [InlineData(nameof(SignaalSoort.HulpLooptVast), "2001", "Input.Toelichting", "Uw uitleg mag hoogstens 2000 tekens lang zijn.")]
    [InlineData("", "Ik weet het niet meer.", "Input.Soort", "Kies waar uw signaal over gaat.")]
    public async Task Signaal_met_lege_of_te_lange_tekst_geeft_een_melding_en_de_tekst_blijft_staan(string soort, string tekst, string veld, string melding)
    {
        var ouder = await app.IngelogdAlsAsync(Moeder);
        var ingevuld = tekst == "2001" ? TeLang : tekst;
        await using var db = app.NieuweDbContext();
        var voor = await db.Signalen.CountAsync();

        var response = await SignaalFormulier(await HtmlAsync(ouder, "/Ouders/Signaal"))
            .Met("Input.Soort", soort).Met("Input.Toelichting", ingevuld).PostAsync(ouder);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal(melding, Tekst(pagina, $"[data-valmsg-for='{veld}']"));
        Assert.Equal(ingevuld, pagina.QuerySelector("textarea[name='Input.Toelichting']")!.TextContent);
        if (soort.Length > 0) Assert.NotNull(pagina.QuerySelector($"input[name='Input.Soort'][value='{soort}'][checked]"));
        Assert.Equal(voor, await db.Signalen.CountAsync());
    }

    [Fact]
    public async Task Een_taak_van_een_andere_casus_wordt_geweigerd()
    {
        var ouder = await app.IngelogdAlsAsync(Moeder);
        await using var db = app.NieuweDbContext();
        var bakker = await CasusAsync(app, Demo.DemoData.BakkerCode);
        var vreemd = await db.Taken.Where(t => t.CasusId == bakker).Select(t => t.Id).FirstAsync();

        var response = await SignaalFormulier(await HtmlAsync(ouder, "/Ouders/Signaal"))
            .Met("Input.Soort", nameof(SignaalSoort.HulpLooptVast)).Met("Input.TaakId", vreemd.ToString()).PostAsync(ouder);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies een taak uit de lijst, of geen taak.", Tekst(await RegieApp.LeesHtmlAsync(response), "[data-valmsg-for='Input.TaakId']"));
        Assert.False(await db.Signalen.AnyAsync(s => s.TaakId == vreemd));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2001")]
    public async Task Lege_of_te_lange_aanvulling_van_de_ouder_geeft_een_melding_en_de_tekst_blijft_staan(string tekst)
    {
        var ouder = await app.IngelogdAlsAsync(Moeder);
        var id = await GeefSignaalAsync(ouder);
        var ingevuld = tekst == "2001" ? TeLang : tekst;
        var pagina = await HtmlAsync(ouder, $"/Ouders/Signalen/{id}");

        var response = await Formulier.Van(pagina.QuerySelector("form[action*='handler=Aanvullen']")!).Met("Tekst", ingevuld).PostAsync(ouder);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal(tekst == "" ? "Schrijf op wat u wilt toevoegen." : "Uw bericht mag hoogstens 2000 tekens lang zijn.", Tekst(html, "[data-valmsg-for='Tekst']"));
        Assert.Equal(ingevuld, html.QuerySelector("textarea[name='Tekst']")!.TextContent);
        await using var db = app.NieuweDbContext();
        Assert.Empty((await db.Signalen.Include(s => s.Berichten).SingleAsync(s => s.Id == id)).Berichten);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2001")]
    public async Task Leeg_of_te_lang_antwoord_van_de_regievoerder_geeft_een_melding_en_de_tekst_blijft_staan(string tekst)
    {
        var casus = await CasusAsync(app);
        var id = await GeefSignaalAsync(await app.IngelogdAlsAsync(Moeder));
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var ingevuld = tekst == "2001" ? TeLang : tekst;

        var response = await PostSignaalpaginaAsync(sanne, casus, id, "Beantwoord", ("Antwoord", ingevuld));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal(tekst == "" ? "Schrijf een antwoord voor de indiener." : "Het antwoord mag hoogstens 2000 tekens lang zijn.", Tekst(html, "[data-valmsg-for='Antwoord']"));
        Assert.Equal(ingevuld, html.QuerySelector("textarea[name='Antwoord']")!.TextContent);
        await using var db = app.NieuweDbContext();
        Assert.Equal(SignaalStatus.Open, (await db.Signalen.SingleAsync(s => s.Id == id)).Status);
    }

    [Fact]
    public async Task Sluiten_tegen_een_oude_stand_wordt_geweigerd_en_de_tekst_blijft_staan()
    {
        var casus = await CasusAsync(app);
        var ouder = await app.IngelogdAlsAsync(Moeder);
        var id = await GeefSignaalAsync(ouder);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignaalpaginaAsync(sanne, casus, id, "Beantwoord", ("Antwoord", "Ik bel u morgen."))).StatusCode);
        // The regievoerder has the page open (with its row version) while the ouder says the answer did not help.
        var open = await HtmlAsync(sanne, $"/Casussen/{casus}/Signalen/{id}");
        var sluiten = Formulier.Van(open.QuerySelector("form[action*='handler=Sluit']")!).Met("WatGedaan", "Telefonisch opgelost.");
        var eigen = await HtmlAsync(ouder, $"/Ouders/Signalen/{id}");
        Assert.Equal(HttpStatusCode.Redirect,
            (await Formulier.Van(eigen.QuerySelector("form[action*='handler=Oordeel']")!).Met("Geholpen", "false").PostAsync(ouder)).StatusCode);

        var response = await sluiten.PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal(CasusQueries.GelijktijdigGewijzigd, Tekst(html, "[data-valmsg-for='WatGedaan']"));
        Assert.Equal("Telefonisch opgelost.", html.QuerySelector("textarea[name='WatGedaan']")!.TextContent);
        Assert.Equal("Heropend", Tekst(html, "#signaal-status").Split(' ')[0]);
        await using var db = app.NieuweDbContext();
        Assert.Equal(SignaalStatus.Heropend, (await db.Signalen.SingleAsync(s => s.Id == id)).Status);
        // Sent again from what the page now shows, it goes through.
        Assert.Equal(HttpStatusCode.Redirect, (await Formulier.Van(html.QuerySelector("form[action*='handler=Sluit']")!).PostAsync(sanne)).StatusCode);
    }

    [Fact]
    public async Task Oordeel_zonder_ja_of_nee_geeft_een_melding()
    {
        var casus = await CasusAsync(app);
        var ouder = await app.IngelogdAlsAsync(Moeder);
        var id = await GeefSignaalAsync(ouder);
        await PostSignaalpaginaAsync(await app.IngelogdAlsAsync(Regievoerder), casus, id, "Beantwoord", ("Antwoord", "Geregeld."));
        var eigen = await HtmlAsync(ouder, $"/Ouders/Signalen/{id}");

        var response = await Formulier.Van(eigen.QuerySelector("form[action*='handler=Oordeel']")!).Met("Uitleg", "Weet ik nog niet.").PostAsync(ouder);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Kies ‘Ja’ of ‘Nee’.", Tekst(html, "[data-valmsg-for='Geholpen']"));
        Assert.Equal("Weet ik nog niet.", html.QuerySelector("textarea[name='Uitleg']")!.TextContent);
    }

    [Fact]
    public async Task Aanvulling_van_de_ouder_komt_bij_de_regievoerder()
    {
        var casus = await CasusAsync(app);
        var ouder = await app.IngelogdAlsAsync(Moeder);
        var id = await GeefSignaalAsync(ouder, nameof(SignaalSoort.WeetNietWieBellen), null);
        var pagina = await HtmlAsync(ouder, $"/Ouders/Signalen/{id}");

        var response = await Formulier.Van(pagina.QuerySelector("form[action*='handler=Aanvullen']")!)
            .Met("Tekst", "Het gaat over de school van Wesley.").PostAsync(ouder);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        Assert.Contains("Het gaat over de school van Wesley.", Tekst(await HtmlAsync(sanne, $"/Casussen/{casus}/Signalen/{id}"), "#gesprek"), StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        var sanneAccount = await AccountAsync(app, Regievoerder);
        Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == sanneAccount && m.Soort == MeldingSoort.SignaalAangevuld && m.OnderwerpId == id));
        Assert.True(await db.Logboek.AnyAsync(l => l.Omschrijving == $"Signaal {id} aangevuld"));
    }
}
