using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Domain.Signalen;
using Regie.Domain.Toestemmingen;
using Regie.Web.Data;

namespace Regie.Web.Demo;

/// <summary>The familie Tukker from the brief and a Gezin Bakker with an OTS, with demo accounts.
/// Only when Regie:DemoData is on; seeded once per database.</summary>
public sealed class DemoData(RegieDbContext db, UserManager<Gebruiker> users, Sjablonen sjablonen, TimeProvider clock, ILogger<DemoData> log)
{
    public const string Wachtwoord = "Regie-Demo-2026!";
    public const string Domein = "demo.regie.test";
    public const string TukkerCode = "TW-2026-0042";
    public const string BakkerCode = "TW-2026-0043";

    /// <summary>The seeded accounts, the only ones exempt from 2FA while demo data is on (not every address on the domain:
    /// a beheerder could invite one more).</summary>
    public static readonly IReadOnlySet<string> Accounts = new[]
    {
        "jeugdconsulent", "jeugdbeschermer", "behandelaar", "maatschappelijkwerker", "buitenstaander", "ouder", "regiocoordinator", "beheerder", "regiecontact",
    }.Select(a => $"{a}@{Domein}").ToHashSet(StringComparer.OrdinalIgnoreCase);

    public async Task ZaaiAsync(CancellationToken ct)
    {
        if (await db.Medewerkers.AnyAsync(m => m.Email == $"jeugdconsulent@{Domein}", ct)) return;

        var nu = clock.GetUtcNow();
        var vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
        var sjabloon = await sjablonen.NieuwsteAsync(ct);

        var almelo = new Organisatie("Gemeente Almelo", OrganisatieType.Gemeente, "GM0141", "Twente");
        var hengelo = new Organisatie("Gemeente Hengelo", OrganisatieType.Gemeente, "GM0164", "Twente");
        var gi = new Organisatie("Jeugdbescherming Oost", OrganisatieType.GecertificeerdeInstelling, null, "Twente");
        var mw = new Organisatie("Wijkracht Maatschappelijk Werk", OrganisatieType.Zorgaanbieder, null, "Twente");
        var linde = new Organisatie("Jeugdzorg De Linde", OrganisatieType.Zorgaanbieder, null, "Twente");
        var swv = new Organisatie("Samenwerkingsverband VO Twente", OrganisatieType.Onderwijs, null, "Twente");
        var elders = new Organisatie("Zorgaanbieder Elders", OrganisatieType.Zorgaanbieder, null, "Twente");
        db.Organisaties.AddRange(almelo, hengelo, gi, mw, linde, swv, elders);

        var sanne = new Medewerker(almelo.Id, "Sanne de Vries", $"jeugdconsulent@{Domein}", "Jeugdconsulent", "0546 541 100", "Maandag tot en met donderdag, 8.30–17.00 uur");
        var martijn = new Medewerker(gi.Id, "Martijn Kok", $"jeugdbeschermer@{Domein}", "Jeugdbeschermer", "088 123 4500", "Werkdagen 9.00–17.00 uur; bij crisis via de piketdienst");
        var ayse = new Medewerker(linde.Id, "Ayşe Yılmaz", $"behandelaar@{Domein}", "GZ-psycholoog", "074 250 3300", "Dinsdag en donderdag");
        var peter = new Medewerker(mw.Id, "Peter Jansen", $"maatschappelijkwerker@{Domein}", "Maatschappelijk werker", "0546 830 200", "Maandag tot en met vrijdag, 9.00–12.00 uur telefonisch spreekuur");
        var lotte = new Medewerker(elders.Id, "Lotte Buiten", $"buitenstaander@{Domein}", "Ambulant begeleider", "053 480 0000", null);
        var femke = new Medewerker(hengelo.Id, "Femke Smit", $"wijkcoach.hengelo@{Domein}", "Wijkcoach", "074 245 9000", "Maandag tot en met vrijdag");
        db.Medewerkers.AddRange(sanne, martijn, ayse, peter, lotte, femke);

        var tukker = Casus.Open(TukkerCode, "Tukker", almelo, ["OB3B", "OB4A"], Maatregel.Geen,
            "Vader is onlangs ontslagen en moeder is langdurig ziek. Er zijn geldzorgen. Wesley (14) loopt vast op school. " +
            "Ouders willen weten wie wat doet, willen rust in het gezin en één vast aanspreekpunt.",
            sjabloon, vandaag.AddDays(-30));
        var johan = Voeg(tukker, new(BetrokkeneSoort.Gezinslid, "Johan Tukker", "Vader", "06 1234 5601", null, "Overdag bereikbaar", IsOuder: true, HeeftGezag: true), vandaag.AddDays(-30));
        var ellen = Voeg(tukker, new(BetrokkeneSoort.Gezinslid, "Ellen Tukker", "Moeder", "06 1234 5602", $"ouder@{Domein}", "Liefst na 10.00 uur", IsOuder: true, HeeftGezag: true), vandaag.AddDays(-30));
        var wesley = Voeg(tukker, new(BetrokkeneSoort.Gezinslid, "Wesley Tukker", "Zoon, 14 jaar",
            // 14, as the hulpvraag says: old enough to be heard, not yet 16.
            Geboortedatum: vandaag.AddYears(-15).AddDays(100)), vandaag.AddDays(-30));
        Voeg(tukker, new(BetrokkeneSoort.Netwerk, "Gerda Tukker", "Oma (moeder van vader)", "0546 123 456", null, "Vaak thuis"), vandaag.AddDays(-30));
        var bSanne = Voeg(tukker, Professional(sanne, almelo, "Jeugdconsulent gemeente, procesregievoerder"), vandaag.AddDays(-30));
        var bPeter = Voeg(tukker, Professional(peter, mw, "Maatschappelijk werker: geldzorgen"), vandaag.AddDays(-30));
        var bAyse = Voeg(tukker, Professional(ayse, linde, "Behandelaar: onderzoek naar de problemen van Wesley op school"), vandaag.AddDays(-30));
        var bSchool = Voeg(tukker, new(BetrokkeneSoort.Professional, "Marloes van Dam", "Intern begeleider school, namens het samenwerkingsverband",
            "0546 800 800", null, "Schooldagen tot 16.00 uur", swv.Id, swv.Naam, swv.Type), vandaag.AddDays(-30));

        Zeker(tukker.WijsProcesregieToe(bSanne.Id,
            "Sanne bewaakt de afspraken, roept het MDO bij elkaar en mag bij stilstand doorzetten: zij spreekt betrokkenen aan en schakelt zo nodig de leidinggevende of de gemeente in.",
            nu.AddDays(-30)));
        Zeker(tukker.WijsInhoudelijkeRegieToe(bPeter.Id, "Financiën en schulden", "Beslist over de aanpak van de schulden, samen met ouders.", nu.AddDays(-30)));
        Zeker(tukker.WijsInhoudelijkeRegieToe(bAyse.Id, "Onderzoek schoolproblemen Wesley", "Bepaalt de opzet van het onderzoek en het advies aan school.", nu.AddDays(-30)));

        Zeker(tukker.VoegTaakToe("Samen met ouders een overzicht maken van inkomsten en schulden en aanmelden bij schuldhulpverlening.", bPeter.Id, "Financiën op orde", vandaag.AddDays(42), vandaag));
        Zeker(tukker.VoegTaakToe("Het onderzoek naar de problemen van Wesley op school afronden en de uitkomst met ouders en school bespreken.", bAyse.Id, "Wesley gaat weer met plezier naar school", vandaag.AddDays(56), vandaag));
        Zeker(tukker.VoegTaakToe("Een vast aanspreekpunt en een aangepast rooster voor Wesley regelen.", bSchool.Id, "Wesley gaat weer met plezier naar school", vandaag.AddDays(14), vandaag));
        Zeker(tukker.VoegTaakToe("Aanspreekpunt voor ouders zijn, de afspraken bewaken en de evaluatie plannen.", bSanne.Id, "Rust en overzicht voor het gezin", null, vandaag));
        Zeker(tukker.VoegTaakToe("Zich melden bij het werkplein voor hulp bij het vinden van werk.", johan.Id, "Werk en inkomen", vandaag.AddDays(21), vandaag));
        Zeker(tukker.VoegTaakToe("De afspraken met de bedrijfsarts nakomen en laten weten als het niet gaat.", ellen.Id, "Gezondheid", null, vandaag));
        Zeker(tukker.VoegTaakToe("Aan de mentor vertellen wanneer het op school niet goed gaat.", wesley.Id, "Wesley gaat weer met plezier naar school", null, vandaag));
        Zeker(tukker.PlanEvaluatie(vandaag.AddDays(60), vandaag));

        var tukkerAfspraken = new Dictionary<StapSoort, string>
        {
            [StapSoort.Betrokkenen] = "Het gezin: vader Johan, moeder Ellen en Wesley. Oma Gerda helpt mee. Betrokken zijn de jeugdconsulent van de gemeente, de maatschappelijk werker, de behandelaar van De Linde en de intern begeleider van school.",
            [StapSoort.Hulpvraag] = "Ouders willen rust, duidelijkheid over wie wat doet en één aanspreekpunt. Resultaten: de geldzorgen zijn in beeld en er is een plan; Wesley gaat weer met plezier naar school; ouders weten wie ze moeten bellen.",
            [StapSoort.WieDoetWat] = "Ieder doet zijn eigen deel (zie de taken). We doen niets dubbel: alleen Peter bespreekt geld met ouders, alleen Ayşe doet onderzoek bij Wesley, school regelt het rooster.",
            [StapSoort.Regie] = "Sanne de Vries (gemeente) voert de procesregie. Peter heeft inhoudelijke regie op financiën, Ayşe op het onderzoek. Regie betekent hier: overzicht houden, afspraken bewaken en aanspreken als iets stilvalt.",
            [StapSoort.Communicatie] = "Sanne is het aanspreekpunt voor ouders. Betrokkenen mailen elkaar bij veranderingen en zetten Sanne in de cc. Ouders hebben toestemming gegeven om informatie te delen tussen de betrokkenen in dit plan.",
            [StapSoort.Evaluatie] = "We evalueren over twee maanden in een MDO met ouders. Het werkt als ouders zeggen dat het rustiger is, het schuldenoverzicht er ligt en Wesley minder verzuimt.",
            [StapSoort.Verandering] = "Als de hulpvraag verandert of iemand stopt, belt die persoon Sanne en plant zij binnen twee weken een MDO. Wisselt de regievoerder, dan draagt Sanne warm over. Lopen afspraken vast, dan schaalt Sanne op naar haar teamleider. We sluiten af als de resultaten bereikt zijn en ouders dat ook vinden.",
        };
        // By kind: the newest sjabloon may have put the steps in another order.
        foreach (var (soort, tekst) in tukkerAfspraken)
            Zeker(tukker.WijzigStap(tukker.Stap(soort).Nummer, tekst, StapStatus.Afgesproken, sanne.Naam, nu.AddDays(-7)));

        var mdo = Zeker(tukker.PlanOverleg(nu.AddDays(-7), [johan.Id, ellen.Id, bSanne.Id, bPeter.Id, bAyse.Id, bSchool.Id]));
        Zeker(tukker.LegOverlegVast(mdo.Id, mdo.Aanwezigen, "De handreiking is samen met ouders doorgenomen en vastgesteld. Volgende evaluatie over twee maanden."));
        Zeker(tukker.StelVast(mdo.Id, new OudersAntwoord(true, "Fijn dat we nu weten wie we kunnen bellen."), Guid.Empty, sanne.Naam, nu.AddDays(-7)));
        db.Casussen.Add(tukker);

        var bakker = Casus.Open(BakkerCode, "Bakker", hengelo, ["OB4C"], Maatregel.Ots,
            "Noah (9) staat onder toezicht. Moeder wil dat de hulp thuis op gang komt en dat duidelijk is wat de jeugdbeschermer beslist.",
            sjabloon, vandaag.AddDays(-14));
        var linda = Voeg(bakker, new(BetrokkeneSoort.Gezinslid, "Linda Bakker", "Moeder", "06 9876 5401", null, null, IsOuder: true), vandaag.AddDays(-14));
        Voeg(bakker, new(BetrokkeneSoort.Gezinslid, "Noah Bakker", "Zoon, 9 jaar"), vandaag.AddDays(-14));
        var bMartijn = Voeg(bakker, Professional(martijn, gi, "Jeugdbeschermer, procesregievoerder"), vandaag.AddDays(-14));
        var bFemke = Voeg(bakker, Professional(femke, hengelo, "Wijkcoach gemeente"), vandaag.AddDays(-14));
        Zeker(bakker.WijsProcesregieToe(bMartijn.Id, "Bij de OTS ligt de procesregie bij de jeugdbeschermer; hij kan aanwijzingen geven.", nu.AddDays(-14)));
        Zeker(bakker.VoegTaakToe("Hulp thuis aanvragen en de start bewaken.", bFemke.Id, "Hulp thuis gestart", vandaag.AddDays(21), vandaag));
        Zeker(bakker.VoegTaakToe("Elke twee weken een huisbezoek.", bMartijn.Id, "Veiligheid van Noah", null, vandaag));
        Zeker(bakker.WijzigStap(bakker.Stap(StapSoort.Betrokkenen).Nummer, "Moeder Linda, Noah, de jeugdbeschermer en de wijkcoach.", StapStatus.Afgesproken, martijn.Naam, nu.AddDays(-2)));
        Zeker(bakker.WijzigStap(bakker.Stap(StapSoort.Regie).Nummer, "Martijn Kok (GI) voert de procesregie vanwege de OTS.", StapStatus.Afgesproken, martijn.Naam, nu.AddDays(-2)));
        Zeker(bakker.WijzigStap(bakker.Stap(StapSoort.WieDoetWat).Nummer, "Eerste taken verdeeld; nog bespreken met moeder.", StapStatus.InBespreking, martijn.Naam, nu.AddDays(-2)));
        db.Casussen.Add(bakker);

        await db.SaveChangesAsync(ct);

        // Almelo's regie-contact: Tukker's escalated signalen go to him, though he is not betrokken in Tukker. Saved first:
        // the gemeente points at its medewerker and the medewerker at the gemeente.
        var joost = new Medewerker(almelo.Id, "Joost Hendriks", $"regiecontact@{Domein}", "Teamleider jeugd, regie-contact", "0546 541 200", "Werkdagen 8.30–17.00 uur");
        db.Medewerkers.Add(joost);
        await db.SaveChangesAsync(ct);
        Zeker(almelo.WijsRegieContactAan(joost));
        await db.SaveChangesAsync(ct);
        await Account(joost.Email, joost.Naam, Rollen.Gemeente, medewerkerId: joost.Id);

        await Account(sanne.Email, sanne.Naam, Rollen.Gemeente, medewerkerId: sanne.Id);
        await Account(martijn.Email, martijn.Naam, Rollen.GI, medewerkerId: martijn.Id);
        await Account(ayse.Email, ayse.Naam, Rollen.Zorgaanbieder, medewerkerId: ayse.Id);
        await Account(peter.Email, peter.Naam, Rollen.Zorgaanbieder, medewerkerId: peter.Id);
        await Account(lotte.Email, lotte.Naam, Rollen.Zorgaanbieder, medewerkerId: lotte.Id);
        await Account($"ouder@{Domein}", ellen.Naam, Rollen.Ouder, betrokkeneId: ellen.Id);
        await Account($"regiocoordinator@{Domein}", "Ingrid Bos", Rollen.Regiocoordinator);
        await Account($"beheerder@{Domein}", "Kees Mulder", Rollen.Beheerder);
        _ = linda;

        // One signaal of the moeder, answered, so the signaal pages of the portal and the casus show something.
        var moeder = await users.FindByEmailAsync($"ouder@{Domein}");
        var signaal = Zeker(Signaal.Geef(tukker.Id, SignaalSoort.WeetNietWieBellen, SignaalBron.Ouder,
            "Wie moet ik bellen als de afspraak over de schulden niet doorgaat?", null, moeder!.Id, ellen.Naam, nu.AddDays(-3), vandaag.AddDays(-3)));
        Zeker(signaal.Beantwoord("Belt u dan Peter Jansen van Wijkracht. Lukt dat niet, bel mij dan gerust.", sanne.Naam, nu.AddDays(-2)));
        db.Signalen.Add(signaal);

        // Johan's toestemmingen: the GI (not betrokken yet, in case a maatregel comes) and Wijkracht; De Linde has none, so
        // its behandelaar sees the notice on the casus. Ellen gave one to Wijkracht herself, so the portal shows the demo ouder
        // a toestemming she can withdraw (Wijkracht keeps Johan's: withdrawing hers changes no notice).
        db.Toestemmingen.AddRange(
            Zeker(Toestemming.Geef(tukker, johan.Id, null, gi.Id, "Overleg over de veiligheid van Wesley als er een maatregel nodig lijkt.",
                vandaag.AddDays(-28), vandaag.AddYears(1), sanne.Id, sanne.Naam, nu.AddDays(-28), vandaag)),
            Zeker(Toestemming.Geef(tukker, johan.Id, null, mw.Id, "Afstemmen over de geldzorgen en de aanmelding bij schuldhulpverlening.",
                vandaag.AddDays(-28), null, sanne.Id, sanne.Naam, nu.AddDays(-28), vandaag)),
            Zeker(Toestemming.Geef(tukker, ellen.Id, null, mw.Id, "Afstemmen over de hulp bij de opvoeding thuis.",
                vandaag.AddDays(-21), null, sanne.Id, sanne.Naam, nu.AddDays(-21), vandaag)));
        await db.SaveChangesAsync(ct);
        log.LogInformation("Demodata aangemaakt: casussen {Tukker} en {Bakker}, accounts op @{Domein} (wachtwoord: zie README)", TukkerCode, BakkerCode, Domein);
    }

    private static BetrokkeneGegevens Professional(Medewerker m, Organisatie o, string rol) =>
        new(BetrokkeneSoort.Professional, m.Naam, rol, m.Telefoon, m.Email, m.Bereikbaarheid, o.Id, o.Naam, o.Type, m.Id);

    private static Betrokkene Voeg(Casus casus, BetrokkeneGegevens gegevens, DateOnly van) => Zeker(casus.VoegBetrokkeneToe(gegevens, van));

    private static void Zeker(Uitkomst uitkomst)
    {
        if (uitkomst.IsFout) throw new InvalidOperationException($"Demodata klopt niet: {uitkomst.Melding}");
    }

    private static T Zeker<T>(Uitkomst<T> uitkomst)
    {
        Zeker((Uitkomst)uitkomst);
        return uitkomst.Waarde!;
    }

    private async Task Account(string email, string naam, string rol, Guid? medewerkerId = null, Guid? betrokkeneId = null)
    {
        var gebruiker = new Gebruiker
        {
            UserName = email, Email = email, EmailConfirmed = true, Naam = naam,
            MedewerkerId = medewerkerId, BetrokkeneId = betrokkeneId,
        };
        var result = await users.CreateAsync(gebruiker, Wachtwoord);
        if (result.Succeeded) result = await users.AddToRoleAsync(gebruiker, rol);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo-account {email} kon niet worden gemaakt: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
