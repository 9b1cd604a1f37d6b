using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Demo;
using static Regie.Web.Tests.Vragenlijsten.Vragenlijsthulp;

namespace Regie.Web.Tests.Vragenlijsten;

/// <summary>The ouders' questionnaire on offers made for the test: one answer per offer, names refused, nothing that leads back.</summary>
public sealed class VragenlijstInvullenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private static string Url(Guid aanbodId) => $"/Ouders/Vragenlijst/{aanbodId}";

    [Fact]
    public async Task Een_tweede_en_een_gelijktijdige_inzending_bewaren_een_antwoord()
    {
        var aanbodId = await OuderAanbodAsync(app);
        var ouder = await app.IngelogdAlsAsync("ouder");
        var formulier = Formulier(await HtmlAsync(ouder, Url(aanbodId)), Url(aanbodId)).Met("Antwoorden[O2]", "3");
        var voor = await AantalInvullingenAsync(app);

        var tegelijk = await Task.WhenAll(formulier.PostAsync(ouder), formulier.PostAsync(ouder));
        var later = await formulier.PostAsync(ouder);

        Assert.Single(tegelijk, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var tweede in tegelijk.Where(r => r.StatusCode != HttpStatusCode.Redirect).Append(later))
        {
            Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
            var pagina = await RegieApp.LeesHtmlAsync(tweede);
            Assert.Contains("U heeft deze vragenlijst al ingevuld. Dank u wel.", pagina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(voor + 1, await AantalInvullingenAsync(app));
        Assert.Equal(AanbodStatus.Ingevuld, await StatusAsync(app, aanbodId));
    }

    [Fact]
    public async Task De_antwoordtabel_kan_niet_worden_teruggekoppeld_aan_account_casus_of_betrokkene()
    {
        var aanbodId = await OuderAanbodAsync(app);
        var ouder = await app.IngelogdAlsAsync("ouder");
        var ingevuld = await Formulier(await HtmlAsync(ouder, Url(aanbodId)), Url(aanbodId))
            .Met("Antwoorden[O3]", "2").Met("Antwoorden[O9]", "Minder wisselingen graag.").PostAsync(ouder);
        Assert.Equal(HttpStatusCode.Redirect, ingevuld.StatusCode);

        await using var verbinding = new NpgsqlConnection(app.ConnectionString);
        await verbinding.OpenAsync();
        var kolommen = await LijstAsync(verbinding, """
            SELECT column_name FROM information_schema.columns WHERE table_name = 'VragenlijstInvullingen'
            """);
        // The scores per theme are the answers' averages, kept for the region's figures: nothing that points at anyone.
        Assert.Equal(["Antwoorden", "Doelgroep", "GemeenteId", "Id", "Indicaties", "Maand", "Maatregel", "ScoreContinuiteit", "ScoreDuidelijkheid",
            "ScoreRust", "VragenlijstversieId"], kolommen.Order());
        var verwijzingen = await LijstAsync(verbinding, """
            SELECT confrelid::regclass::text FROM pg_constraint
            WHERE conrelid = '"VragenlijstInvullingen"'::regclass AND contype = 'f'
            """);
        Assert.Equal(["\"Organisaties\"", "\"Vragenlijstversies\""], verwijzingen.Order());

        Guid casus, ellen, betrokkene;
        await using (var db = app.NieuweDbContext())
        {
            var aanbod = await db.Vragenlijstaanbiedingen.SingleAsync(a => a.Id == aanbodId);
            (casus, ellen) = (aanbod.CasusId!.Value, aanbod.GebruikerId);
            betrokkene = (await db.Users.SingleAsync(u => u.Id == ellen)).BetrokkeneId!.Value;
        }
        // Every column of every stored answer, as text: none is one of the ids that lead to Ellen.
        var waarden = await LijstAsync(verbinding, """
            SELECT j.value FROM "VragenlijstInvullingen" v, jsonb_each_text(to_jsonb(v)) j WHERE j.value IS NOT NULL
            """);
        Assert.NotEmpty(waarden);
        foreach (var id in new[] { casus, ellen, betrokkene, aanbodId })
            Assert.DoesNotContain(waarden, w => w.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Een_open_antwoord_met_een_naam_wordt_geweigerd_en_alles_blijft_staan()
    {
        var aanbodId = await OuderAanbodAsync(app);
        var ouder = await app.IngelogdAlsAsync("ouder");
        var voor = await AantalInvullingenAsync(app);

        var geweigerd = await Formulier(await HtmlAsync(ouder, Url(aanbodId)), Url(aanbodId))
            .Met("Antwoorden[O1]", "2").Met("Antwoorden[O9]", "Dat peter vaak te laat kwam.").PostAsync(ouder);

        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(geweigerd);
        Assert.Contains("In uw antwoord staat de naam \"peter\". Laat namen weg", Foutmelding(pagina, "O9"), StringComparison.Ordinal);
        Assert.NotNull(pagina.QuerySelector(".foutsamenvatting a[href='#Antwoorden_O9_']"));
        Assert.Equal("Dat peter vaak te laat kwam.", pagina.QuerySelector("textarea[name='Antwoorden[O9]']")!.TextContent);
        Assert.NotNull(pagina.QuerySelector("input[name='Antwoorden[O1]'][value='2'][checked]"));
        Assert.Equal(voor, await AantalInvullingenAsync(app));
        Assert.Equal(AanbodStatus.Open, await StatusAsync(app, aanbodId));

        var leeg = await Formulier(pagina, Url(aanbodId)).Met("Antwoorden[O1]", "").Met("Antwoorden[O9]", " ").PostAsync(ouder);
        Assert.Contains("Beantwoord minstens één vraag, of kies 'Ik doe niet mee'.", (await RegieApp.LeesHtmlAsync(leeg)).QuerySelector(".foutsamenvatting")!.TextContent,
            StringComparison.Ordinal);
        var onzin = await Formulier(pagina, Url(aanbodId)).Met("Antwoorden[O1]", "9").Met("Antwoorden[O9]", "").PostAsync(ouder);
        Assert.Contains("een antwoord van 1 tot en met 5", Foutmelding(await RegieApp.LeesHtmlAsync(onzin), "O1"), StringComparison.Ordinal);
        Assert.Equal(voor, await AantalInvullingenAsync(app));
    }

    [Fact]
    public async Task Ik_doe_niet_mee_bewaart_geen_antwoord_en_sluit_het_aanbod()
    {
        var aanbodId = await OuderAanbodAsync(app);
        var ouder = await app.IngelogdAlsAsync("ouder");
        var voor = await AantalInvullingenAsync(app);

        var response = await Formulier(await HtmlAsync(ouder, Url(aanbodId)), $"{Url(aanbodId)}?handler=NietMee").PostAsync(ouder);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AanbodStatus.Afgezien, await StatusAsync(app, aanbodId));
        Assert.Equal(voor, await AantalInvullingenAsync(app));
        Assert.Contains("niet mee te doen", (await HtmlAsync(ouder, Url(aanbodId))).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Andermans_onbekend_of_misvormd_aanbod_geeft_404()
    {
        var vanEllen = await OuderAanbodAsync(app);
        var vanSanne = await ProfessionalAanbodAsync(app, "jeugdconsulent");
        var johan = await Signalen.Signaalhulp.OuderAsync(app, DemoData.TukkerCode, "Johan Tukker");
        var ellen = await app.IngelogdAlsAsync("ouder");
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        var token = (await HtmlAsync(johan, "/Ouders/Signaal")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await johan.GetAsync(Url(vanEllen))).StatusCode);
        var post = await johan.PostAsync(Url(vanEllen), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Antwoorden[O1]"] = "1",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ellen.GetAsync(Url(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ellen.GetAsync("/Ouders/Vragenlijst/niet-een-id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ellen.GetAsync(Url(vanSanne))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ayse.GetAsync($"/Vragenlijsten/{vanSanne}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ayse.GetAsync($"/Vragenlijsten/{vanEllen}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ayse.GetAsync("/Vragenlijsten/12345")).StatusCode);
        Assert.Equal(AanbodStatus.Open, await StatusAsync(app, vanEllen));
    }

    private static async Task<List<string>> LijstAsync(NpgsqlConnection verbinding, string sql)
    {
        await using var commando = new NpgsqlCommand(sql, verbinding);
        await using var lezer = await commando.ExecuteReaderAsync();
        var rijen = new List<string>();
        while (await lezer.ReadAsync()) rijen.Add(lezer.GetString(0));
        return rijen;
    }
}
