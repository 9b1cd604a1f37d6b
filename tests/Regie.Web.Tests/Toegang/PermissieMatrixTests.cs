using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Toegang;

/// <summary>One fixture, logged-in clients cached per account: the matrix has many rows.</summary>
public sealed class MatrixApp : RegieApp
{
    private readonly ConcurrentDictionary<string, Task<HttpClient>> _clients = new();
    private Task<Guid>? _escalatie;
    private Task<(Guid Ouder, Guid Professional)>? _vragenlijsten;
    private Task<Guid>? _toegangsverzoek;

    /// <summary>An open toegangsverzoek of the buitenstaander for Tukker, made once, straight in the database (no melding).</summary>
    public Task<Guid> ToegangsverzoekAsync() =>
        _toegangsverzoek ??= Task.Run(async () =>
        {
            await using var db = NieuweDbContext();
            var tukker = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
            var lotte = await db.Medewerkers.Where(m => m.Email == $"buitenstaander@{DemoData.Domein}").Select(m => m.Id).SingleAsync();
            var verzoek = new Regie.Domain.Casussen.Toegangsverzoek(tukker, lotte, Start);
            db.Toegangsverzoeken.Add(verzoek);
            await db.SaveChangesAsync();
            return verzoek.Id;
        });

    /// <summary>One escalated signaal of Tukker for the Escalaties rows, made once.</summary>
    public Task<Guid> EscalatieAsync() =>
        _escalatie ??= Task.Run(async () => (await Escalaties.Opgeschaald.SignaalAsync(this, DemoData.TukkerCode)).SignaalId);

    /// <summary>An open questionnaire for the demo ouder and one for the jeugdconsulent, made once.</summary>
    public Task<(Guid Ouder, Guid Professional)> VragenlijstenAsync() =>
        _vragenlijsten ??= Task.Run(async () => (await Vragenlijsten.Vragenlijsthulp.OuderAanbodAsync(this),
            await Vragenlijsten.Vragenlijsthulp.ProfessionalAanbodAsync(this, "jeugdconsulent")));

    public Task<HttpClient> ClientVoorAsync(string account) =>
        account == "anoniem" ? Task.FromResult(NieuweClient()) : _clients.GetOrAdd(account, a =>
            a.StartsWith("wijkcoach.hengelo@", StringComparison.Ordinal) ? WijkcoachAsync(a) : a == "jeugdige" ? JeugdigeAsync() : IngelogdAlsAsync(a));

    /// <summary>A jeugdige of 17 in Bakker (the demo's Wesley in Tukker is 14) with a Jeugdige account of their own.</summary>
    private async Task<HttpClient> JeugdigeAsync()
    {
        var email = $"jeugdige@{DemoData.Domein}";
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var bakker = await db.Casussen.Include(c => c.Betrokkenen).SingleAsync(c => c.Code == DemoData.BakkerCode);
            var vandaag = Weergave.Dag(Klok.GetUtcNow());
            var eva = bakker.VoegBetrokkeneToe(new Regie.Domain.Casussen.BetrokkeneGegevens(Regie.Domain.Casussen.BetrokkeneSoort.Gezinslid,
                "Eva Bakker", "Dochter, 17 jaar", Geboortedatum: vandaag.AddYears(-17)), vandaag).Waarde!;
            await db.SaveChangesAsync();
            var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = eva.Naam, BetrokkeneId = eva.Id };
            await users.CreateAsync(gebruiker, DemoData.Wachtwoord);
            await users.AddToRoleAsync(gebruiker, Rollen.Jeugdige);
        }
        return await IngelogdAlsAsync(email);
    }

    /// <summary>The demo's Hengelo wijkcoach (betrokken at Bakker, not regievoerder) gets a Gemeente account.</summary>
    private async Task<HttpClient> WijkcoachAsync(string email)
    {
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
            var medewerker = await db.Medewerkers.SingleAsync(m => m.Email == email);
            var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = medewerker.Naam, MedewerkerId = medewerker.Id };
            await users.CreateAsync(gebruiker, DemoData.Wachtwoord);
            await users.AddToRoleAsync(gebruiker, Rollen.Gemeente);
        }
        return await IngelogdAlsAsync(email);
    }
}

/// <summary>docs/toegang.md, row by row: every page × every demo account and an outsider.</summary>
public sealed class PermissieMatrixTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    public static readonly string[] Accounts =
        ["jeugdconsulent", "behandelaar", "maatschappelijkwerker", "jeugdbeschermer", "buitenstaander", "ouder", "jeugdige", "regiocoordinator", "beheerder", "anoniem", "regiecontact"];

    // Expected answer per account, in the order of Accounts. "200", "404", "geweigerd" (302 to the no-access page),
    // "inloggen" (302 to the login page).
    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["/Casussen"] = ["200", "200", "200", "200", "200", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "inloggen", "200"],
        ["/Casussen/{tukker}"] = ["200", "200", "200", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Casussen/{tukker}/Gegevens"] = ["200", "200", "200", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Account/Profiel"] = ["200", "200", "200", "200", "200", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "inloggen", "200"],
        ["/Casussen/{tukker}/Logboek"] = ["200", "404", "404", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Casussen/{tukker}/Ouders"] = ["200", "404", "404", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        // Vaststellen and afsluiten: the procesregievoerder only (a gemeente betrokkene without regie: see the test below).
        ["/Casussen/{tukker}/Vaststellen"] = ["200", "404", "404", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Casussen/{tukker}/Afsluiten"] = ["200", "404", "404", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        // A professional's request to be added instead of opening a second casus: the procesregievoerder answers it (the
        // asker too gets 404: Casussen/DubbeleCasusTests).
        ["/Casussen/{tukker}/Toegangsverzoeken/{toegangsverzoek}"] = ["200", "404", "404", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Casussen/{tukker}/Regie"] = ["200", "200", "200", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Casussen/{tukker}/Regie/Overdracht"] = ["200", "200", "200", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        // Signalen: every betrokkene reads them (answering is the regievoerder's: Signalen/SignaalToegangTests).
        ["/Casussen/{tukker}/Signalen"] = ["200", "200", "200", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Casussen/{tukker}/Signalen/{escalatie}"] = ["200", "200", "200", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        // Toestemming: every betrokkene reads the register (recording and withdrawing is the regievoerder's: the test below).
        ["/Casussen/{tukker}/Toestemming"] = ["200", "200", "200", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Casussen/{tukker}/Vernietiging"] = ["200", "200", "200", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Ouders/Toestemming"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "200", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        // {toestemming}: Johan's, so the demo ouder (Ellen) did not give it: 404 (Toestemmingen/ToestemmingTests).
        ["/Ouders/Toestemming/{toestemming}/Intrekken"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "404", "404", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        // Correctieverzoeken (AVG 16): whoever answers them (the regievoerder) reads the casus' list; the ouder asks and reads
        // their own in the portal, no id in the address (Ouders/CorrectieTests).
        ["/Casussen/{tukker}/Correcties"] = ["200", "404", "404", "404", "404", "404", "404", "404", "404", "inloggen", "404"],
        ["/Ouders/Correctie"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "200", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        ["/Ouders/Signaal"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        ["/Meldingen"] = ["200", "200", "200", "200", "200", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "200"],
        ["/Beheer/Mail"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "inloggen", "geweigerd"],
        ["/Beheer/Vernietigingsverzoeken"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "inloggen", "geweigerd"],
        // The afspraken for akkoord: every ouder of the casus reads the page; only one with gezag gets the form (Ouders/AkkoordTests).
        ["/Ouders/Akkoord"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        ["/Ouders"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "200", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        // Inzage and the copy of everything (AVG 15): the ouder's own casus only, no id in the address (Ouders/InzageTests).
        ["/Ouders/Inzage"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "200", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        ["/Ouders/Inzage?handler=Gegevens"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "200", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        ["/Ouders/Gegevens.pdf"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "200", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        ["/Beheer"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "inloggen", "geweigerd"],
        ["/Beheer/Organisaties"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "inloggen", "geweigerd"],
        ["/Beheer/Accounts"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "inloggen", "geweigerd"],
        ["/Beheer/Sjabloon"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "inloggen", "geweigerd"],
        // Escalaties: a gemeente's regie-contact (Almelo, Tukker's gemeente) and the regiocoördinatoren; {escalatie} is an
        // escalated signaal of Tukker, so the regiocoördinator stands in only for gemeenten without regie-contact (404 here).
        ["/Escalaties"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "200"],
        ["/Escalaties/{escalatie}"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "404", "geweigerd", "inloggen", "200"],
        ["/Escalaties/{escalatie}/Overdracht"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "404", "geweigerd", "inloggen", "200"],
        // Questionnaires: only one's own offer ({oudervragenlijst}: the demo ouder's, {vragenlijst}: the jeugdconsulent's).
        ["/Ouders/Vragenlijst/{oudervragenlijst}"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "geweigerd", "geweigerd", "inloggen", "geweigerd"],
        ["/Vragenlijsten"] = ["200", "200", "200", "200", "200", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "inloggen", "200"],
        ["/Vragenlijsten/{vragenlijst}"] = ["200", "404", "404", "404", "404", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "inloggen", "404"],
        ["/Beheer/Logboek"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "inloggen", "geweigerd"],
        // The questionnaires and meetmomenten: the regiocoördinator only (counts, never who answered).
        ["/Regio"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "geweigerd"],
        ["/Regio/Vragenlijsten"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "geweigerd"],
        ["/Regio/Vragenlijsten/Ouders/Wijzigen"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "geweigerd"],
        ["/Regio/Vragenlijsten/Professionals/Wijzigen"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "geweigerd"],
        ["/Regio/Meetmomenten"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "geweigerd"],
        // The research export: the page and its downloads (no names, refused below the minimum: Regio/ExportTests).
        ["/Regio/Export"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "geweigerd"],
        ["/Regio/Export?handler=Casussen&formaat=csv"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "geweigerd"],
        // The factsheet per gemeente: without a gemeente the dashboard with its message (200), the PDF itself in Regio/FactsheetTests.
        ["/Regio/Factsheet"] = ["geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "200", "geweigerd", "inloggen", "geweigerd"],
    };

    public static TheoryData<string, string, string> Rijen()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (pagina, verwacht) in Matrix)
        {
            for (var i = 0; i < Accounts.Length; i++) data.Add(pagina, Accounts[i], verwacht[i]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rijen))]
    public async Task Pagina_geeft_per_rol_het_verwachte_antwoord(string pagina, string account, string verwacht)
    {
        var tukker = await CasusIdAsync(DemoData.TukkerCode);
        var escalatie = await app.EscalatieAsync();
        var vragenlijsten = await app.VragenlijstenAsync();
        var toegangsverzoek = await app.ToegangsverzoekAsync();
        var client = await app.ClientVoorAsync(account);
        var voor = await LogboekRegelsAsync(tukker);

        var toestemming = await ToestemmingIdAsync(tukker);
        var response = await client.GetAsync(pagina.Replace("{tukker}", tukker.ToString(), StringComparison.Ordinal)
            .Replace("{toestemming}", toestemming.ToString(), StringComparison.Ordinal)
            .Replace("{escalatie}", escalatie.ToString(), StringComparison.Ordinal)
            .Replace("{oudervragenlijst}", vragenlijsten.Ouder.ToString(), StringComparison.Ordinal)
            .Replace("{vragenlijst}", vragenlijsten.Professional.ToString(), StringComparison.Ordinal)
            .Replace("{toegangsverzoek}", toegangsverzoek.ToString(), StringComparison.Ordinal));

        Assert.Equal(verwacht, Uitkomst(response));
        if (verwacht == "404")
        {
            var tekst = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(DemoData.TukkerCode, tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("Wesley", tekst, StringComparison.Ordinal);
        }
        if ((pagina.Contains("{tukker}", StringComparison.Ordinal) || pagina.Contains("{escalatie}", StringComparison.Ordinal)) && verwacht is "200" or "404")
        {
            // Every look at the casus, allowed or not, leaves a line in the logboek.
            var erbij = (await LogboekRegelsAsync(tukker)).Except(voor).ToList();
            Assert.Contains(erbij, r => r.Actie == (verwacht == "200" ? LogboekActie.Bekeken : LogboekActie.Geweigerd));
        }
    }

    [Theory]
    [InlineData("behandelaar")]
    [InlineData("maatschappelijkwerker")]
    [InlineData("jeugdbeschermer")]
    [InlineData("buitenstaander")]
    [InlineData("ouder")]
    [InlineData("jeugdige")]
    [InlineData("regiocoordinator")]
    [InlineData("beheerder")]
    public async Task Ouders_uitnodigen_posten_zonder_regie_geeft_404_en_maakt_niets_aan(string account)
    {
        var tukker = await CasusIdAsync(DemoData.TukkerCode);
        Guid vader;
        await using (var db = app.NieuweDbContext())
            vader = await db.Betrokkenen.Where(b => b.CasusId == tukker && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
        var client = await app.ClientVoorAsync(account);
        // A valid antiforgery token for this user, taken from a page every signed-in user can open.
        var token = (await RegieApp.LeesHtmlAsync(await client.GetAsync("/Account/Geweigerd")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync($"/Casussen/{tukker}/Ouders", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.BetrokkeneId"] = vader.ToString(),
            ["Input.Email"] = $"vader.{account}@voorbeeld.nl",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var controle = app.NieuweDbContext();
        Assert.False(await controle.Users.AnyAsync(u => u.BetrokkeneId == vader));
    }

    /// <summary>Johan Tukker's demo toestemming for the GI.</summary>
    private async Task<Guid> ToestemmingIdAsync(Guid tukker)
    {
        await using var db = app.NieuweDbContext();
        return await db.Toestemmingen.Where(t => t.CasusId == tukker && db.Organisaties.Any(o => o.Id == t.OrganisatieId && o.Naam == "Jeugdbescherming Oost"))
            .Select(t => t.Id).SingleAsync();
    }

    [Theory]
    [InlineData("behandelaar", "Intrekken")]
    [InlineData("maatschappelijkwerker", "Intrekken")]
    [InlineData("maatschappelijkwerker", "Vastleggen")]
    [InlineData("maatschappelijkwerker", "Besluit")]
    [InlineData("jeugdbeschermer", "Intrekken")]
    [InlineData("buitenstaander", "Intrekken")]
    [InlineData("ouder", "Intrekken")]
    [InlineData("jeugdige", "Intrekken")]
    [InlineData("regiocoordinator", "Intrekken")]
    [InlineData("beheerder", "Intrekken")]
    public async Task Toestemming_posten_zonder_regie_geeft_404_en_verandert_niets(string account, string handler)
    {
        var tukker = await CasusIdAsync(DemoData.TukkerCode);
        var toestemming = await ToestemmingIdAsync(tukker);
        var client = await app.ClientVoorAsync(account);
        var token = (await RegieApp.LeesHtmlAsync(await client.GetAsync("/Account/Geweigerd")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await using var db = app.NieuweDbContext();
        var organisatie = await db.Organisaties.Where(o => o.Naam == "Zorgaanbieder Elders").Select(o => o.Id).SingleAsync();
        var johan = await db.Betrokkenen.Where(b => b.CasusId == tukker && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
        var aantal = await db.Toestemmingen.CountAsync(t => t.CasusId == tukker);

        var response = await client.PostAsync($"/Casussen/{tukker}/Toestemming?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Intrekken.ToestemmingId"] = toestemming.ToString(),
            ["Vastleggen.GegevenDoorId"] = johan.ToString(), ["Vastleggen.OrganisatieId"] = organisatie.ToString(),
            ["Vastleggen.Doel"] = "Zomaar", ["Vastleggen.GegevenOp"] = "2026-11-01",
            ["Besluit.OrganisatieId"] = organisatie.ToString(), ["Besluit.Grond"] = "Veiligheid",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await db.Toestemmingen.Where(t => t.Id == toestemming).Select(t => t.IngetrokkenOp).SingleAsync());
        Assert.Equal(aantal, await db.Toestemmingen.CountAsync(t => t.CasusId == tukker));
        Assert.False(await db.Logboek.AnyAsync(l => l.CasusId == tukker && l.Entiteit == "Toestemming" && (l.Actie == LogboekActie.Aangemaakt || l.Actie == LogboekActie.Gewijzigd)));
    }

    /// <summary>Doorzettingsmacht is the regie-contact's (tested in Escalaties/): everyone else is refused before anything is
    /// made — no melding, no overdracht, no betrokkene. Almelo has a regie-contact, so the regiocoördinator gets 404.</summary>
    [Theory]
    [MemberData(nameof(Doorzetters))]
    public async Task Doorzettingsmacht_zonder_toegang_wordt_geweigerd_en_maakt_niets(string actie, string account, string verwacht)
    {
        var tukker = await CasusIdAsync(DemoData.TukkerCode);
        var escalatie = await app.EscalatieAsync();
        Guid peter;
        await using (var db = app.NieuweDbContext())
            peter = await db.Betrokkenen.Where(b => b.CasusId == tukker && b.Naam == "Peter Jansen").Select(b => b.Id).SingleAsync();
        var client = await app.ClientVoorAsync(account);
        var velden = new Dictionary<string, string> { ["Input.OpvolgerId"] = peter.ToString() };
        if (account != "anoniem")
            velden["__RequestVerificationToken"] = (await RegieApp.LeesHtmlAsync(await client.GetAsync("/Account/Geweigerd")))
                .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var url = actie == "Overdracht" ? $"/Escalaties/{escalatie}/Overdracht" : $"/Escalaties/{escalatie}?handler={actie}";

        var response = await client.PostAsync(url, new FormUrlEncodedContent(velden));

        Assert.Equal(verwacht, Uitkomst(response));
        await using var controle = app.NieuweDbContext();
        Assert.False(await controle.Meldingen.AnyAsync(m => m.CasusId == tukker));
        Assert.False(await controle.Set<Regie.Domain.Regievoering.Overdracht>().AnyAsync(o => o.CasusId == tukker && o.Status == Regie.Domain.Regievoering.OverdrachtStatus.Voorgesteld));
        Assert.Equal(8, await controle.Betrokkenen.CountAsync(b => b.CasusId == tukker));
    }

    public static TheoryData<string, string, string> Doorzetters()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var actie in new[] { "VraagActie", "Mdo", "WordBetrokkene", "Overdracht" })
        {
            foreach (var account in Accounts.Where(a => a != "regiecontact"))
                data.Add(actie, account, account switch { "anoniem" => "inloggen", "regiocoordinator" => "404", _ => "geweigerd" });
        }
        return data;
    }

    /// <summary>Bakker has an OTS with regie at the GI: the gemeente's wijkcoach, betrokken but not regievoerder, may read
    /// the casus but neither vaststellen nor afsluiten it (a Gemeente account is made for her here; the demo has none).</summary>
    [Theory]
    [InlineData("Vaststellen")]
    [InlineData("Afsluiten")]
    public async Task Een_gemeentebetrokkene_zonder_regie_krijgt_404_op_vaststellen_en_afsluiten(string pagina)
    {
        var bakker = await CasusIdAsync(DemoData.BakkerCode);
        var wijkcoach = await app.ClientVoorAsync($"wijkcoach.hengelo@{DemoData.Domein}");
        var voor = await LogboekRegelsAsync(bakker);

        Assert.Equal(HttpStatusCode.OK, (await wijkcoach.GetAsync($"/Casussen/{bakker}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wijkcoach.GetAsync($"/Casussen/{bakker}/{pagina}")).StatusCode);
        Assert.Contains((await LogboekRegelsAsync(bakker)).Except(voor), r => r.Actie == LogboekActie.Geweigerd);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientVoorAsync("jeugdbeschermer")).GetAsync($"/Casussen/{bakker}/{pagina}")).StatusCode);
    }

    [Fact]
    public void De_matrix_in_de_test_dekt_elk_account_voor_elke_pagina() =>
        Assert.All(Matrix.Values, rij => Assert.Equal(Accounts.Length, rij.Length));

    private static string Uitkomst(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => "200",
        HttpStatusCode.NotFound => "404",
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/Account/Geweigerd", StringComparison.Ordinal) => "geweigerd",
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/Account/Inloggen", StringComparison.Ordinal) => "inloggen",
        _ => $"{(int)response.StatusCode} {response.Headers.Location}",
    };

    private async Task<Guid> CasusIdAsync(string code)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    private async Task<List<(long Id, LogboekActie Actie)>> LogboekRegelsAsync(Guid casusId)
    {
        await using var db = app.NieuweDbContext();
        return (await db.Logboek.Where(l => l.CasusId == casusId).Select(l => new { l.Id, l.Actie }).ToListAsync())
            .Select(l => (l.Id, l.Actie)).ToList();
    }
}
