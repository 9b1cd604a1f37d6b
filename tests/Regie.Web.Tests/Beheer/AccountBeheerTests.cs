using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Beheer;

public sealed class AccountBeheerTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Gebruiker> GebruikerAsync(string email)
    {
        await using var db = app.NieuweDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
    }

    private async Task<string?> RolVanAsync(Guid gebruikerId)
    {
        await using var db = app.NieuweDbContext();
        return await db.UserRoles.Where(ur => ur.UserId == gebruikerId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync();
    }

    [Fact]
    public async Task Beheerder_nodigt_een_professional_uit_en_krijgt_een_link_om_door_te_geven()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var link = await Formulieren.NodigProfessionalUitAsync(app, beheerder, "Bas Veldman", "Bas.Veldman@Example.nl");

        Assert.StartsWith("http://localhost/Account/Uitnodiging/", link, StringComparison.Ordinal);
        var gebruiker = await GebruikerAsync("bas.veldman@example.nl");
        Assert.Null(gebruiker.PasswordHash);
        Assert.Equal("Bas Veldman", gebruiker.Naam);
        Assert.Equal(Rollen.Zorgaanbieder, await RolVanAsync(gebruiker.Id));
        await using var db = app.NieuweDbContext();
        var medewerker = await db.Medewerkers.SingleAsync(m => m.Id == gebruiker.MedewerkerId);
        Assert.Equal(("Ambulant hulpverlener", "074 123 4567", "Maandag en dinsdag"), (medewerker.Functie, medewerker.Telefoon, medewerker.Bereikbaarheid));
        Assert.Equal("Jeugdzorg De Linde", await db.Organisaties.Where(o => o.Id == medewerker.OrganisatieId).Select(o => o.Naam).SingleAsync());
        var uitnodiging = await db.Uitnodigingen.SingleAsync(u => u.GebruikerId == gebruiker.Id);
        Assert.Equal(app.Klok.GetUtcNow().AddDays(7), uitnodiging.VerlooptOp);
        Assert.Equal(Uitnodiging.Hash(new Uri(link).Segments[^1]), uitnodiging.TokenHash);
        Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Account" && l.Actie == LogboekActie.Aangemaakt && l.Omschrijving!.Contains(medewerker.Id.ToString())));

        var lijst = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Accounts"));
        var rij = Assert.Single(lijst.QuerySelectorAll("table tbody tr"), r => r.TextContent.Contains("Bas Veldman", StringComparison.Ordinal));
        Assert.Contains("Uitgenodigd", rij.TextContent, StringComparison.Ordinal);
        Assert.Contains("Jeugdzorg De Linde", rij.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_gemeentemedewerker_krijgt_de_rol_Gemeente()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        await Formulieren.NodigProfessionalUitAsync(app, beheerder, "Fenna Wolters", "fenna.wolters@example.nl", "Gemeente Almelo");

        Assert.Equal(Rollen.Gemeente, await RolVanAsync((await GebruikerAsync("fenna.wolters@example.nl")).Id));
    }

    [Theory]
    [InlineData(Rollen.Regiocoordinator, "regio.twee@example.nl")]
    [InlineData(Rollen.Beheerder, "beheer.twee@example.nl")]
    public async Task Beheerder_nodigt_een_regiocoordinator_of_beheerder_uit_zonder_medewerker(string rol, string email)
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts/Regio", Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Jolien Brink",
            ["Input.Email"] = email,
            ["Input.Rol"] = rol,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = await Formulieren.UitnodigingslinkNaAsync(beheerder, response);
        var gebruiker = await GebruikerAsync(email);
        Assert.Null(gebruiker.MedewerkerId);
        Assert.Equal(rol, await RolVanAsync(gebruiker.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await Formulieren.KiesWachtwoordAsync(app, link, "Regio-Twente-2026")).StatusCode);
    }

    [Fact]
    public async Task Een_bestaand_emailadres_krijgt_een_melding_bij_het_veld_en_de_invoer_blijft()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        await using var db = app.NieuweDbContext();
        var linde = await db.Organisaties.Where(o => o.Naam == "Jeugdzorg De Linde").Select(o => o.Id).SingleAsync();

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts/Professional", Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Nog een Ayşe",
            ["Input.Email"] = $"behandelaar@{DemoData.Domein}",
            ["Input.OrganisatieId"] = linde.ToString(),
            ["Input.Functie"] = "Psycholoog",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Er is al een account met het e-mailadres", html.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nog een Ayşe", html.QuerySelector("input[name='Input.Naam']")!.GetAttribute("value"));
        Assert.Equal("Psycholoog", html.QuerySelector("input[name='Input.Functie']")!.GetAttribute("value"));
        Assert.Equal(linde.ToString(), html.QuerySelector("select[name='Input.OrganisatieId'] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Lege_velden_geven_Nederlandse_meldingen_bij_de_velden()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts/Professional", Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "",
            ["Input.Email"] = "geen-emailadres",
            ["Input.OrganisatieId"] = "",
        });

        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Vul de naam in.", html.QuerySelector("[data-valmsg-for='Input.Naam']")!.TextContent.Trim());
        Assert.Equal("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.", html.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.Trim());
        Assert.Equal("Kies de organisatie.", html.QuerySelector("[data-valmsg-for='Input.OrganisatieId']")!.TextContent.Trim());
        Assert.Equal(3, html.QuerySelectorAll(".foutsamenvatting li").Length);
    }

    [Fact]
    public async Task Een_gedeactiveerd_account_kan_niet_meer_inloggen_en_de_open_sessie_stopt()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var peter = await GebruikerAsync($"maatschappelijkwerker@{DemoData.Domein}");
        var sessie = await app.IngelogdAlsAsync("maatschappelijkwerker");
        Assert.Equal(HttpStatusCode.OK, (await sessie.GetAsync("/Casussen")).StatusCode);

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts", Formulieren.Handler("Deactiveer", peter.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.IngelogdAlsAsync("maatschappelijkwerker"));
        var na = await GebruikerAsync(peter.Email!);
        Assert.False(na.Actief);
        Assert.NotEqual(peter.SecurityStamp, na.SecurityStamp);
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Medewerkers.Where(m => m.Id == peter.MedewerkerId).Select(m => m.Actief).SingleAsync());
        Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Account" && l.Actie == LogboekActie.Gewijzigd && l.Omschrijving!.Contains(peter.Id.ToString())));

        app.Klok.Advance(TimeSpan.FromMinutes(2));
        var later = await sessie.GetAsync("/Casussen");
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.StartsWith("/Account/Inloggen", later.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tweestapsverificatie_herstellen_zet_hem_uit()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var jeugdbeschermer = await GebruikerAsync($"jeugdbeschermer@{DemoData.Domein}");
        await using (var db = app.NieuweDbContext())
        {
            await db.Users.Where(u => u.Id == jeugdbeschermer.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.TwoFactorEnabled, true));
        }
        var lijst = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Accounts"));
        Assert.Contains("Aan", lijst.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("Martijn Kok", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts", Formulieren.Handler("HerstelTweeStaps", jeugdbeschermer.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var na = await GebruikerAsync(jeugdbeschermer.Email!);
        Assert.False(na.TwoFactorEnabled);
        Assert.NotEqual(jeugdbeschermer.SecurityStamp, na.SecurityStamp);
        await using var db2 = app.NieuweDbContext();
        Assert.True(await db2.Logboek.AnyAsync(l => l.Entiteit == "Account" && l.Omschrijving!.Contains("Tweestapsverificatie") && l.Omschrijving!.Contains(jeugdbeschermer.Id.ToString())));
    }

    [Fact]
    public async Task Een_verlopen_uitnodiging_kan_opnieuw_worden_verstuurd()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var oud = await Formulieren.NodigProfessionalUitAsync(app, beheerder, "Sem Lammers", "sem.lammers@example.nl");
        var sem = await GebruikerAsync("sem.lammers@example.nl");

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts", Formulieren.Handler("OpnieuwUitnodigen", sem.Id));
        var nieuw = await Formulieren.UitnodigingslinkNaAsync(beheerder, response);

        Assert.NotEqual(oud, nieuw);
        Assert.Equal(HttpStatusCode.Redirect, (await Formulieren.KiesWachtwoordAsync(app, nieuw, "Nieuwe-Start-2026")).StatusCode);
        // Once a password is set, the older link is of no use any more.
        var html = await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync(new Uri(oud).PathAndQuery));
        Assert.Null(html.QuerySelector("input[name='Input.Wachtwoord']"));
    }

    [Fact]
    public async Task De_accountlijst_toont_rollen_en_organisaties_maar_geen_ouders()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var html = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Accounts"));

        var sanne = html.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("Sanne de Vries", StringComparison.Ordinal)).TextContent;
        Assert.Contains($"jeugdconsulent@{DemoData.Domein}", sanne, StringComparison.Ordinal);
        Assert.Contains("Professional gemeente", sanne, StringComparison.Ordinal);
        Assert.Contains("Gemeente Almelo", sanne, StringComparison.Ordinal);
        Assert.DoesNotContain("Tukker", html.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"ouder@{DemoData.Domein}", html.Body!.TextContent, StringComparison.Ordinal);
    }
}
