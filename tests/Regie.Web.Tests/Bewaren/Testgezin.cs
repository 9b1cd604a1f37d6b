using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regie.Domain.Casussen;
using Regie.Domain.Correcties;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Domain.Signalen;
using Regie.Domain.Toestemmingen;
using Regie.Web.Data;
using Regie.Web.Tests.Regio;
using static Regie.Web.Tests.Planner.PlannerTestdata;

namespace Regie.Web.Tests.Bewaren;

/// <summary>A family whose every word is unique, in every part of a casus: betrokkenen with contact details, afspraken, taken,
/// an overleg, a vastgestelde versie with its PDF, an overdracht, a signaal with an exchange, a toestemming, an ouder's
/// account with its invitation, a melding, a queued mail, a toegangsverzoek and a scheduled job naming the casus. Closed on
/// <see cref="Gesloten"/> (or left open, with the demo jeugdconsulent as regievoerder). Made through the domain, as the pages would.</summary>
internal static class Testgezin
{
    public static readonly DateOnly Gesloten = new(2026, 11, 20);

    /// <summary>Every name, phone, e-mail and free text of the family: none may be found anywhere after anonymising.</summary>
    public static readonly string[] Woorden =
    [
        "Zwanenburgh", "Quirijn", "98765432", "987 654 32", "zwanenburgh@voorbeeld.test", "Xylofoonles", "Wibautstraat",
        "Kwikstaart", "Pimpernel", "Goudvink", "Sneeuwuil", "Lepelaar", "Korhoen", "Roerdomp", "Grutto", "Tureluur", "IJsvogel",
        "Boomklever", "Patrijs", "Wielewaal", "Karekiet", "Zilverreiger", "Kluut",
    ];

    public static async Task<Guid> MaakAsync(RegieApp app, string code, string gezinsnaam = "Zwanenburgh", bool afsluiten = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var consulent = await db.Users.SingleAsync(u => u.Email == $"jeugdconsulent@{Demo.DemoData.Domein}");
        var medewerker = await db.Medewerkers.SingleAsync(m => m.Id == consulent.MedewerkerId);
        var gemeente = await db.Organisaties.SingleAsync(o => o.Id == medewerker.OrganisatieId);
        var sjabloon = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
        var start = new DateOnly(2026, 9, 3);

        var casus = Casus.Open(code, gezinsnaam, gemeente, ["OB3B"], Maatregel.Geen, "Hulpvraag Kwikstaart: rust voor Quirijn.", sjabloon, start);
        var moeder = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, $"Quirijna {gezinsnaam}", "Moeder van Quirijn", "06-98765432",
            "q.zwanenburgh@voorbeeld.test", "Na de Xylofoonles", IsOuder: true, HeeftGezag: true), start).Moet();
        var kind = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, $"Quirijn {gezinsnaam}", "Zoon", "06 987 654 32",
            Geboortedatum: new DateOnly(2014, 3, 10)), start).Moet();
        casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Netwerk, "Opa Wibautstraat", "Opa", OrganisatieNaam: "Buurthuis Boomklever"), start).Moet();
        var sanne = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Professional, consulent.Naam, "Jeugdconsulent", OrganisatieId: gemeente.Id,
            OrganisatieNaam: gemeente.Naam, OrganisatieType: OrganisatieType.Gemeente, MedewerkerId: medewerker.Id), start).Moet();
        var zorg = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Professional, "Hulpverlener Patrijs", "Gezinsbehandelaar",
            OrganisatieNaam: "Praktijk Wielewaal", OrganisatieType: OrganisatieType.Zorgaanbieder), start).Moet();

        casus.WijsProcesregieToe(sanne.Id, "Mandaat Karekiet", NederlandseTijd(2026, 9, 4, 10)).Moet();
        casus.WijsInhoudelijkeRegieToe(zorg.Id, "Onderdeel Karekiet", "Mandaat Karekiet", NederlandseTijd(2026, 9, 4, 11)).Moet();
        var taak = casus.VoegTaakToe("Taak Kwikstaart voor Quirijn", moeder.Id, "Resultaat Kwikstaart", new DateOnly(2026, 10, 14), start).Moet();
        casus.PlanEvaluatie(new DateOnly(2026, 11, 12), start).Moet();
        foreach (var stap in casus.Stappen.ToList())
            casus.WijzigStap(stap.Nummer, $"Afspraak Pimpernel {stap.Nummer} met Quirijna", StapStatus.Afgesproken, consulent.Naam,
                NederlandseTijd(2026, 9, 10, 10)).Moet();
        var overleg = casus.PlanOverleg(NederlandseTijd(2026, 9, 17, 9), [moeder.Id, sanne.Id]).Moet();
        casus.LegOverlegVast(overleg.Id, [moeder.Id, sanne.Id], "Besluit Goudvink over Quirijn").Moet();
        var versie = casus.StelVast(overleg.Id, new OudersAntwoord(true, "Opmerking Goudvink"), consulent.Id, consulent.Naam,
            NederlandseTijd(2026, 9, 17, 11)).Moet();
        var overdracht = casus.StelOverdrachtVoor(zorg.Id, "Notitie Sneeuwuil", NederlandseTijd(2026, 10, 5, 10)).Moet();
        casus.WijsOverdrachtAf(overdracht.Id, "Reden Sneeuwuil", NederlandseTijd(2026, 10, 8, 15)).Moet();
        var toestemming = Toestemming.Geef(casus, moeder.Id, null, gemeente.Id, "Doel IJsvogel: school van Quirijn", start, null,
            consulent.Id, consulent.Naam, NederlandseTijd(2026, 9, 5, 9), start).Moet();
        if (afsluiten) casus.SluitAf("Reden Lepelaar", "Evaluatie Korhoen met Quirijna", Gesloten, NederlandseTijd(2026, 11, 20, 15)).Moet();
        db.Casussen.Add(casus);
        db.Toestemmingen.Add(toestemming);

        var signaal = Signaal.Geef(casus.Id, SignaalSoort.Anders, SignaalBron.Ouder, "Signaal Roerdomp over Quirijn", taak.Id, Guid.NewGuid(),
            moeder.Naam, NederlandseTijd(2026, 10, 12, 10), new DateOnly(2026, 10, 12)).Moet();
        signaal.VoegToe("Aanvulling Tureluur", moeder.Naam, NederlandseTijd(2026, 10, 12, 11)).Moet();
        signaal.Beantwoord("Antwoord Grutto aan Quirijna", consulent.Naam, NederlandseTijd(2026, 10, 13, 10)).Moet();
        db.Signalen.Add(signaal);
        db.HandreikingPdfs.Add(new HandreikingPdf(versie.Id, Encoding.UTF8.GetBytes($"%PDF-1.7 Familie {gezinsnaam}"), NederlandseTijd(2026, 9, 17, 12)));
        db.Toegangsverzoeken.Add(new Toegangsverzoek(casus.Id, (await db.Medewerkers.FirstAsync(m => m.Id != medewerker.Id)).Id, NederlandseTijd(2026, 9, 20, 9)));
        db.Meldingen.Add(new Melding(consulent.Id, MeldingSoort.NieuwSignaal, casus.Id, signaal.Id, NederlandseTijd(2026, 10, 12, 10)));
        await db.SaveChangesAsync();

        var ouder = new Gebruiker
        {
            UserName = $"{code.ToLowerInvariant()}.zwanenburgh@voorbeeld.test", Email = $"{code.ToLowerInvariant()}.zwanenburgh@voorbeeld.test",
            Naam = moeder.Naam, BetrokkeneId = moeder.Id, PhoneNumber = "06-98765432", EmailConfirmed = true,
        };
        Assert.True((await users.CreateAsync(ouder, "Wachtwoord-Pimpernel-1")).Succeeded);
        Assert.True((await users.AddToRoleAsync(ouder, Rollen.Ouder)).Succeeded);
        db.Uitnodigingen.Add(new Uitnodiging(ouder.Id, ouder.Email!, consulent.Naam, NederlandseTijd(2026, 9, 6, 9), out _));
        db.Meldingen.Add(new Melding(ouder.Id, MeldingSoort.SignaalBeantwoord, casus.Id, signaal.Id, NederlandseTijd(2026, 10, 13, 10)));
        // The ouder's correction request and its answer, and a decision to share without toestemming.
        var correctie = Correctieverzoek.Dien(casus.Id, moeder.Id, ouder.Id, CorrectieOnderwerp.Gezinsgegevens,
            "Zilverreiger is de naam van de school van Quirijn", NederlandseTijd(2026, 10, 20, 9), new DateOnly(2026, 10, 20)).Moet();
        correctie.Beantwoord(CorrectieBesluit.Aangepast, "Aangepast voor Quirijna, Kluut", consulent.Id, NederlandseTijd(2026, 10, 21, 9)).Moet();
        db.Correctieverzoeken.Add(correctie);
        db.Deelbesluiten.Add(new Deelbesluit(casus.Id, gemeente.Id, Deelgrond.Veiligheid, consulent.Id, consulent.Naam, NederlandseTijd(2026, 9, 8, 9)));
        db.UitgaandeMails.Add(new UitgaandeMail(ouder.Email!, "Bericht voor Quirijna", $"Beste Quirijna {gezinsnaam}, er is antwoord.",
            NederlandseTijd(2026, 10, 13, 10)));
        await db.SaveChangesAsync();

        // A job that keeps the casus id and a name in its data, as a reminder job might.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO qrtz_job_details (sched_name, job_name, job_group, job_class_name, is_durable, is_nonconcurrent, is_update_data,
                requests_recovery, job_data)
            VALUES ('Regie', @naam, 'herinneringen', 'Herinnering', false, false, false, false, convert_to(@data, 'UTF8'));
            INSERT INTO qrtz_triggers (sched_name, trigger_name, trigger_group, job_name, job_group, trigger_state, trigger_type, start_time, job_data)
            VALUES ('Regie', @naam, 'herinneringen', @naam, 'herinneringen', 'WAITING', 'SIMPLE', 0, convert_to(@data, 'UTF8'));
            """,
            new NpgsqlParameter("naam", $"herinnering-{casus.Id}"),
            new NpgsqlParameter("data", $$"""{"casus":"{{casus.Id}}","tekst":"Herinnering voor Quirijna {{gezinsnaam}}"}"""));
        return casus.Id;
    }
}
