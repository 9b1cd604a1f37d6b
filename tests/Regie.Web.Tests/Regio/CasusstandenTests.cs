using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Regio;
using static Regie.Web.Tests.Planner.PlannerTestdata;

namespace Regie.Web.Tests.Regio;

/// <summary>The scheduler's summary, checked column by column against four casussen built with the domain and counted by hand:
/// Wolters (active, every kind of betrokkene), Kuipers (closed in October), Smit (a concept) and Dijkman (closed this month).</summary>
public sealed class CasusstandenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private static readonly DateTimeOffset Nu = NederlandseTijd(2026, 11, 24, 10);
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly SemaphoreSlim Eenmaal = new(1, 1);

    private sealed record Casussen(Guid Wolters, Guid Kuipers, Guid Smit, Guid Dijkman);

    private Task<int> BijwerkenAsync(DateTimeOffset nu) =>
        VoerUitAsync<Casusstandenbijwerker>(app, nu, (werk, ct) => werk.BijwerkenAsync(ct));

    private async Task<Casusstand> StandAsync(DateOnly maand, Guid casusId)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casusstanden.AsNoTracking().SingleAsync(s => s.Maand == maand && s.CasusId == casusId);
    }

    [Fact]
    public async Task Een_actieve_casus_telt_wie_nu_betrokken_is_welke_stappen_afgesproken_zijn_en_hoe_lang_er_geen_regievoerder_was()
    {
        var c = await TestdataAsync();
        Assert.True(await BijwerkenAsync(Nu) >= 3);
        var s = await StandAsync(November, c.Wolters);

        Assert.Equal(CasusStatus.Actief, s.Status);
        Assert.Equal(Maatregel.Ots, s.Maatregel);
        Assert.Equal(["OB3B", "OB4E"], s.Indicaties);
        Assert.Equal(new DateOnly(2026, 9, 1), s.Geopend);
        Assert.Null(s.Gesloten);
        // Born 10-3-2014 (12), 1-5-2012 (14) and 1-1-2024 (2) on 24-11-2026: two in one band, shown once, in band order.
        Assert.Equal(["0-3", "12-15"], s.Leeftijden);
        Assert.Equal(4, s.Gezinsleden); // the mother and three children
        Assert.Equal(1, s.Netwerk); // the neighbour left in October
        Assert.Equal((1, 2, 1, 1, 1), (s.ProfessionalsGemeente, s.ProfessionalsGi, s.ProfessionalsZorgaanbieder, s.ProfessionalsOnderwijs, s.ProfessionalsOverig));
        // The neighbour leaving sent betrokkenen and wie doet wat back to the table, the accepted overdracht regie and communicatie.
        Assert.Equal((false, true, false, false, false, true, true),
            (s.AfgesprokenBetrokkenen, s.AfgesprokenHulpvraag, s.AfgesprokenWieDoetWat, s.AfgesprokenRegie, s.AfgesprokenCommunicatie,
             s.AfgesprokenEvaluatie, s.AfgesprokenVerandering));
        Assert.Equal(Regieplek.GecertificeerdeInstelling, s.Procesregie);
        Assert.Equal((0, 1, 1, 0, 0), (s.InhoudelijkGemeente, s.InhoudelijkGi, s.InhoudelijkZorgaanbieder, s.InhoudelijkOnderwijs, s.InhoudelijkOverig));
        Assert.Equal(1, s.Versies);
        Assert.Equal(20, s.DagenTotEersteVaststelling); // 1 to 21 September
        Assert.Equal(new DateOnly(2026, 9, 1), s.EersteVaststelling);
        Assert.Equal((2, 1, 1), (s.Overdrachten, s.OverdrachtenGeaccepteerd, s.OverdrachtenGeweigerd));
        Assert.Equal(10, s.DagenZonderRegievoerder); // 1 to 10 September, until the GI took procesregie on the 11th
        Assert.Equal(Evaluatiestand.TeLaat, s.Evaluatie); // planned for 20 November
        Assert.True(s.Herbeoordelen);
        Assert.Equal((2, 1, 1), (s.Signalen, s.Opschalingen, s.Geescaleerd));
        Assert.Equal(Nu, s.BijgewerktOp);
    }

    [Fact]
    public async Task Een_concept_zonder_iemand_heeft_geen_regievoerder_sinds_de_startdatum()
    {
        var c = await TestdataAsync();
        await BijwerkenAsync(Nu);
        var s = await StandAsync(November, c.Smit);

        Assert.Equal(CasusStatus.Concept, s.Status);
        Assert.Equal(Maatregel.Voogdij, s.Maatregel);
        Assert.Empty(s.Leeftijden);
        Assert.Equal(0, s.Gezinsleden + s.Netwerk + s.ProfessionalsGemeente + s.ProfessionalsGi + s.ProfessionalsZorgaanbieder
            + s.ProfessionalsOnderwijs + s.ProfessionalsOverig);
        Assert.False(s.AfgesprokenBetrokkenen || s.AfgesprokenHulpvraag || s.AfgesprokenWieDoetWat || s.AfgesprokenRegie
            || s.AfgesprokenCommunicatie || s.AfgesprokenEvaluatie || s.AfgesprokenVerandering);
        Assert.Equal(Regieplek.Geen, s.Procesregie);
        Assert.Equal(0, s.Versies);
        Assert.Null(s.DagenTotEersteVaststelling);
        Assert.Null(s.EersteVaststelling);
        Assert.Equal(4, s.DagenZonderRegievoerder); // 20 to 23 November
        Assert.Equal(Evaluatiestand.GeenDatum, s.Evaluatie);
        Assert.Equal((0, 0, 0), (s.Signalen, s.Opschalingen, s.Geescaleerd));
    }

    [Fact]
    public async Task Een_casus_gesloten_in_een_eerdere_maand_krijgt_zijn_rij_in_de_maand_van_sluiten_zoals_hij_op_die_dag_was()
    {
        var c = await TestdataAsync();
        await BijwerkenAsync(Nu);

        await using var db = app.NieuweDbContext();
        // (Another test writes September as it was then, when Kuipers was still open.)
        var rijen = await db.Casusstanden.AsNoTracking().Where(s => s.CasusId == c.Kuipers && s.Maand >= new DateOnly(2026, 10, 1)).ToListAsync();
        var s = Assert.Single(rijen);
        Assert.Equal(new DateOnly(2026, 10, 1), s.Maand);
        Assert.Equal(CasusStatus.Afgesloten, s.Status);
        Assert.Equal(new DateOnly(2026, 8, 1), s.Geopend);
        Assert.Equal(new DateOnly(2026, 10, 1), s.Gesloten);
        Assert.Equal(["18+"], s.Leeftijden); // born 15-6-2008, 18 on the closing day
        Assert.Equal(2, s.Gezinsleden);
        Assert.Equal(1, s.Netwerk); // the aunt left on the closing day itself, the uncle in September
        Assert.Equal(1, s.ProfessionalsGemeente);
        Assert.Equal(1, s.ProfessionalsZorgaanbieder);
        // Closing ended every toewijzing; the ones held on the closing day count.
        Assert.Equal(Regieplek.Gemeente, s.Procesregie);
        Assert.Equal(1, s.InhoudelijkZorgaanbieder);
        Assert.Equal(0, s.DagenZonderRegievoerder);
        Assert.Equal(Evaluatiestand.NietVanToepassing, s.Evaluatie);
        Assert.Equal(0, s.Versies);
    }

    [Fact]
    public async Task Een_casus_gesloten_in_deze_maand_staat_in_deze_maand_als_afgesloten()
    {
        var c = await TestdataAsync();
        await BijwerkenAsync(Nu);
        var s = await StandAsync(November, c.Dijkman);

        Assert.Equal(CasusStatus.Afgesloten, s.Status);
        Assert.Equal(November, s.Gesloten);
        Assert.Equal(Regieplek.Zorgaanbieder, s.Procesregie);
        Assert.Equal(2, s.DagenZonderRegievoerder); // 2 and 3 November, then regie from the 4th until the closing on the 10th
        Assert.Equal(Evaluatiestand.NietVanToepassing, s.Evaluatie);
    }

    [Fact]
    public async Task Twee_keer_bijwerken_geeft_dezelfde_rijen_en_een_regel_in_het_logboek_met_alleen_aantallen()
    {
        var c = await TestdataAsync();
        var ids = new[] { c.Wolters, c.Kuipers, c.Smit, c.Dijkman };
        await BijwerkenAsync(Nu);
        var voor = await RijenAsync(ids);
        var tweede = await BijwerkenAsync(Nu);
        var na = await RijenAsync(ids);

        Assert.Equal(JsonSerializer.Serialize(voor), JsonSerializer.Serialize(na));
        Assert.Equal(3, na.Count(r => r.Maand == November));
        Assert.Contains(na, r => r.CasusId == c.Kuipers && r.Maand == new DateOnly(2026, 10, 1));

        await using var db = app.NieuweDbContext();
        var regel = await db.Logboek.AsNoTracking().Where(l => l.Entiteit == nameof(Casusstand)).OrderByDescending(l => l.Id).FirstAsync();
        Assert.Equal(Logboekschrijver.Systeem, regel.Gebruiker);
        Assert.Null(regel.GebruikerId);
        Assert.Null(regel.CasusId);
        Assert.Equal(LogboekActie.Gewijzigd, regel.Actie);
        Assert.Equal($"Casusstanden bijgewerkt voor 2026-11: {tweede} rijen geschreven", regel.Omschrijving);
    }

    [Fact]
    public async Task De_maandtotalen_tellen_de_rijen_van_elke_bijgewerkte_maand_op_ook_na_twee_keer_bijwerken()
    {
        var c = await TestdataAsync();
        await BijwerkenAsync(Nu);
        await BijwerkenAsync(Nu);

        await using var db = app.NieuweDbContext();
        // November (this run's month) and October (Kuipers' closing month, written by the first run that saw it closed).
        foreach (var maand in new[] { November, new DateOnly(2026, 10, 1) })
        {
            var standen = await db.Casusstanden.AsNoTracking().Where(s => s.Maand == maand && s.Status == CasusStatus.Actief).ToListAsync();
            var totalen = await db.Maandtotalen.AsNoTracking().Where(t => t.Maand == maand).ToListAsync();
            Assert.Equal(standen.Count, totalen.Sum(t => t.Actief));
            Assert.Equal(standen.Count(s => s.AfgesprokenHulpvraag), totalen.Sum(t => t.AfgesprokenHulpvraag));
            Assert.Equal(standen.Count(s => s.Procesregie == Regieplek.GecertificeerdeInstelling),
                totalen.Sum(t => t.Procesregie[(int)Regieplek.GecertificeerdeInstelling]));
            Assert.Equal(standen.Count(s => s.Evaluatie == Evaluatiestand.TeLaat), totalen.Sum(t => t.EvaluatieTeLaat));
            // One row per gemeente, set of indicaties and maatregel: running twice replaced the month instead of adding to it.
            Assert.Equal(totalen.Count, totalen.DistinctBy(t => (t.GemeenteId, string.Join(",", t.Indicaties), t.Maatregel)).Count());
        }
        var wolters = await StandAsync(November, c.Wolters);
        Assert.Contains(await db.Maandtotalen.AsNoTracking().Where(t => t.Maand == November && t.GemeenteId == wolters.GemeenteId).ToListAsync(),
            t => t.Indicaties.SequenceEqual(wolters.Indicaties) && t.Maatregel == Maatregel.Ots && t.Actief >= 1 && t.Herbeoordelen >= 1);
    }

    [Fact]
    public async Task Een_volgende_maand_laat_de_rijen_van_de_vorige_maand_staan()
    {
        var c = await TestdataAsync();
        await BijwerkenAsync(Nu);
        var november = (await RijenAsync([c.Wolters, c.Smit, c.Dijkman])).Where(r => r.Maand == November).ToList();

        await BijwerkenAsync(NederlandseTijd(2026, 12, 3, 8));

        Assert.Equal(JsonSerializer.Serialize(november),
            JsonSerializer.Serialize((await RijenAsync([c.Wolters, c.Smit, c.Dijkman])).Where(r => r.Maand == November).ToList()));
        var december = new DateOnly(2026, 12, 1);
        Assert.Equal(CasusStatus.Actief, (await StandAsync(december, c.Wolters)).Status);
        Assert.Equal(13, (await StandAsync(december, c.Smit)).DagenZonderRegievoerder); // 20 November to 2 December
        await using var db = app.NieuweDbContext();
        // Closed before December and already shown closed: no December row.
        Assert.False(await db.Casusstanden.AnyAsync(s => s.Maand == december && (s.CasusId == c.Dijkman || s.CasusId == c.Kuipers)));
    }

    [Fact]
    public async Task Een_eerdere_maand_telt_wat_er_aan_het_eind_van_die_maand_was()
    {
        var c = await TestdataAsync();
        await VoerUitAsync<Casusstandenbijwerker>(app, Nu, (werk, ct) => werk.BijwerkenAlsOpAsync(new DateOnly(2026, 9, 30), ct));
        var s = await StandAsync(new DateOnly(2026, 9, 1), c.Wolters);

        Assert.Equal(CasusStatus.Actief, s.Status); // vastgesteld on 21 September
        Assert.Equal(2, s.Netwerk); // the neighbour was still there
        Assert.Equal((1, 2), (s.ProfessionalsGemeente, s.ProfessionalsGi));
        Assert.Equal((1, new DateOnly(2026, 9, 1)), (s.Versies, s.EersteVaststelling));
        Assert.Equal(Regieplek.GecertificeerdeInstelling, s.Procesregie);
        Assert.Equal((0, 0, 0), (s.Overdrachten, s.OverdrachtenGeaccepteerd, s.OverdrachtenGeweigerd));
        Assert.Equal((0, 0, 0), (s.Signalen, s.Opschalingen, s.Geescaleerd));
        Assert.Equal(10, s.DagenZonderRegievoerder);
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Casusstanden.AnyAsync(x => x.Maand == new DateOnly(2026, 9, 1) && (x.CasusId == c.Smit || x.CasusId == c.Dijkman)));
        // Closed only in October, and never vastgesteld: in September a concept.
        Assert.Equal(CasusStatus.Concept, (await StandAsync(new DateOnly(2026, 9, 1), c.Kuipers)).Status);
    }

    private async Task<List<Casusstand>> RijenAsync(Guid[] ids)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casusstanden.AsNoTracking().Where(s => ids.Contains(s.CasusId)).OrderBy(s => s.CasusId).ThenBy(s => s.Maand).ToListAsync();
    }

    // ---- The data, made once per database through the domain, as the pages would ----

    private async Task<Casussen> TestdataAsync()
    {
        await Eenmaal.WaitAsync();
        try
        {
            await using var db = app.NieuweDbContext();
            var bestaand = await db.Casussen.Where(c => c.Code.StartsWith("RS-2026-")).ToDictionaryAsync(c => c.Code, c => c.Id);
            if (bestaand.Count == 4)
                return new(bestaand["RS-2026-0001"], bestaand["RS-2026-0002"], bestaand["RS-2026-0003"], bestaand["RS-2026-0004"]);

            var gemeente = await db.Organisaties.FirstAsync(o => o.Type == OrganisatieType.Gemeente);
            var sjabloon = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
            var wolters = Wolters(gemeente, sjabloon, db);
            var kuipers = Kuipers(gemeente, sjabloon);
            var smit = Casus.Open("RS-2026-0003", "Smit", gemeente, ["OB3C"], Maatregel.Voogdij, "Een voogd zoeken.", sjabloon, new DateOnly(2026, 11, 20));
            var dijkman = Dijkman(gemeente, sjabloon);
            db.Casussen.AddRange(wolters, kuipers, smit, dijkman);
            await db.SaveChangesAsync();
            return new(wolters.Id, kuipers.Id, smit.Id, dijkman.Id);
        }
        finally
        {
            Eenmaal.Release();
        }
    }

    private static BetrokkeneGegevens Professional(string naam, OrganisatieType type) =>
        new(BetrokkeneSoort.Professional, naam, "Hulpverlener", OrganisatieNaam: $"{type} Twente", OrganisatieType: type);

    private static Betrokkene Voeg(Casus casus, BetrokkeneGegevens gegevens, DateOnly van) => casus.VoegBetrokkeneToe(gegevens, van).Moet();

    private static Casus Wolters(Organisatie gemeente, Regie.Domain.Handreiking.HandreikingSjabloon sjabloon, RegieDbContext db)
    {
        var start = new DateOnly(2026, 9, 1);
        var casus = Casus.Open("RS-2026-0001", "Wolters", gemeente, ["OB3B", "OB4E"], Maatregel.Ots, "Rust in huis.", sjabloon, start);
        var moeder = Voeg(casus, new(BetrokkeneSoort.Gezinslid, "Anna Wolters", "Moeder", IsOuder: true, HeeftGezag: true), start);
        Voeg(casus, new(BetrokkeneSoort.Gezinslid, "Tim Wolters", "Zoon", Geboortedatum: new DateOnly(2014, 3, 10)), start);
        Voeg(casus, new(BetrokkeneSoort.Gezinslid, "Lisa Wolters", "Dochter", Geboortedatum: new DateOnly(2012, 5, 1)), start);
        Voeg(casus, new(BetrokkeneSoort.Gezinslid, "Bas Wolters", "Zoon", Geboortedatum: new DateOnly(2024, 1, 1)), start);
        Voeg(casus, new(BetrokkeneSoort.Netwerk, "Oma Wolters", "Oma"), start);
        var buurman = Voeg(casus, new(BetrokkeneSoort.Netwerk, "Henk Buurman", "Buurman"), start);
        Voeg(casus, Professional("Jeugdconsulent Wolters", OrganisatieType.Gemeente), start);
        var gi1 = Voeg(casus, Professional("Jeugdbeschermer Een", OrganisatieType.GecertificeerdeInstelling), start);
        var gi2 = Voeg(casus, Professional("Jeugdbeschermer Twee", OrganisatieType.GecertificeerdeInstelling), start);
        var zorg = Voeg(casus, Professional("Gezinsbehandelaar", OrganisatieType.Zorgaanbieder), start);
        Voeg(casus, Professional("Mentor", OrganisatieType.Onderwijs), start);
        Voeg(casus, Professional("Huisarts", OrganisatieType.Overig), start);

        // Under an OTS nobody holds procesregie until the GI does, on 11 September.
        casus.WijsProcesregieToe(gi1.Id, null, NederlandseTijd(2026, 9, 11, 10)).Moet();
        casus.WijsInhoudelijkeRegieToe(zorg.Id, "Gezinsbehandeling", null, NederlandseTijd(2026, 9, 11, 11)).Moet();
        casus.WijsInhoudelijkeRegieToe(gi2.Id, "Onderzoek", null, NederlandseTijd(2026, 9, 11, 11)).Moet();
        casus.VoegTaakToe("Gezinsbehandeling starten", zorg.Id, null, null, new DateOnly(2026, 9, 15)).Moet();
        casus.PlanEvaluatie(new DateOnly(2026, 11, 20), new DateOnly(2026, 9, 15)).Moet();
        foreach (var stap in casus.Stappen.ToList())
            casus.WijzigStap(stap.Nummer, "Afgesproken aan tafel.", Regie.Domain.Handreiking.StapStatus.Afgesproken, "Jeugdbeschermer Een", NederlandseTijd(2026, 9, 20, 10)).Moet();
        var overleg = casus.PlanOverleg(NederlandseTijd(2026, 9, 21, 9), [moeder.Id, gi1.Id]).Moet();
        casus.StelVast(overleg.Id, new OudersAntwoord(true, null), Guid.NewGuid(), "Jeugdbeschermer Een", NederlandseTijd(2026, 9, 21, 10)).Moet();

        casus.BeeindigBetrokkenheid(buurman.Id, new DateOnly(2026, 10, 1), "Verhuisd.", NederlandseTijd(2026, 10, 1, 12)).Moet();
        var afgewezen = casus.StelOverdrachtVoor(gi2.Id, null, NederlandseTijd(2026, 10, 5, 10)).Moet();
        casus.WijsOverdrachtAf(afgewezen.Id, "Geen ruimte.", NederlandseTijd(2026, 10, 6, 10)).Moet();
        var geaccepteerd = casus.StelOverdrachtVoor(gi2.Id, null, NederlandseTijd(2026, 10, 10, 10)).Moet();
        casus.AccepteerOverdracht(geaccepteerd.Id, NederlandseTijd(2026, 10, 12, 10)).Moet();

        // Monday 2 November: nobody answers, so it goes to the gemeente on Friday 6 November. Another one is answered;
        // a professional's opschaling waits.
        var vergeten = NieuwSignaal(casus.Id, SignaalBron.Ouder, NederlandseTijd(2026, 11, 2, 10));
        vergeten.Escaleer(NederlandseTijd(2026, 11, 6, 0, 15), new DateOnly(2026, 11, 6), 3).Moet();
        var beantwoord = NieuwSignaal(casus.Id, SignaalBron.Ouder, NederlandseTijd(2026, 11, 9, 10));
        beantwoord.Beantwoord("Ik bel u.", "Jeugdbeschermer Twee", NederlandseTijd(2026, 11, 10, 10)).Moet();
        db.Signalen.AddRange(vergeten, beantwoord, NieuwSignaal(casus.Id, SignaalBron.Professional, NederlandseTijd(2026, 11, 16, 10)));
        return casus;
    }

    private static Signaal NieuwSignaal(Guid casusId, SignaalBron bron, DateTimeOffset op) =>
        Domain.Signalen.Signaal.Geef(casusId, SignaalSoort.HulpLooptVast, bron, null, null, Guid.NewGuid(), "Indiener", op, Weergave.Dag(op)).Moet();

    private static Casus Kuipers(Organisatie gemeente, Regie.Domain.Handreiking.HandreikingSjabloon sjabloon)
    {
        var start = new DateOnly(2026, 8, 3);
        var casus = Casus.Open("RS-2026-0002", "Kuipers", gemeente, ["OB3B"], Maatregel.Geen, "Weer naar school.", sjabloon, start);
        Voeg(casus, new(BetrokkeneSoort.Gezinslid, "Petra Kuipers", "Moeder", IsOuder: true), start);
        Voeg(casus, new(BetrokkeneSoort.Gezinslid, "Sem Kuipers", "Zoon", Geboortedatum: new DateOnly(2008, 6, 15)), start);
        var tante = Voeg(casus, new(BetrokkeneSoort.Netwerk, "Tante Kuipers", "Tante"), start);
        var oom = Voeg(casus, new(BetrokkeneSoort.Netwerk, "Oom Kuipers", "Oom"), start);
        var consulent = Voeg(casus, Professional("Jeugdconsulent Kuipers", OrganisatieType.Gemeente), start);
        var zorg = Voeg(casus, Professional("Ambulant hulpverlener", OrganisatieType.Zorgaanbieder), start);
        casus.WijsProcesregieToe(consulent.Id, null, NederlandseTijd(2026, 8, 3, 9)).Moet();
        casus.WijsInhoudelijkeRegieToe(zorg.Id, "Schoolgang", null, NederlandseTijd(2026, 8, 4, 9)).Moet();
        casus.BeeindigBetrokkenheid(oom.Id, new DateOnly(2026, 9, 1), "Niet meer nodig.", NederlandseTijd(2026, 9, 1, 9)).Moet();
        casus.BeeindigBetrokkenheid(tante.Id, new DateOnly(2026, 10, 15), "Niet meer nodig.", NederlandseTijd(2026, 10, 15, 9)).Moet();
        casus.SluitAf("Doelen bereikt.", "Het gaat goed.", new DateOnly(2026, 10, 15), NederlandseTijd(2026, 10, 15, 15)).Moet();
        return casus;
    }

    private static Casus Dijkman(Organisatie gemeente, Regie.Domain.Handreiking.HandreikingSjabloon sjabloon)
    {
        var start = new DateOnly(2026, 11, 2);
        var casus = Casus.Open("RS-2026-0004", "Dijkman", gemeente, [], Maatregel.Geen, "Kort contact.", sjabloon, start);
        var zorg = Voeg(casus, Professional("Zorgcoördinator", OrganisatieType.Zorgaanbieder), start);
        casus.WijsProcesregieToe(zorg.Id, null, NederlandseTijd(2026, 11, 4, 9)).Moet();
        casus.SluitAf("Verhuisd.", "Overgedragen aan de nieuwe gemeente.", new DateOnly(2026, 11, 10), NederlandseTijd(2026, 11, 10, 15)).Moet();
        return casus;
    }
}

internal static class UitkomstInTests
{
    /// <summary>Test data built through the domain: a refusal is a mistake in the test.</summary>
    public static void Moet(this Uitkomst uitkomst) => Assert.True(uitkomst.Gelukt, uitkomst.Melding);

    public static T Moet<T>(this Uitkomst<T> uitkomst)
    {
        Assert.True(uitkomst.Gelukt, uitkomst.Melding);
        return uitkomst.Waarde!;
    }
}
