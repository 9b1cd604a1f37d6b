using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;
using Regie.Web.Demo;
using Regie.Web.Tests.Casussen;

namespace Regie.Web.Tests.Beheer;

/// <summary>A regievoerder leaves the organisation: beheer asks for an overdracht first, and once the account is gone the
/// gemeente or the beheerder names a new procesregievoerder, with a reden, in the logboek.</summary>
public sealed class RegievoerderVertrektTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<(Guid Casus, Guid Account, Dictionary<string, Guid> Betrokkenen)> GegevensAsync(string code, string account)
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
        var gebruiker = await db.Users.Where(u => u.Email == $"{account}@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
        return (casus, gebruiker, await db.Betrokkenen.Where(b => b.CasusId == casus).ToDictionaryAsync(b => b.Naam, b => b.Id));
    }

    private async Task<(Guid? Regievoerder, string? RedenEindeVorige)> RegieAsync(Guid casus)
    {
        await using var db = app.NieuweDbContext();
        var toewijzingen = await db.Regietoewijzingen.Where(r => r.CasusId == casus && r.Soort == RegieSoort.Procesregie).OrderBy(r => r.Van).ToListAsync();
        return (toewijzingen.SingleOrDefault(r => r.IsActief)?.BetrokkeneId, toewijzingen.LastOrDefault(r => !r.IsActief)?.RedenEinde);
    }

    private static Formulier FormulierVoor(IHtmlDocument pagina, string handler) =>
        Formulier.Van(pagina.QuerySelector($"form[action*='handler={handler}']") ?? throw new InvalidOperationException($"Geen formulier {handler}"));

    [Fact]
    public async Task Deactiveren_van_de_regievoerder_toont_eerst_de_casuscodes_en_daarna_wijst_de_gemeente_een_nieuwe_aan()
    {
        var (casus, sanneAccount, b) = await GegevensAsync(DemoData.TukkerCode, "jeugdconsulent");
        var fenna = await Gemeenteprofessional.IngelogdAsync(app, DemoData.TukkerCode, "Fenna Wolters", "fenna.wolters@demo.regie.test");
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        // While Sanne can still log in, a warm overdracht is the way: no reassignment for the gemeente.
        var regieVooraf = await RegieApp.LeesHtmlAsync(await fenna.GetAsync($"/Casussen/{casus}/Regie"));
        Assert.Null(regieVooraf.QuerySelector("#regievoerder-vertrokken"));

        var geweigerd = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts", Formulieren.Handler("Deactiveer", sanneAccount));

        Assert.Equal($"/Beheer/Accounts/{sanneAccount}", geweigerd.Headers.Location!.OriginalString);
        var accountPagina = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync(geweigerd.Headers.Location));
        Assert.Contains(DemoData.TukkerCode, accountPagina.QuerySelector("#regie-casussen")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"voert de procesregie in {DemoData.TukkerCode}. Vraag eerst om een overdracht", accountPagina.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Tukker", accountPagina.Body.TextContent.Replace(DemoData.TukkerCode, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotNull(accountPagina.QuerySelector("input[name=tochDeactiveren]"));
        await using (var db = app.NieuweDbContext()) Assert.True(await db.Users.Where(u => u.Id == sanneAccount).Select(u => u.Actief).SingleAsync());

        var toch = await Formulier.Van(accountPagina.QuerySelector("form[action*='handler=Deactiveer']")!).Met("tochDeactiveren", "true").PostAsync(beheerder);

        Assert.Equal(HttpStatusCode.Redirect, toch.StatusCode);
        await using (var db = app.NieuweDbContext())
        {
            Assert.False(await db.Users.Where(u => u.Id == sanneAccount).Select(u => u.Actief).SingleAsync());
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Omschrijving == "Account van de procesregievoerder gedeactiveerd"));
        }

        // A betrokkene who is not of the gemeente gets neither the form nor the handler.
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        Assert.Null((await RegieApp.LeesHtmlAsync(await peter.GetAsync($"/Casussen/{casus}/Regie"))).QuerySelector("#regievoerder-vertrokken"));
        var regie = await RegieApp.LeesHtmlAsync(await fenna.GetAsync($"/Casussen/{casus}/Regie"));
        Assert.NotNull(regie.QuerySelector("#regievoerder-vertrokken"));
        var formulier = FormulierVoor(regie, "OpnieuwToewijzen");
        var zonderReden = await formulier.Met("Vervanging.BetrokkeneId", b["Peter Jansen"].ToString()).PostAsync(fenna);
        Assert.Contains("Schrijf op waarom", (await RegieApp.LeesHtmlAsync(zonderReden)).QuerySelector("[data-valmsg-for='Vervanging.Reden']")!.TextContent, StringComparison.Ordinal);

        var response = await formulier.Met("Vervanging.Reden", "Sanne is uit dienst; niemand kon de regie nog overdragen.").PostAsync(fenna);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((b["Peter Jansen"], "Sanne is uit dienst; niemand kon de regie nog overdragen."), await RegieAsync(casus));
        await using var controle = app.NieuweDbContext();
        Assert.True(await controle.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Gewijzigd
            && l.Omschrijving!.Contains($"Procesregie opnieuw toegewezen aan betrokkene {b["Peter Jansen"]}")));
        Assert.Equal("InBespreking", (await controle.CasusStappen.SingleAsync(s => s.CasusId == casus && s.Soort == Domain.Handreiking.StapSoort.Regie)).Status.ToString());
        // Now that Peter holds regie, the gemeente has nothing to reassign.
        Assert.Null((await RegieApp.LeesHtmlAsync(await fenna.GetAsync($"/Casussen/{casus}/Regie"))).QuerySelector("#regievoerder-vertrokken"));
    }

    [Fact]
    public async Task De_beheerder_wijst_onder_een_OTS_een_nieuwe_regievoerder_bij_een_gecertificeerde_instelling_aan()
    {
        var (casus, martijnAccount, b) = await GegevensAsync(DemoData.BakkerCode, "jeugdbeschermer");
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var url = $"/Beheer/Accounts/{martijnAccount}/Regie/{casus}";
        // Before the account is gone there is nothing to reassign here.
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync(url)).StatusCode);
        Guid rik;
        await using (var db = app.NieuweDbContext())
        {
            var bakker = await db.Casussen.Include(c => c.Betrokkenen).SingleAsync(c => c.Id == casus);
            var gi = await db.Organisaties.SingleAsync(o => o.Type == OrganisatieType.GecertificeerdeInstelling);
            rik = bakker.VoegBetrokkeneToe(new(BetrokkeneSoort.Professional, "Rik Mol", "Jeugdbeschermer", null, null, null, gi.Id, gi.Naam, gi.Type),
                DateOnly.FromDateTime(RegieApp.Start.UtcDateTime)).Waarde!.Id;
            await db.SaveChangesAsync();
        }
        var accountPagina = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync($"/Beheer/Accounts/{martijnAccount}"));
        Assert.Equal(HttpStatusCode.Redirect, (await Formulier.Van(accountPagina.QuerySelector("form[action*='handler=Deactiveer']")!)
            .Met("tochDeactiveren", "true").PostAsync(beheerder)).StatusCode);

        var pagina = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync(url));
        var keuzes = pagina.QuerySelectorAll("select[name='Input.BetrokkeneId'] option").Select(o => o.TextContent).ToList();
        Assert.Contains(keuzes, k => k.StartsWith("Rik Mol", StringComparison.Ordinal));
        Assert.DoesNotContain(keuzes, k => k.StartsWith("Femke Smit", StringComparison.Ordinal));
        Assert.DoesNotContain("Noah", pagina.Body!.TextContent, StringComparison.Ordinal);
        var formulier = Formulier.Van(pagina.QuerySelector("main form")!, url).Met("Input.Reden", "Martijn is vertrokken.");

        var naarGemeente = await formulier.Met("Input.BetrokkeneId", b["Femke Smit"].ToString()).PostAsync(beheerder);
        Assert.Contains("gecertificeerde instelling", (await RegieApp.LeesHtmlAsync(naarGemeente)).QuerySelector("[data-valmsg-for='Input.BetrokkeneId']")!.TextContent, StringComparison.Ordinal);

        var response = await formulier.Met("Input.BetrokkeneId", rik.ToString()).PostAsync(beheerder);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((rik, "Martijn is vertrokken."), await RegieAsync(casus));
        await using var controle = app.NieuweDbContext();
        Assert.True(await controle.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Gewijzigd
            && l.Omschrijving!.Contains($"Procesregie opnieuw toegewezen aan betrokkene {rik} door beheer")));
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync(url)).StatusCode);
    }
}
