using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Vragenlijsten;
using static Regie.Web.Tests.Vragenlijsten.Vragenlijsthulp;

namespace Regie.Web.Tests.Vragenlijsten;

/// <summary>The professionals' list of a meetmoment, filled in through /Vragenlijsten (the bell's melding links to
/// /Vragenlijsten/{aanbodId}).</summary>
public sealed class ProfessionalVragenlijstTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task De_behandelaar_vult_de_vragenlijst_van_een_meetmoment_in_zonder_namen_uit_haar_casussen()
    {
        var aanbodId = await ProfessionalAanbodAsync(app, "behandelaar");
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        var lijst = await HtmlAsync(ayse, "/Vragenlijsten");
        var url = $"/Vragenlijsten/{aanbodId}";
        Assert.NotNull(lijst.QuerySelector($"#open-vragenlijsten a[href='{url}']"));
        var pagina = await HtmlAsync(ayse, url);
        Assert.Equal(12, pagina.QuerySelectorAll("main fieldset.vraag").Length);
        Assert.Equal(3, pagina.QuerySelectorAll("main textarea").Length);
        var voor = await AantalInvullingenAsync(app);

        // Wesley is the son in Tukker, where Ayşe is betrokken this month.
        var geweigerd = await Formulier(pagina, url).Met("Antwoorden[P1]", "5").Met("Antwoorden[P14]", "Bij Wesley ging het mis.").PostAsync(ayse);

        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        var fout = await RegieApp.LeesHtmlAsync(geweigerd);
        Assert.Contains("In uw antwoord staat de naam \"Wesley\"", Foutmelding(fout, "P14"), StringComparison.Ordinal);
        Assert.Equal("Bij Wesley ging het mis.", fout.QuerySelector("textarea[name='Antwoorden[P14]']")!.TextContent);
        Assert.Equal(voor, await AantalInvullingenAsync(app));

        var ingevuld = await Formulier(fout, url).Met("Antwoorden[P14]", "Bij een wisseling van school.").Met("Antwoorden[P5]", "2").PostAsync(ayse);

        Assert.Equal(HttpStatusCode.Redirect, ingevuld.StatusCode);
        Assert.Equal("/Vragenlijsten", ingevuld.Headers.Location!.OriginalString);
        Assert.NotNull((await HtmlAsync(ayse, "/Vragenlijsten")).QuerySelector("#geen-vragenlijsten"));
        Assert.Equal(AanbodStatus.Ingevuld, await StatusAsync(app, aanbodId));
        await using var db = app.NieuweDbContext();
        var invulling = await db.VragenlijstInvullingen.SingleAsync(v => v.Doelgroep == Doelgroep.Professionals);
        Assert.Null(invulling.GemeenteId);
        Assert.Empty(invulling.Indicaties);
        Assert.Equal(["P1", "P14", "P5"], invulling.Antwoorden.Select(a => a.ItemCode).Order(StringComparer.Ordinal));
        var regel = await db.Logboek.SingleAsync(l => l.Entiteit == "Vragenlijst");
        Assert.Null(regel.CasusId);
        Assert.Equal(await AccountAsync(app, "behandelaar"), regel.GebruikerId);
        Assert.Equal(LogboekActie.Aangemaakt, regel.Actie);
        Assert.Equal("Vragenlijst ingevuld", regel.Omschrijving);
    }

    [Fact]
    public async Task Een_ouder_en_een_buitenstaander_komen_niet_bij_de_vragenlijst_van_een_professional()
    {
        var aanbodId = await ProfessionalAanbodAsync(app, "maatschappelijkwerker");
        var buitenstaander = await app.IngelogdAlsAsync("buitenstaander");
        var ouder = await app.IngelogdAlsAsync("ouder");

        Assert.Equal(HttpStatusCode.NotFound, (await buitenstaander.GetAsync($"/Vragenlijsten/{aanbodId}")).StatusCode);
        Assert.NotNull((await HtmlAsync(buitenstaander, "/Vragenlijsten")).QuerySelector("#geen-vragenlijsten"));
        var doorgestuurd = await ouder.GetAsync($"/Vragenlijsten/{aanbodId}");
        Assert.Equal(HttpStatusCode.Redirect, doorgestuurd.StatusCode);
        Assert.Contains("/Account/Geweigerd", doorgestuurd.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(AanbodStatus.Open, await StatusAsync(app, aanbodId));
    }
}
