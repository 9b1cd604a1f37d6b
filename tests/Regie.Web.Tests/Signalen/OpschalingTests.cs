using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Signalen;

/// <summary>A professional raises an opschaling on the Signalen tab: to the procesregievoerder, or straight to the gemeente.</summary>
public sealed class OpschalingTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<HttpResponseMessage> SchaalOpAsync(HttpClient client, Guid casus, string soort, string reden, string naar)
    {
        var pagina = await HtmlAsync(client, $"/Casussen/{casus}/Signalen");
        return await Formulier.Van(pagina.QuerySelector("form[action*='handler=Opschaling']")!)
            .Met("Opschaling.Soort", soort).Met("Opschaling.Reden", reden).Met("Opschaling.Naar", naar).PostAsync(client);
    }

    private static Guid IdUit(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task Opschaling_naar_de_regievoerder_komt_bij_de_regievoerder_en_de_indiener_kan_aanvullen()
    {
        var casus = await CasusAsync(app);
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");

        var id = IdUit(await SchaalOpAsync(peter, casus, nameof(SignaalSoort.AfsprakenNietNagekomen), "School levert het rooster niet aan.", "Regievoerder"));

        await using var db = app.NieuweDbContext();
        var signaal = await db.Signalen.SingleAsync(s => s.Id == id);
        Assert.Equal((SignaalBron.Professional, await AccountAsync(app, "maatschappelijkwerker"), false), (signaal.Bron, signaal.IndienerId, signaal.IsGeescaleerd));
        var sanne = await AccountAsync(app, Regievoerder);
        Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == sanne && m.Soort == MeldingSoort.NieuweOpschaling && m.OnderwerpId == id));
        Assert.False(await db.Meldingen.AnyAsync(m => m.Soort == MeldingSoort.SignaalGeescaleerd && m.OnderwerpId == id));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Aangemaakt
            && l.Omschrijving == $"Opschaling {id} naar de procesregievoerder"));

        // The indiener sees their own opschaling and adds to it; the regievoerder answers, the indiener says it did not help.
        var aanvullen = await PostSignaalpaginaAsync(peter, casus, id, "Aanvullen", ("Tekst", "Ook deze week niet."));
        Assert.Equal(HttpStatusCode.Redirect, aanvullen.StatusCode);
        var regievoerder = await app.IngelogdAlsAsync(Regievoerder);
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignaalpaginaAsync(regievoerder, casus, id, "Beantwoord", ("Antwoord", "Ik spreek de school aan."))).StatusCode);
        Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == signaal.IndienerId && m.Soort == MeldingSoort.SignaalBeantwoord && m.OnderwerpId == id));
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignaalpaginaAsync(peter, casus, id, "Oordeel", ("Geholpen", "false"))).StatusCode);
        db.ChangeTracker.Clear();
        Assert.Equal(SignaalStatus.Heropend, (await db.Signalen.SingleAsync(s => s.Id == id)).Status);
    }

    [Fact]
    public async Task Opschaling_direct_naar_de_gemeente_geeft_een_melding_aan_de_regiocoordinator_zonder_regiecontact_en_telt_als_opgeschaald()
    {
        var casus = await CasusAsync(app);
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");

        var id = IdUit(await SchaalOpAsync(peter, casus, nameof(SignaalSoort.Anders), "De regievoerder is al weken onbereikbaar.", "Gemeente"));

        await using var db = app.NieuweDbContext();
        var signaal = await db.Signalen.SingleAsync(s => s.Id == id);
        Assert.True(signaal.IsGeescaleerd);
        Assert.Equal(1, signaal.AantalEscalaties);
        var coordinator = await AccountAsync(app, "regiocoordinator");
        Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == coordinator && m.Soort == MeldingSoort.SignaalGeescaleerd && m.OnderwerpId == id && m.CasusId == casus));
        Assert.True(await db.Logboek.AnyAsync(l => l.Omschrijving == $"Opschaling {id} direct naar de gemeente"));
        var pagina = await HtmlAsync(peter, $"/Casussen/{casus}/Signalen");
        Assert.Contains("Bij de gemeente", Tekst(pagina, $"#signaal-{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opschaling_direct_naar_de_gemeente_gaat_naar_het_regiecontact_als_de_gemeente_er_een_heeft()
    {
        var casus = await CasusAsync(app);
        await using var db = app.NieuweDbContext();
        var gemeente = await db.Organisaties.SingleAsync(o => o.Id == db.Casussen.Where(c => c.Id == casus).Select(c => c.GemeenteId).Single());
        var sanneMedewerker = await db.Medewerkers.SingleAsync(m => m.Email == $"{Regievoerder}@{Demo.DemoData.Domein}");
        Assert.True(gemeente.WijsRegieContactAan(sanneMedewerker).Gelukt);
        await db.SaveChangesAsync();
        var coordinator = await AccountAsync(app, "regiocoordinator");
        try
        {
            var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
            var id = IdUit(await SchaalOpAsync(peter, casus, nameof(SignaalSoort.AfsprakenNietNagekomen), "Afspraken lopen vast.", "Gemeente"));

            var contact = await AccountAsync(app, Regievoerder);
            Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == contact && m.Soort == MeldingSoort.SignaalGeescaleerd && m.OnderwerpId == id));
            Assert.False(await db.Meldingen.AnyAsync(m => m.GebruikerId == coordinator && m.OnderwerpId == id));
        }
        finally
        {
            gemeente.WijsRegieContactAan(null);
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [InlineData("", "Reden", "Regievoerder", "Opschaling.Soort", "Kies waarom u opschaalt.")]
    [InlineData("AfsprakenNietNagekomen", "", "Regievoerder", "Opschaling.Reden", "Schrijf op wat er aan de hand is.")]
    [InlineData("HulpLooptVast", "Reden", "Regievoerder", "Opschaling.Soort", "Kies een reden uit de lijst.")]
    [InlineData("Anders", "2001", "Gemeente", "Opschaling.Reden", "Uw uitleg mag hoogstens 2000 tekens lang zijn.")]
    [InlineData("Anders", "Reden", "", "Opschaling.Naar", "Kies naar wie de opschaling gaat.")]
    public async Task Opschaling_met_ontbrekende_of_foute_invoer_geeft_een_melding_en_de_tekst_blijft_staan(
        string soort, string reden, string naar, string veld, string melding)
    {
        var casus = await CasusAsync(app);
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var tekst = reden == "2001" ? new string('x', 2001) : reden;
        await using var db = app.NieuweDbContext();
        var voor = await db.Signalen.CountAsync();

        var response = await SchaalOpAsync(peter, casus, soort, tekst, naar);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal(melding, Tekst(html, $"[data-valmsg-for='{veld}']"));
        Assert.Equal(tekst, html.QuerySelector("textarea[name='Opschaling.Reden']")!.TextContent);
        Assert.Equal(voor, await db.Signalen.CountAsync());
    }

    [Fact]
    public async Task De_regievoerder_schaalt_zelf_alleen_op_naar_de_gemeente()
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{casus}/Signalen"));
        Assert.Null(pagina.QuerySelector("input[name='Opschaling.Naar']"));
        Assert.Contains("uw opschaling gaat direct naar de gemeente", pagina.QuerySelector("#kop-opschalen")!.ParentElement!.TextContent);

        var response = await SchaalOpAsync(sanne, casus, "AfsprakenNietNagekomen", "De school komt niet naar het MDO", "");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var opschaling = await db.Signalen.OrderByDescending(s => s.IngediendOp).FirstAsync(s => s.CasusId == casus && s.Bron == SignaalBron.Professional);
        Assert.True(opschaling.IsGeescaleerd);
        Assert.Equal(1, opschaling.AantalEscalaties);
    }
}
