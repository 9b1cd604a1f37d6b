using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen;

/// <summary>Opening a casus for a family that already has an active one in the gemeente: warned before saving, without any
/// content of the other casus; asking its regievoerder to be added, or opening anyway with a confirmation. The asker is
/// Almelo's regie-contact (a gemeente professional, not betrokken); the existing casus is held by the jeugdconsulent.</summary>
public sealed class DubbeleCasusTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Waarschuwing = "Er is al een casus voor dit gezin in deze gemeente.";
    private const string Vrager = "regiecontact";
    private static int _volgnummer;

    private sealed record Bestaand(Guid Id, string Code, string Hulpvraag, string Jeugdige, string Ouder);

    /// <summary>A family's casus with the jeugdconsulent as regievoerder (with a maatregel: betrokken, and no regievoerder yet); codes of 2025, so they never meet the ones the form makes.</summary>
    private async Task<Bestaand> BestaandAsync(string gezinsnaam, DateOnly? geboortedatum = null, string? telefoon = null,
        string gemeente = "Gemeente Almelo", bool afgesloten = false, Maatregel maatregel = Maatregel.Geen)
    {
        await using var db = app.NieuweDbContext();
        var organisatie = await db.Organisaties.SingleAsync(o => o.Naam == gemeente);
        var sanne = await db.Medewerkers.SingleAsync(m => m.Email == $"jeugdconsulent@{DemoData.Domein}");
        var almelo = await db.Organisaties.SingleAsync(o => o.Id == sanne.OrganisatieId);
        var sjabloon = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
        var code = $"TW-2025-{Interlocked.Increment(ref _volgnummer) + 100:0000}";
        var hulpvraag = $"Geheime hulpvraag van gezin {gezinsnaam} {Guid.NewGuid():N}";
        var casus = Casus.Open(code, gezinsnaam, organisatie, ["OB4A"], maatregel, hulpvraag, sjabloon, sanne, almelo, RegieApp.Start.AddDays(-10));
        var dag = DateOnly.FromDateTime(RegieApp.Start.UtcDateTime).AddDays(-10);
        var jeugdige = $"Kind{Guid.NewGuid():N}"[..12];
        var ouder = $"Ouder{Guid.NewGuid():N}"[..13];
        Assert.True(casus.VoegBetrokkeneToe(new BetrokkeneGegevens(BetrokkeneSoort.Gezinslid, jeugdige, "Zoon", Geboortedatum: geboortedatum), dag).Gelukt);
        Assert.True(casus.VoegBetrokkeneToe(new BetrokkeneGegevens(BetrokkeneSoort.Gezinslid, ouder, "Moeder", telefoon, IsOuder: true), dag).Gelukt);
        if (afgesloten) Assert.True(casus.SluitAf("Doelen bereikt.", "Het gaat goed.", dag.AddDays(1), RegieApp.Start.AddDays(-9)).Gelukt);
        db.Casussen.Add(casus);
        await db.SaveChangesAsync();
        return new Bestaand(casus.Id, code, hulpvraag, jeugdige, ouder);
    }

    private static async Task<Formulier> FormulierAsync(HttpClient client, string gezinsnaam, string gemeenteId)
    {
        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Casussen/Nieuw"));
        return Formulier.Van(pagina.QuerySelector("main form")!, "/Casussen/Nieuw")
            .Met("Input.Gezinsnaam", gezinsnaam).Met("Input.GemeenteId", gemeenteId).Met("Input.Hulpvraag", "Hulp bij de opvoeding.");
    }

    private async Task<string> GemeenteIdAsync(string naam = "Gemeente Almelo")
    {
        await using var db = app.NieuweDbContext();
        return (await db.Organisaties.SingleAsync(o => o.Naam == naam)).Id.ToString();
    }

    /// <summary>The warning page's form, posting to one of its two choices.</summary>
    private static async Task<Formulier> KeuzeAsync(HttpResponseMessage waarschuwing, string handler)
    {
        var pagina = await RegieApp.LeesHtmlAsync(waarschuwing);
        var knop = pagina.QuerySelector($"#dubbel-keuzes button[formaction*='handler={handler}']")!;
        return Formulier.Van(pagina.QuerySelector("main form")!, knop.GetAttribute("formaction"));
    }

    private async Task<int> AantalAsync(string gezinsnaam)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.CountAsync(c => c.Gezinsnaam.ToLower().Replace(" ", "") == gezinsnaam.ToLower().Replace(" ", ""));
    }

    [Fact]
    public async Task Dezelfde_naam_en_geboortedatum_waarschuwt_zonder_iets_van_de_andere_casus_te_tonen()
    {
        var bestaand = await BestaandAsync("Ter Horst", new DateOnly(2015, 3, 14), "0546 777 001");
        var client = await app.IngelogdAlsAsync(Vrager);
        var formulier = (await FormulierAsync(client, "  ter   HORST ", await GemeenteIdAsync()))
            .Met("Input.Jeugdigen[0].Naam", "Sem").Met("Input.Jeugdigen[0].Geboortedatum", "14-03-2015");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var pagina = await RegieApp.LeesHtmlAsync(response);
        var melding = pagina.QuerySelector("#dubbele-casus")!;
        Assert.Equal("alert", melding.GetAttribute("role"));
        Assert.Contains(Waarschuwing, melding.TextContent, StringComparison.Ordinal);
        // Nothing of the other casus: no code, hulpvraag, names or regievoerder.
        foreach (var geheim in new[] { bestaand.Code, bestaand.Hulpvraag, bestaand.Jeugdige, bestaand.Ouder, "Sanne de Vries", "0546 777 001", bestaand.Id.ToString() })
            Assert.DoesNotContain(geheim, html, StringComparison.Ordinal);
        // Everything typed is kept, and nothing was saved.
        Assert.Equal("  ter   HORST ", pagina.QuerySelector("#Input_Gezinsnaam")!.GetAttribute("value"));
        Assert.Equal("14-03-2015", pagina.QuerySelector("#Input_Jeugdigen_0__Geboortedatum")!.GetAttribute("value"));
        Assert.Equal("Hulp bij de opvoeding.", pagina.QuerySelector("#Input_Hulpvraag")!.TextContent.Trim());
        Assert.Equal(1, await AantalAsync("Ter Horst"));
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == bestaand.Id && l.Entiteit == "DubbeleCasus" && l.Actie == LogboekActie.Bekeken));
    }

    [Fact]
    public async Task Hetzelfde_telefoonnummer_in_een_andere_schrijfwijze_waarschuwt()
    {
        await BestaandAsync("Jansen-Veldkamp", telefoon: "06-12345678");
        var client = await app.IngelogdAlsAsync(Vrager);
        var formulier = (await FormulierAsync(client, "Veldkamp", await GemeenteIdAsync()))
            .Met("Input.OuderNaam", "Mira Veldkamp").Met("Input.OuderTelefoon", "+31 6 1234 5678");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Waarschuwing, (await RegieApp.LeesHtmlAsync(response)).QuerySelector("#dubbele-casus")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync("Veldkamp"));
    }

    [Fact]
    public async Task Geen_waarschuwing_in_een_andere_gemeente_of_bij_een_afgesloten_casus_en_het_gezin_wordt_bewaard()
    {
        var geboren = new DateOnly(2016, 7, 1);
        await BestaandAsync("Kuipers", geboren, "06 5500 1100", gemeente: "Gemeente Hengelo");
        await BestaandAsync("Kuipers", geboren, "06 5500 1100", afgesloten: true);
        var client = await app.IngelogdAlsAsync(Vrager);
        var formulier = (await FormulierAsync(client, "Kuipers", await GemeenteIdAsync()))
            .Met("Input.Jeugdigen[1].Naam", "Lotte Kuipers").Met("Input.Jeugdigen[1].Geboortedatum", "2016-07-01")
            .Met("Input.OuderNaam", "Anja Kuipers").Met("Input.OuderTelefoon", "06 5500 1100");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var almelo = Guid.Parse(await GemeenteIdAsync());
        var casus = await db.Casussen.Include(c => c.Betrokkenen)
            .SingleAsync(c => c.Gezinsnaam == "Kuipers" && c.GemeenteId == almelo && c.Status != CasusStatus.Afgesloten);
        var lotte = casus.Betrokkenen.Single(b => b.Naam == "Lotte Kuipers");
        Assert.True(lotte.IsJeugdige);
        Assert.Equal(geboren, lotte.Geboortedatum);
        var anja = casus.Betrokkenen.Single(b => b.Naam == "Anja Kuipers");
        Assert.True(anja.IsOuder);
        Assert.Equal("06 5500 1100", anja.Telefoon);
        var regels = await db.Logboek.Where(l => l.CasusId == casus.Id && l.Entiteit == "Betrokkene" && l.Actie == LogboekActie.Aangemaakt)
            .Select(l => l.Omschrijving!).ToListAsync();
        Assert.Contains(regels, r => r.Contains(lotte.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains(regels, r => r.Contains(anja.Id.ToString(), StringComparison.Ordinal));
        Assert.All(regels, r => Assert.DoesNotContain("Kuipers", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_half_ingevulde_rij_of_een_verkeerde_datum_geeft_een_melding_bij_dat_veld()
    {
        var client = await app.IngelogdAlsAsync(Vrager);
        var formulier = (await FormulierAsync(client, "Halverwege", await GemeenteIdAsync()))
            .Met("Input.Jeugdigen[0].Naam", "Alleen een naam")
            .Met("Input.Jeugdigen[1].Naam", "Toekomst").Met("Input.Jeugdigen[1].Geboortedatum", "01-01-2030")
            .Met("Input.Jeugdigen[2].Naam", "Onleesbaar").Met("Input.Jeugdigen[2].Geboortedatum", "31-02-2015x")
            .Met("Input.Jeugdigen[3].Geboortedatum", "2015-01-01")
            .Met("Input.OuderTelefoon", "bel maar");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(response);
        string Fout(string veld) => pagina.QuerySelector($"[data-valmsg-for='{veld}']")!.TextContent;
        Assert.Contains("geboortedatum van deze jeugdige", Fout("Input.Jeugdigen[0].Geboortedatum"), StringComparison.Ordinal);
        Assert.Contains("in de toekomst", Fout("Input.Jeugdigen[1].Geboortedatum"), StringComparison.Ordinal);
        Assert.Contains("kunnen we niet lezen", Fout("Input.Jeugdigen[2].Geboortedatum"), StringComparison.Ordinal);
        Assert.Contains("naam van deze jeugdige", Fout("Input.Jeugdigen[3].Naam"), StringComparison.Ordinal);
        Assert.Contains("Een telefoonnummer bestaat uit cijfers", Fout("Input.OuderTelefoon"), StringComparison.Ordinal);
        Assert.Equal("31-02-2015x", pagina.QuerySelector("#Input_Jeugdigen_2__Geboortedatum")!.GetAttribute("value"));
        Assert.Equal("Halverwege", pagina.QuerySelector("#Input_Gezinsnaam")!.GetAttribute("value"));
        Assert.Equal(0, await AantalAsync("Halverwege"));
    }

    [Fact]
    public async Task De_vraag_komt_bij_de_regievoerder_die_de_vrager_toevoegt()
    {
        var bestaand = await BestaandAsync("Oude Groote", new DateOnly(2014, 9, 9));
        var client = await app.IngelogdAlsAsync(Vrager);
        var waarschuwing = await (await FormulierAsync(client, "Oude Groote", await GemeenteIdAsync()))
            .Met("Input.Jeugdigen[0].Naam", "Finn").Met("Input.Jeugdigen[0].Geboortedatum", "9-9-2014").PostAsync(client);

        var gevraagd = await (await KeuzeAsync(waarschuwing, "Vraag")).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, gevraagd.StatusCode);
        Guid verzoekId, joost;
        await using (var db = app.NieuweDbContext())
        {
            joost = await db.Medewerkers.Where(m => m.Email == $"{Vrager}@{DemoData.Domein}").Select(m => m.Id).SingleAsync();
            var verzoek = await db.Toegangsverzoeken.SingleAsync(v => v.CasusId == bestaand.Id);
            Assert.Equal(joost, verzoek.MedewerkerId);
            verzoekId = verzoek.Id;
            Assert.Equal(1, await AantalAsync("Oude Groote"));
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == bestaand.Id && l.Entiteit == "Toegangsverzoek"
                && l.Actie == LogboekActie.Aangemaakt && l.Omschrijving!.Contains(verzoekId.ToString())));
        }
        // The asker cannot open the request (nor the casus).
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Casussen/{bestaand.Id}/Toegangsverzoeken/{verzoekId}")).StatusCode);

        // The regievoerder's bell leads to the request, which says who asks.
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var meldingen = await RegieApp.LeesHtmlAsync(await sanne.GetAsync("/Meldingen"));
        var regel = meldingen.QuerySelectorAll("#meldingen li").Single(li => li.TextContent.Contains("vraagt of u", StringComparison.Ordinal)
            && li.TextContent.Contains(bestaand.Code, StringComparison.Ordinal));
        var open = await Formulier.Van(regel.QuerySelector("form")!).PostAsync(sanne);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        var pad = open.Headers.Location!.OriginalString;
        Assert.Equal($"/Casussen/{bestaand.Id}/Toegangsverzoeken/{verzoekId}", pad);
        var verzoekpagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(pad));
        var vrager = verzoekpagina.QuerySelector("#vrager")!.TextContent;
        Assert.Contains("Joost Hendriks", vrager, StringComparison.Ordinal);
        Assert.Contains("Gemeente Almelo", vrager, StringComparison.Ordinal);

        var toestaan = verzoekpagina.QuerySelector("main form button[formaction*='handler=Toestaan']")!.GetAttribute("formaction");
        var antwoord = await Formulier.Van(verzoekpagina.QuerySelector("main form")!, toestaan).PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        await using (var db = app.NieuweDbContext())
        {
            var casus = await db.Casussen.Include(c => c.Betrokkenen).SingleAsync(c => c.Id == bestaand.Id);
            var nieuw = casus.Betrokkenen.Single(b => b.MedewerkerId == joost);
            Assert.True(nieuw.IsProfessional && nieuw.IsActief);
            Assert.Equal(ToegangsverzoekStatus.Toegestaan, (await db.Toegangsverzoeken.SingleAsync(v => v.Id == verzoekId)).Status);
            var regels = await db.Logboek.Where(l => l.CasusId == bestaand.Id).Select(l => new { l.Entiteit, l.Actie, l.Omschrijving }).ToListAsync();
            Assert.Contains(regels, l => l.Entiteit == "Toegangsverzoek" && l.Actie == LogboekActie.Gewijzigd && l.Omschrijving!.Contains("toegestaan", StringComparison.Ordinal));
            Assert.Contains(regels, l => l.Entiteit == "Betrokkene" && l.Omschrijving!.Contains(nieuw.Id.ToString(), StringComparison.Ordinal));
            var gebruiker = await db.Users.Where(u => u.MedewerkerId == joost).Select(u => u.Id).SingleAsync();
            Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == gebruiker && m.Soort == MeldingSoort.ToegevoegdAanCasus && m.CasusId == bestaand.Id));
        }
        // The asker now sees the casus, and the answer in their bell.
        Assert.Contains($"U bent toegevoegd aan casus {bestaand.Code}", await client.GetStringAsync("/Meldingen"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Casussen/{bestaand.Id}")).StatusCode);

        // Answering twice is refused in Dutch, and nothing is added twice.
        var nogmaals = await sanne.PostAsync($"/Casussen/{bestaand.Id}/Toegangsverzoeken/{verzoekId}?handler=Toestaan",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Formulier.Van(verzoekpagina.QuerySelector("main form")!, toestaan)["__RequestVerificationToken"]! }));
        Assert.Equal(HttpStatusCode.OK, nogmaals.StatusCode);
        Assert.Contains("al geantwoord", await nogmaals.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_regievoerder_komt_de_vraag_bij_de_betrokkenen_van_de_gemeente_die_hem_beantwoorden()
    {
        // A maatregel: regie waits for the GI, the jeugdconsulent of the gemeente is betrokken.
        var bestaand = await BestaandAsync("Van Zuilen", new DateOnly(2013, 3, 3), maatregel: Maatregel.Ots);
        var client = await app.IngelogdAlsAsync(Vrager);
        var waarschuwing = await (await FormulierAsync(client, "Van Zuilen", await GemeenteIdAsync()))
            .Met("Input.Jeugdigen[0].Naam", "Mila").Met("Input.Jeugdigen[0].Geboortedatum", "3-3-2013").PostAsync(client);
        var gevraagd = await (await KeuzeAsync(waarschuwing, "Vraag")).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, gevraagd.StatusCode);

        Guid verzoekId;
        await using (var db = app.NieuweDbContext())
        {
            verzoekId = await db.Toegangsverzoeken.Where(v => v.CasusId == bestaand.Id).Select(v => v.Id).SingleAsync();
            var sanne = await db.Users.Where(u => u.Email == $"jeugdconsulent@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
            Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == sanne && m.Soort == MeldingSoort.ToegangGevraagd && m.OnderwerpId == verzoekId));
        }
        var jeugdconsulent = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await RegieApp.LeesHtmlAsync(await jeugdconsulent.GetAsync($"/Casussen/{bestaand.Id}/Toegangsverzoeken/{verzoekId}"));
        var afwijzen = pagina.QuerySelector("main form button[formaction*='handler=Afwijzen']")!.GetAttribute("formaction");
        Assert.Equal(HttpStatusCode.Redirect, (await Formulier.Van(pagina.QuerySelector("main form")!, afwijzen).PostAsync(jeugdconsulent)).StatusCode);
        await using (var db = app.NieuweDbContext())
            Assert.Equal(ToegangsverzoekStatus.Afgewezen, (await db.Toegangsverzoeken.SingleAsync(v => v.Id == verzoekId)).Status);
    }

    [Fact]
    public async Task De_regievoerder_wijst_af_en_de_vrager_ziet_dat_zonder_de_casus_te_zien()
    {
        var bestaand = await BestaandAsync("Wolters", telefoon: "06 4444 0001");
        var client = await app.IngelogdAlsAsync(Vrager);
        var waarschuwing = await (await FormulierAsync(client, "Wolters", await GemeenteIdAsync()))
            .Met("Input.OuderNaam", "Els").Met("Input.OuderTelefoon", "0031 6 4444 0001").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await (await KeuzeAsync(waarschuwing, "Vraag")).PostAsync(client)).StatusCode);
        Guid verzoekId;
        await using (var db = app.NieuweDbContext())
            verzoekId = await db.Toegangsverzoeken.Where(v => v.CasusId == bestaand.Id).Select(v => v.Id).SingleAsync();

        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var pad = $"/Casussen/{bestaand.Id}/Toegangsverzoeken/{verzoekId}";
        var verzoekpagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(pad));
        var afwijzen = verzoekpagina.QuerySelector("main form button[formaction*='handler=Afwijzen']")!.GetAttribute("formaction");
        Assert.Equal(HttpStatusCode.Redirect, (await Formulier.Van(verzoekpagina.QuerySelector("main form")!, afwijzen).PostAsync(sanne)).StatusCode);

        var bel = await client.GetStringAsync("/Meldingen");
        Assert.Contains("heeft u niet toegevoegd", bel, StringComparison.Ordinal);
        Assert.DoesNotContain(bestaand.Code, bel, StringComparison.Ordinal);
        Assert.DoesNotContain("Wolters", bel, StringComparison.Ordinal);
        await using var controle = app.NieuweDbContext();
        Assert.Equal(ToegangsverzoekStatus.Afgewezen, (await controle.Toegangsverzoeken.SingleAsync(v => v.Id == verzoekId)).Status);
        var joost = await controle.Medewerkers.Where(m => m.Email == $"{Vrager}@{DemoData.Domein}").Select(m => m.Id).SingleAsync();
        Assert.False(await controle.Betrokkenen.AnyAsync(b => b.CasusId == bestaand.Id && b.MedewerkerId == joost));
        Assert.True(await controle.Logboek.AnyAsync(l => l.CasusId == bestaand.Id && l.Entiteit == "Toegangsverzoek"
            && l.Actie == LogboekActie.Gewijzigd && l.Omschrijving == $"Toegangsverzoek {verzoekId} afgewezen"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Casussen/{bestaand.Id}")).StatusCode);
    }

    [Fact]
    public async Task Toch_openen_vraagt_het_vinkje_en_logt_de_keuze_bij_beide_casussen()
    {
        var bestaand = await BestaandAsync("Brinkman", new DateOnly(2018, 1, 20));
        var client = await app.IngelogdAlsAsync(Vrager);
        var waarschuwing = await (await FormulierAsync(client, "Brinkman", await GemeenteIdAsync()))
            .Met("Input.Jeugdigen[0].Naam", "Ties").Met("Input.Jeugdigen[0].Geboortedatum", "20-01-2018").PostAsync(client);
        var keuze = await KeuzeAsync(waarschuwing, "TochOpenen");

        var zonderVinkje = await keuze.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, zonderVinkje.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(zonderVinkje);
        Assert.Contains("Zet het vinkje", pagina.QuerySelector("[data-valmsg-for='TochOpenenBevestigd']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(pagina.QuerySelector("#dubbele-casus"));
        Assert.Equal(1, await AantalAsync("Brinkman"));

        var metVinkje = await keuze.Met("TochOpenenBevestigd", "true").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, metVinkje.StatusCode);
        Assert.Equal(2, await AantalAsync("Brinkman"));
        await using var db = app.NieuweDbContext();
        var nieuw = await db.Casussen.Where(c => c.Gezinsnaam == "Brinkman" && c.Id != bestaand.Id).Select(c => c.Id).SingleAsync();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == nieuw && l.Entiteit == "DubbeleCasus" && l.Omschrijving!.Contains(bestaand.Id.ToString())));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == bestaand.Id && l.Entiteit == "DubbeleCasus" && l.Omschrijving!.Contains(nieuw.ToString())));
    }

    [Fact]
    public async Task De_controle_is_een_statement_dat_de_eigen_indexen_leest()
    {
        var almelo = Guid.Parse(await GemeenteIdAsync());
        var opdracht = Regie.Web.Pages.Casussen.DubbeleCasus.Opdracht(almelo, "Ter Horst", [new DateOnly(2015, 3, 14)], "06-12345678");
        var namen = Enumerable.Range(0, opdracht.ArgumentCount).Select(i => (object)$"@p{i}").ToArray();
        await using var verbinding = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await verbinding.OpenAsync();
        // The demo is small enough for a sequential scan; without one, the planner shows which indexes it can use.
        await using (var uit = new Npgsql.NpgsqlCommand("SET enable_seqscan = off", verbinding)) await uit.ExecuteNonQueryAsync();
        await using var uitleg = new Npgsql.NpgsqlCommand("EXPLAIN " + string.Format(System.Globalization.CultureInfo.InvariantCulture, opdracht.Format, namen), verbinding);
        foreach (var (waarde, i) in opdracht.GetArguments().Select((a, i) => (a, i))) uitleg.Parameters.Add(new Npgsql.NpgsqlParameter($"p{i}", waarde ?? DBNull.Value));
        var regels = new List<string>();
        await using (var lezer = await uitleg.ExecuteReaderAsync())
            while (await lezer.ReadAsync()) regels.Add(lezer.GetString(0));
        var plan = string.Join("\n", regels);

        Assert.Contains("IX_Casussen_DubbeleCasus", plan, StringComparison.Ordinal);
        Assert.Contains("IX_Betrokkenen_DubbeleCasus", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Geknoeide_ids_en_een_vraag_zonder_dubbele_casus_geven_404_of_een_nederlandse_melding()
    {
        var bestaand = await BestaandAsync("Nijhuis", new DateOnly(2013, 5, 5));
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync($"/Casussen/{bestaand.Id}/Toegangsverzoeken/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync($"/Casussen/{bestaand.Id}/Toegangsverzoeken/niet-een-id")).StatusCode);

        // "Vraag" posted by hand for a family without a casus: there is nobody to ask.
        var client = await app.IngelogdAlsAsync(Vrager);
        var vraag = Formulier.Van((await RegieApp.LeesHtmlAsync(await client.GetAsync("/Casussen/Nieuw"))).QuerySelector("main form")!, "/Casussen/Nieuw?handler=Vraag")
            .Met("Input.Gezinsnaam", "Nergens").Met("Input.GemeenteId", await GemeenteIdAsync()).Met("Input.Hulpvraag", "Hulp.");

        var response = await vraag.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Er is geen andere casus meer voor dit gezin gevonden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await AantalAsync("Nergens"));
    }
}
