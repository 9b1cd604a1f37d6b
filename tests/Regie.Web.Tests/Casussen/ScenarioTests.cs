using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Handreiking;
using Regie.Web.Tests.Casussen.Vaststellen;

namespace Regie.Web.Tests.Casussen;

/// <summary>The whole MDO story from the issue, through the real forms: a new family, five betrokkenen, the seven steps,
/// regie, vaststellen with the ouders' akkoord, a warm overdracht and version 2.</summary>
public sealed class ScenarioTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Van_nieuwe_casus_tot_versie_2_na_een_warme_overdracht()
    {
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        // 1. Nieuwe casus
        var nieuw = await Pagina(sanne, "/Casussen/Nieuw");
        var geopend = await Formulier.Van(nieuw.QuerySelector("main form")!, "/Casussen/Nieuw")
            .Met("Input.Gezinsnaam", "De Jong").Plus("Input.Indicaties", "OB3C")
            .Met("Input.Hulpvraag", "Ouders willen overzicht: wie helpt ons met Lotte (12) en met de schulden?")
            .PostAsync(sanne);
        Assert.Equal(HttpStatusCode.Redirect, geopend.StatusCode);
        var basis = geopend.Headers.Location!.OriginalString.Replace("/Betrokkenen", "", StringComparison.Ordinal);
        var casusId = Guid.Parse(basis[(basis.LastIndexOf('/') + 1)..]);

        // 2. Vijf betrokkenen
        await Persoon(sanne, basis, "Gezinslid", "Erik de Jong", "Vader", ouder: true);
        await Persoon(sanne, basis, "Gezinslid", "Mira de Jong", "Moeder", ouder: true);
        await Persoon(sanne, basis, "Gezinslid", "Lotte de Jong", "Dochter, 12 jaar", ouder: false);
        await Persoon(sanne, basis, "Netwerk", "Henk Bos", "Buurman", ouder: false);
        var betrokkenen = await Pagina(sanne, $"{basis}/Betrokkenen");
        var peterMedewerker = OptieWaarde(betrokkenen, "Professional.MedewerkerId", "Peter Jansen");
        await Verstuur(sanne, Formulier.Van(betrokkenen.QuerySelector("form[action*='handler=Professional']")!)
            .Met("Professional.Bron", "Medewerker").Met("Professional.MedewerkerId", peterMedewerker)
            .Met("Professional.RolOfRelatie", "Maatschappelijk werker: schulden"));

        // 3. Wie doet wat
        foreach (var (wie, wat) in new[] { ("Peter Jansen", "Schuldenoverzicht maken met ouders"), ("Mira de Jong", "Afspraak met de huisarts maken") })
        {
            var taken = await Pagina(sanne, $"{basis}/Taken");
            await Verstuur(sanne, Formulier.Van(taken.QuerySelector("form[action*='handler=Nieuw']")!)
                .Met("Nieuw.Omschrijving", wat).Met("Nieuw.BetrokkeneId", OptieWaarde(taken, "Nieuw.BetrokkeneId", wie))
                .Met("Nieuw.Resultaat", "Rust in het gezin"));
        }

        // 4. MDO-modus: aanwezigen, evaluatiedatum, zeven stappen afgesproken
        var mdo = await Pagina(sanne, $"{basis}/Mdo");
        var overleg = Formulier.Van(mdo.QuerySelector("#overleg form")!).Met("Overleg.Besluiten", "Handreiking samen doorgenomen.");
        foreach (var id in mdo.QuerySelectorAll("#overleg input[name='Overleg.Aanwezigen']").Select(i => i.GetAttribute("value")!))
            overleg.Plus("Overleg.Aanwezigen", id);
        await Verstuur(sanne, overleg);
        await Verstuur(sanne, Formulier.Van((await Pagina(sanne, $"{basis}/Mdo")).QuerySelector("form[action*='handler=Evaluatie']")!)
            .Met("Evaluatie.Datum", "2027-02-15"));
        for (var nummer = 1; nummer <= 7; nummer++) await Stap(sanne, basis, nummer, $"Afspraak bij stap {nummer}, samen met ouders.");

        // 5. Vaststellen met akkoord van de ouders
        await Vaststellen(sanne, basis, "Duidelijk, dank jullie wel.");
        await using (var db = app.NieuweDbContext())
        {
            var v1 = await db.Handreikingversies.SingleAsync(v => v.CasusId == casusId);
            Assert.Equal(1, v1.Volgnummer);
            Assert.Equal(6, v1.Inhoud.Betrokkenen.Count); // Sanne + five
            Assert.Equal("Sanne de Vries", v1.Inhoud.Procesregie.Naam);
        }

        // 6. Warme overdracht naar Peter: tot hij accepteert blijft Sanne regievoerder
        var regie = await Pagina(sanne, $"{basis}/Regie");
        await Verstuur(sanne, Formulier.Van(regie.QuerySelector("form[action*='handler=Overdracht']")!)
            .Met("Voorstel.OpvolgerId", OptieWaarde(regie, "Voorstel.OpvolgerId", "Peter Jansen"))
            .Met("Voorstel.Notitie", "De schulden staan nu centraal; Peter kent het gezin goed."));
        Assert.Contains("Tot de opvolger accepteert", (await Pagina(sanne, $"{basis}/Regie")).Body!.TextContent, StringComparison.Ordinal);

        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        await Verstuur(peter, Formulier.Van((await Pagina(peter, $"{basis}/Regie")).QuerySelector("form[action*='handler=Accepteer']")!));

        // 7. Regie en communicatie opnieuw afspreken, dan versie 2 door de nieuwe regievoerder
        await Stap(peter, basis, 4, "Peter Jansen voert nu de procesregie.");
        await Stap(peter, basis, 5, "Peter is het aanspreekpunt voor ouders.");
        await Vaststellen(peter, basis, null);

        await using var controle = app.NieuweDbContext();
        var versies = await controle.Handreikingversies.Where(v => v.CasusId == casusId).OrderBy(v => v.Volgnummer).ToListAsync();
        Assert.Equal([VersieStatus.Vervangen, VersieStatus.Geldend], versies.Select(v => v.Status));
        Assert.Equal("Peter Jansen", versies[1].Inhoud.Procesregie.Naam);
        Assert.Equal("Peter Jansen", versies[1].VastgesteldDoor);
        Assert.True(versies[1].OudersAkkoord);
    }

    private static async Task<IHtmlDocument> Pagina(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RegieApp.LeesHtmlAsync(response);
    }

    private static async Task Verstuur(HttpClient client, Formulier formulier)
    {
        var response = await formulier.PostAsync(client);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var fout = (await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting")?.TextContent;
            Assert.Fail($"{formulier.Actie} gaf {(int)response.StatusCode}: {fout}");
        }
    }

    private static string OptieWaarde(IHtmlDocument pagina, string select, string tekst) =>
        pagina.QuerySelectorAll($"select[name='{select}'] option").First(o => o.TextContent.Contains(tekst, StringComparison.Ordinal)).GetAttribute("value")!;

    private static async Task Persoon(HttpClient client, string basis, string soort, string naam, string rol, bool ouder)
    {
        var pagina = await Pagina(client, $"{basis}/Betrokkenen");
        var formulier = Formulier.Van(pagina.QuerySelector("form[action*='handler=Persoon']")!)
            .Met("Persoon.Soort", soort).Met("Persoon.Naam", naam).Met("Persoon.RolOfRelatie", rol);
        if (ouder) formulier.Met("Persoon.IsOuder", "true");
        await Verstuur(client, formulier);
    }

    private static async Task Stap(HttpClient client, string basis, int nummer, string tekst)
    {
        var pagina = await Pagina(client, $"{basis}/Mdo");
        await Verstuur(client, Formulier.Van(pagina.QuerySelector($"#stap-{nummer} form[action*='handler=Stap']")!)
            .Met("Stap.Afspraken", tekst).Met("Stap.Status", "Afgesproken"));
    }

    private static async Task Vaststellen(HttpClient client, string basis, string? opmerking)
    {
        var pagina = await Pagina(client, $"{basis}/Vaststellen");
        await Verstuur(client, Vaststelformulier.Van(pagina, $"{basis}/Vaststellen").IedereenAkkoord(pagina, opmerking));
    }
}
