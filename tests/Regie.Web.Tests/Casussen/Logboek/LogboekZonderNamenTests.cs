using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;

namespace Regie.Web.Tests.Casussen.Logboek;

/// <summary>The logboek is append-only, so it can never be anonymised: its lines carry ids and field names, never a
/// name, e-mailadres or typed text. Pages put today's names back when they show it, and only to whoever may see them.</summary>
public sealed class LogboekZonderNamenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private static readonly string[] Getypt =
    [
        "Hulpvraagtekst-Kievit", "Vader-Roltekst", "Taaktekst-Fazant", "Onderdeel-Kwartelkoning", "Staptekst-Wielewaal",
        "Redentekst-Grutto", "Notitie-Roerdomp", "quirijn.zwaluw", "0612345678",
    ];

    [Fact]
    public async Task Na_een_reeks_wijzigingen_staat_geen_naam_e_mailadres_of_getypte_tekst_in_het_logboek()
    {
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var nieuw = await Pagina(sanne, "/Casussen/Nieuw");
        var geopend = await Formulier.Van(nieuw.QuerySelector("main form")!, "/Casussen/Nieuw")
            .Met("Input.Gezinsnaam", "Zwaluwstaart").Plus("Input.Indicaties", "OB3C").Met("Input.Hulpvraag", "Hulpvraagtekst-Kievit")
            .PostAsync(sanne);
        Assert.Equal(HttpStatusCode.Redirect, geopend.StatusCode);
        var basis = geopend.Headers.Location!.OriginalString.Replace("/Betrokkenen", "", StringComparison.Ordinal);

        var betrokkenen = await Pagina(sanne, $"{basis}/Betrokkenen");
        await Verstuur(sanne, Formulier.Van(betrokkenen.QuerySelector("form[action*='handler=Persoon']")!)
            .Met("Persoon.Soort", "Gezinslid").Met("Persoon.Naam", "Quirijn Zwaluwstaart").Met("Persoon.RolOfRelatie", "Vader-Roltekst")
            .Met("Persoon.IsOuder", "true").Met("Persoon.Email", "quirijn.zwaluw@example.nl").Met("Persoon.Telefoon", "0612345678"));
        betrokkenen = await Pagina(sanne, $"{basis}/Betrokkenen");
        await Verstuur(sanne, Formulier.Van(betrokkenen.QuerySelector("form[action*='handler=Persoon']")!)
            .Met("Persoon.Soort", "Netwerk").Met("Persoon.Naam", "Bertha Korhoen").Met("Persoon.RolOfRelatie", "Buurvrouw"));
        betrokkenen = await Pagina(sanne, $"{basis}/Betrokkenen");
        await Verstuur(sanne, Formulier.Van(betrokkenen.QuerySelector("form[action*='handler=Professional']")!)
            .Met("Professional.Bron", "Medewerker").Met("Professional.MedewerkerId", OptieWaarde(betrokkenen, "Professional.MedewerkerId", "Peter Jansen"))
            .Met("Professional.RolOfRelatie", "Maatschappelijk werker"));

        var taken = await Pagina(sanne, $"{basis}/Taken");
        await Verstuur(sanne, Formulier.Van(taken.QuerySelector("form[action*='handler=Nieuw']")!)
            .Met("Nieuw.Omschrijving", "Taaktekst-Fazant").Met("Nieuw.BetrokkeneId", OptieWaarde(taken, "Nieuw.BetrokkeneId", "Quirijn")));

        var regie = await Pagina(sanne, $"{basis}/Regie");
        await Verstuur(sanne, Formulier.Van(regie.QuerySelector("form[action*='handler=InhoudelijkeRegie']")!)
            .Met("Inhoudelijk.BetrokkeneId", OptieWaarde(regie, "Inhoudelijk.BetrokkeneId", "Peter Jansen")).Met("Inhoudelijk.Onderdeel", "Onderdeel-Kwartelkoning"));
        regie = await Pagina(sanne, $"{basis}/Regie");
        await Verstuur(sanne, Formulier.Van(regie.QuerySelector("form[action*='handler=Overdracht']")!)
            .Met("Voorstel.OpvolgerId", OptieWaarde(regie, "Voorstel.OpvolgerId", "Peter Jansen")).Met("Voorstel.Notitie", "Notitie-Roerdomp"));

        var mdo = await Pagina(sanne, $"{basis}/Mdo");
        await Verstuur(sanne, Formulier.Van(mdo.QuerySelector("#stap-3 form[action*='handler=Stap']")!)
            .Met("Stap.Afspraken", "Staptekst-Wielewaal").Met("Stap.Status", "InBespreking"));

        Guid bertha;
        await using (var db = app.NieuweDbContext()) bertha = await db.Betrokkenen.Where(b => b.Naam == "Bertha Korhoen").Select(b => b.Id).SingleAsync();
        betrokkenen = await Pagina(sanne, $"{basis}/Betrokkenen");
        await Verstuur(sanne, Formulier.Van(betrokkenen.QuerySelectorAll("form[action*='handler=Beeindig']")
                .First(f => f.QuerySelector($"input[name='Einde.BetrokkeneId'][value='{bertha}']") is not null))
            .Met("Einde.Reden", "Redentekst-Grutto"));

        var ouders = await Pagina(sanne, $"{basis}/Ouders");
        await Verstuur(sanne, Formulier.Van(ouders.QuerySelector("main form.formulier")!, $"{basis}/Ouders")
            .Met("Input.BetrokkeneId", OptieWaarde(ouders, "Input.BetrokkeneId", "Quirijn")).Met("Input.Email", "quirijn.zwaluw@example.nl"));

        await using var controle = app.NieuweDbContext();
        var gezinsnamen = await controle.Casussen.Select(c => c.Gezinsnaam).ToListAsync();
        var personen = await controle.Betrokkenen.Select(b => new { b.Naam, b.Email, b.Soort }).ToListAsync();
        var verboden = gezinsnamen.Concat(personen.Select(p => p.Naam)).Concat(personen.Select(p => p.Email).OfType<string>()).Concat(Getypt).ToList();
        var familie = personen.Where(p => p.Soort != BetrokkeneSoort.Professional).Select(p => p.Naam).ToList();
        var regels = await controle.Logboek.ToListAsync();
        Assert.Contains(regels, r => r.Entiteit == "Ouderaccount" && r.Omschrijving?.StartsWith("Ouderaccount voor betrokkene ", StringComparison.Ordinal) == true);
        Assert.All(regels, r =>
        {
            Assert.DoesNotContain(verboden, v => r.Omschrijving?.Contains(v, StringComparison.OrdinalIgnoreCase) == true);
            Assert.DoesNotContain(familie, v => r.Gebruiker.Contains(v, StringComparison.OrdinalIgnoreCase));
        });

        // The regievoerder sees who is meant; the beheerder sees the casus code only.
        var logboek = (await Pagina(sanne, $"{basis}/Logboek")).Body!.TextContent;
        Assert.Contains("Ouderaccount voor Quirijn Zwaluwstaart uitgenodigd", logboek, StringComparison.Ordinal);
        Assert.Contains("Inhoudelijke regie", logboek, StringComparison.Ordinal);
        var beheer = (await Pagina(await app.IngelogdAlsAsync("beheerder"), "/Beheer/Logboek")).Body!.TextContent;
        Assert.DoesNotContain("Zwaluwstaart", beheer, StringComparison.Ordinal);
        Assert.DoesNotContain("Korhoen", beheer, StringComparison.Ordinal);
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
}
