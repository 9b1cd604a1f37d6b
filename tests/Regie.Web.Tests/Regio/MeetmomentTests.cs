using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Regio;

public sealed class MeetmomentTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Pagina = "/Regio/Meetmomenten";

    /// <summary>A professional with an account (active or not), betrokken in the given casussen over the given days
    /// (the demo's own betrokkenen all start in October 2026, after the periods these tests choose).</summary>
    private async Task<Guid> ProfessionalAsync(string naam, bool actief, params (string Casus, DateOnly Van, DateOnly? Tot)[] betrokken)
    {
        var email = $"{naam.ToLowerInvariant().Replace(' ', '.')}@voorbeeld.nl";
        await using var db = app.NieuweDbContext();
        var organisatie = await db.Organisaties.FirstAsync(o => o.Type == OrganisatieType.Zorgaanbieder);
        var medewerker = new Medewerker(organisatie.Id, naam, email, "Begeleider", "0546 000 000", null);
        db.Medewerkers.Add(medewerker);
        var nieuw = new List<(Betrokkene Betrokkene, DateOnly Van, DateOnly? Tot)>();
        foreach (var (code, van, tot) in betrokken)
        {
            var casus = await db.Casussen.Include(c => c.Betrokkenen).SingleAsync(c => c.Code == code);
            var gegevens = new BetrokkeneGegevens(BetrokkeneSoort.Professional, naam, "Begeleider", null, email, null,
                organisatie.Id, organisatie.Naam, organisatie.Type, medewerker.Id);
            nieuw.Add((casus.VoegBetrokkeneToe(gegevens, DateOnly.FromDateTime(RegieApp.Start.UtcDateTime)).Waarde!, van, tot));
        }
        await db.SaveChangesAsync();
        // The dates behind the domain's back: it only lets someone join today.
        foreach (var (b, van, tot) in nieuw)
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Betrokkenen\" SET \"BetrokkenVan\" = {van}, \"BetrokkenTot\" = {tot} WHERE \"Id\" = {b.Id}");

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = naam, MedewerkerId = medewerker.Id, Actief = actief };
        Assert.True((await users.CreateAsync(gebruiker, DemoData.Wachtwoord)).Succeeded);
        Assert.True((await users.AddToRoleAsync(gebruiker, Rollen.Zorgaanbieder)).Succeeded);
        return gebruiker.Id;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, string? naam, string? van, string? tot)
    {
        var token = (await RegieApp.LeesHtmlAsync(await client.GetAsync(Pagina)))
            .QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var velden = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        if (naam is not null) velden["Input.Naam"] = naam;
        if (van is not null) velden["Input.VanMaand"] = van;
        if (tot is not null) velden["Input.TotMaand"] = tot;
        return await client.PostAsync($"{Pagina}?handler={handler}", new FormUrlEncodedContent(velden));
    }

    private async Task<List<Vragenlijstaanbod>> AanbiedingenAsync(Guid meetmoment)
    {
        await using var db = app.NieuweDbContext();
        var moment = Vragenlijstaanbod.MomentMeting(meetmoment);
        return await db.Vragenlijstaanbiedingen.Where(a => a.Moment == moment).ToListAsync();
    }

    private async Task<Meetmoment?> MeetmomentAsync(string naam)
    {
        await using var db = app.NieuweDbContext();
        return await db.Meetmomenten.SingleOrDefaultAsync(m => m.Naam == naam);
    }

    [Fact]
    public async Task Een_meetmoment_gaat_precies_naar_wie_in_de_periode_betrokken_was_elk_met_een_melding()
    {
        var maart = new DateOnly(2026, 3, 1);
        var binnen = await ProfessionalAsync("Bram Binnen", true, (DemoData.TukkerCode, maart.AddDays(9), null));
        var tweeKeer = await ProfessionalAsync("Tessa Tweemaal", true, (DemoData.TukkerCode, maart.AddDays(-20), maart.AddDays(20)), (DemoData.BakkerCode, maart.AddDays(30), null));
        var eindigtOpDeEersteDag = await ProfessionalAsync("Els Eerstedag", true, (DemoData.BakkerCode, maart.AddDays(-40), maart));
        var begintOpDeLaatsteDag = await ProfessionalAsync("Lars Laatstedag", true, (DemoData.BakkerCode, new DateOnly(2026, 4, 30), null));
        var ervoor = await ProfessionalAsync("Vera Voor", true, (DemoData.TukkerCode, new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 28)));
        var inactief = await ProfessionalAsync("Ida Inactief", false, (DemoData.TukkerCode, maart.AddDays(3), null));
        var nergens = await ProfessionalAsync("Nico Nergens", true);
        var regio = await app.IngelogdAlsAsync("regiocoordinator");

        var voorbeeld = await RegieApp.LeesHtmlAsync(await PostAsync(regio, "Controleren", "Voorjaar 2026", "2026-03", "2026-04"));
        Assert.Equal("De vragenlijst gaat naar 4 professionals.", voorbeeld.QuerySelector("#voorbeeld")!.TextContent.Trim());
        Assert.NotNull(voorbeeld.QuerySelector("button[formaction*='handler=Versturen']"));
        Assert.Null(await MeetmomentAsync("Voorjaar 2026"));

        var response = await PostAsync(regio, "Versturen", "Voorjaar 2026", "2026-03", "2026-04");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var meetmoment = (await MeetmomentAsync("Voorjaar 2026"))!;
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30)), (meetmoment.PeriodeVan, meetmoment.PeriodeTot));
        Assert.Equal(4, meetmoment.AantalAangeboden);
        Assert.Equal("Ingrid Bos", meetmoment.VerstuurdDoor);
        var aanbiedingen = await AanbiedingenAsync(meetmoment.Id);
        Assert.Equal(new[] { binnen, tweeKeer, eindigtOpDeEersteDag, begintOpDeLaatsteDag }.Order(), aanbiedingen.Select(a => a.GebruikerId).Order());
        Assert.All(aanbiedingen, a => Assert.Equal((Doelgroep.Professionals, AanbodStatus.Open, (Guid?)null), (a.Doelgroep, a.Status, a.CasusId)));
        await using (var db = app.NieuweDbContext())
        {
            var sleutel = Vragenlijstaanbod.MomentMeting(meetmoment.Id);
            var meldingen = await db.Meldingen.Where(m => m.Soort == MeldingSoort.VragenlijstAangeboden && m.Sleutel == sleutel).ToListAsync();
            Assert.Equal(aanbiedingen.Select(a => (a.GebruikerId, (Guid?)a.Id)).Order(), meldingen.Select(m => (m.GebruikerId, m.OnderwerpId)).Order());
            Assert.All(meldingen, m => Assert.Null(m.CasusId));
            Assert.DoesNotContain(meldingen, m => m.GebruikerId == ervoor || m.GebruikerId == inactief || m.GebruikerId == nergens);
            var regel = await db.Logboek.SingleAsync(l => l.Entiteit == "Meetmoment" && l.Omschrijving!.Contains(meetmoment.Id.ToString()));
            Assert.Equal((LogboekActie.Aangemaakt, (Guid?)null), (regel.Actie, regel.CasusId));
            Assert.Contains("verstuurd aan 4 professionals", regel.Omschrijving, StringComparison.Ordinal);
        }

        // Bram opens the melding under his bell and lands on the questionnaire's page.
        var bram = await app.IngelogdAlsAsync("bram.binnen@voorbeeld.nl");
        var lijst = await RegieApp.LeesHtmlAsync(await bram.GetAsync("/Meldingen"));
        Assert.Contains("Er staat een korte vragenlijst voor u klaar", lijst.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var open = Formulier.Van(lijst.QuerySelector("main form[action*='handler=Open']")!);
        var naar = await open.PostAsync(bram);
        Assert.Equal($"/Vragenlijsten/{aanbiedingen.Single(a => a.GebruikerId == binnen).Id}", naar.Headers.Location!.OriginalString);

        // The list shows the moment with its counts.
        var pagina = await RegieApp.LeesHtmlAsync(await regio.GetAsync(Pagina));
        var rij = pagina.QuerySelectorAll("table.meetmomenten tbody tr").Single(r => r.TextContent.Contains("Voorjaar 2026", StringComparison.Ordinal));
        Assert.Equal("maart 2026 tot en met april 2026", rij.QuerySelector("[data-label=Periode]")!.TextContent);
        Assert.Equal("4", rij.QuerySelector("[data-label=Aangeboden]")!.TextContent);
        Assert.Equal("0", rij.QuerySelector("[data-label=Ingevuld]")!.TextContent);
    }

    [Fact]
    public async Task Twee_keer_versturen_geeft_niemand_twee_aanbiedingen()
    {
        var juni = new DateOnly(2026, 6, 1);
        var iemand = await ProfessionalAsync("Jan Juni", true, (DemoData.TukkerCode, juni.AddDays(2), null));
        var regio = await app.IngelogdAlsAsync("regiocoordinator");

        // A double click: both posts at the same moment.
        var beide = await Task.WhenAll(PostAsync(regio, "Versturen", "Zomer 2026", "2026-06", "2026-06"),
            PostAsync(regio, "Versturen", "Zomer 2026", "2026-06", "2026-06"));
        var daarna = await PostAsync(regio, "Versturen", "Zomer 2026", "2026-06", "2026-06");

        Assert.Contains(beide, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, daarna.StatusCode);
        Assert.Contains("Er is al een meetmoment met de naam 'Zomer 2026'",
            (await RegieApp.LeesHtmlAsync(daarna)).QuerySelector("[data-valmsg-for='Input.Naam']")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        var momenten = await db.Meetmomenten.Where(m => m.Naam == "Zomer 2026").Select(m => m.Id).ToListAsync();
        var moment = Assert.Single(momenten);
        Assert.Single(await AanbiedingenAsync(moment), a => a.GebruikerId == iemand);
        Assert.Single(await db.Meldingen.Where(m => m.GebruikerId == iemand).ToListAsync());
    }

    [Theory]
    [InlineData("Te vroeg", "2026-12", "2026-12", "Input.VanMaand", "De periode begint in de toekomst.")]
    [InlineData("Half vooruit", "2026-10", "2027-01", "Input.TotMaand", "De laatste maand ligt in de toekomst.")]
    [InlineData("Omgedraaid", "2026-05", "2026-03", "Input.TotMaand", "De laatste maand ligt vóór de eerste maand.")]
    [InlineData("Geen maand", "2026-13", "2026-03", "Input.VanMaand", "De eerste maand is geen maand.")]
    [InlineData("Tekst", "maart", "2026-03", "Input.VanMaand", "De eerste maand is geen maand.")]
    [InlineData("Leeg", "2026-03", "", "Input.TotMaand", "Kies de laatste maand.")]
    [InlineData("", "2026-03", "2026-04", "Input.Naam", "De naam van het meetmoment")]
    [InlineData("   ", "2026-03", "2026-04", "Input.Naam", "De naam van het meetmoment")]
    public async Task Onjuiste_invoer_geeft_een_melding_bij_het_veld_en_alles_blijft_staan(string naam, string van, string tot, string veld, string melding)
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        int voor;
        await using (var db = app.NieuweDbContext()) voor = await db.Meetmomenten.CountAsync();

        var response = await PostAsync(regio, "Versturen", naam, van, tot);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.StartsWith(melding, html.QuerySelector($"[data-valmsg-for='{veld}']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(naam, html.QuerySelector("input[name='Input.Naam']")!.GetAttribute("value") ?? "");
        Assert.Equal(van, html.QuerySelector("input[name='Input.VanMaand']")!.GetAttribute("value"));
        Assert.Equal(tot, html.QuerySelector("input[name='Input.TotMaand']")!.GetAttribute("value") ?? "");
        await using var na = app.NieuweDbContext();
        Assert.Equal(voor, await na.Meetmomenten.CountAsync());
    }

    [Fact]
    public async Task Maanden_zonder_betrokken_professionals_worden_niet_verstuurd()
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");

        var voorbeeld = await RegieApp.LeesHtmlAsync(await PostAsync(regio, "Controleren", "Leeg", "2025-01", "2025-02"));
        var response = await PostAsync(regio, "Versturen", "Leeg", "2025-01", "2025-02");

        Assert.Contains("geen professional", voorbeeld.QuerySelector("#voorbeeld")!.TextContent, StringComparison.Ordinal);
        Assert.Null(voorbeeld.QuerySelector("button[formaction*='handler=Versturen']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await MeetmomentAsync("Leeg"));
    }

    [Theory]
    [InlineData("jeugdconsulent")]
    [InlineData("behandelaar")]
    [InlineData("ouder")]
    [InlineData("beheerder")]
    public async Task Een_andere_rol_kan_geen_meetmoment_versturen(string account)
    {
        var client = await app.IngelogdAlsAsync(account);
        var token = (await RegieApp.LeesHtmlAsync(await client.GetAsync("/Account/Geweigerd")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync($"{Pagina}?handler=Versturen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Naam"] = $"Van {account}", ["Input.VanMaand"] = "2026-10", ["Input.TotMaand"] = "2026-11", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Geweigerd", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Null(await MeetmomentAsync($"Van {account}"));
    }
}
