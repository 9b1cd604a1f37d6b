using System.Text.RegularExpressions;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;

namespace Regie.Domain.Casussen;

public enum CasusStatus
{
    Concept,
    Actief,
    Afgesloten,
}

public enum Maatregel
{
    Geen,
    Ots,
    Voogdij,
}

/// <summary>The ouders' answer at vaststellen. Not agreeing is allowed, but then the table writes down why.</summary>
public sealed record OudersAntwoord(bool Akkoord, string? Opmerking);

/// <summary>One family's samenwerkingsafspraken: the aggregate that guards the rules of the brief.</summary>
public sealed partial class Casus
{
    public const int MaxHulpvraagLengte = 4000;

    private readonly List<Betrokkene> _betrokkenen = [];
    private readonly List<CasusStap> _stappen = [];
    private readonly List<Taak> _taken = [];
    private readonly List<Regietoewijzing> _regietoewijzingen = [];
    private readonly List<Overdracht> _overdrachten = [];
    private readonly List<Overleg> _overleggen = [];
    private readonly List<Handreikingversie> _versies = [];

    private Casus()
    {
        Code = "";
        Gezinsnaam = "";
        Hulpvraag = "";
        Indicaties = [];
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; }
    public string Gezinsnaam { get; private set; }
    public Guid GemeenteId { get; private set; }
    public List<string> Indicaties { get; private set; }
    public Maatregel Maatregel { get; private set; }
    public string Hulpvraag { get; private set; }
    public CasusStatus Status { get; private set; }
    public DateOnly Startdatum { get; private set; }
    public DateOnly? Afsluitdatum { get; private set; }
    public string? AfsluitReden { get; private set; }
    public string? LaatsteEvaluatie { get; private set; }
    public DateOnly? VolgendeEvaluatie { get; private set; }
    public Guid SjabloonId { get; private set; }
    public int SjabloonVersie { get; private set; }

    /// <summary>Set when something the afspraken rest on changed (hulpvraag, a betrokkene left, a maatregel):
    /// the table must look at the handreiking again. Cleared by the next vaststellen.</summary>
    public bool Herbeoordelen { get; private set; }

    /// <summary>When the retention term or an erasure request cut everything personal out of it (set by the anonymiser in
    /// the database, never by the domain). An anonymised casus is no longer shown to anyone.</summary>
    public DateTimeOffset? GeanonimiseerdOp { get; private set; }

    public IReadOnlyList<Betrokkene> Betrokkenen => _betrokkenen;
    public IReadOnlyList<CasusStap> Stappen => _stappen;
    public IReadOnlyList<Taak> Taken => _taken;
    public IReadOnlyList<Regietoewijzing> Regietoewijzingen => _regietoewijzingen;
    public IReadOnlyList<Overdracht> Overdrachten => _overdrachten;
    public IReadOnlyList<Overleg> Overleggen => _overleggen;
    public IReadOnlyList<Handreikingversie> Versies => _versies;

    public Regietoewijzing? ActieveProcesregie =>
        _regietoewijzingen.SingleOrDefault(r => r.IsActieveProcesregie);

    public Betrokkene? Procesregievoerder =>
        ActieveProcesregie is { } regie ? _betrokkenen.Single(b => b.Id == regie.BetrokkeneId) : null;

    public Overdracht? OpenOverdracht => _overdrachten.SingleOrDefault(o => o.IsOpen);
    public Handreikingversie? GeldendeVersie => _versies.SingleOrDefault(v => v.Status == VersieStatus.Geldend);

    public CasusStap Stap(int nummer) =>
        _stappen.SingleOrDefault(s => s.Nummer == nummer) ?? throw new DomeinException($"Stap {nummer} bestaat niet.");

    /// <summary>The step of this kind, wherever the casus' sjabloon put it and whatever it is called there.</summary>
    public CasusStap Stap(StapSoort soort) =>
        _stappen.SingleOrDefault(s => s.Soort == soort) ?? throw new DomeinException($"De stap '{StapSoorten.Naam(soort)}' bestaat niet.");

    public bool IsEvaluatieVerlopen(DateOnly vandaag) =>
        Status != CasusStatus.Afgesloten && VolgendeEvaluatie is { } datum && datum < vandaag;

    /// <summary>A professional may see a casus only while they are an active betrokkene of it.</summary>
    public bool IsActiefBetrokken(Guid medewerkerId) =>
        _betrokkenen.Any(b => b.MedewerkerId == medewerkerId && b.IsActief);

    // ---- Betrokkenen ----

    public Uitkomst<Betrokkene> VoegBetrokkeneToe(BetrokkeneGegevens gegevens, DateOnly van)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout<Betrokkene>(fout);
        if (gegevens.MedewerkerId is { } medewerkerId && IsActiefBetrokken(medewerkerId))
            return Uitkomst.Fout<Betrokkene>($"{gegevens.Naam} is al betrokken bij deze casus.");
        var betrokkene = Betrokkene.Maak(gegevens, van);
        if (betrokkene.Gelukt) _betrokkenen.Add(betrokkene.Waarde!);
        return betrokkene;
    }

    /// <summary>Someone stops. The regievoerder cannot simply leave: regie is handed over first, so it is never lost.</summary>
    public Uitkomst BeeindigBetrokkenheid(Guid betrokkeneId, DateOnly tot, string? reden, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var betrokkene = _betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId);
        if (betrokkene is null) return Uitkomst.Fout("Deze betrokkene hoort niet bij deze casus.");
        if (!betrokkene.IsActief) return Uitkomst.Fout($"{betrokkene.Naam} is al niet meer betrokken.");
        if (string.IsNullOrWhiteSpace(reden)) return Uitkomst.Fout("Schrijf op waarom de betrokkenheid stopt.");
        if (reden.Trim().Length > 2000) return Uitkomst.Fout("De reden mag hoogstens 2000 tekens lang zijn.");
        if (tot < betrokkene.BetrokkenVan) return Uitkomst.Fout("De einddatum ligt vóór de datum waarop de betrokkenheid begon.");
        if (tot > DateOnly.FromDateTime(nu.UtcDateTime).AddDays(1))
            return Uitkomst.Fout("De einddatum ligt in de toekomst. Beëindig de betrokkenheid op de dag dat iemand stopt.");
        if (ActieveProcesregie?.BetrokkeneId == betrokkeneId)
            return Uitkomst.Fout($"{betrokkene.Naam} voert de procesregie. Draag de regie eerst over aan een andere betrokkene.");
        if (OpenOverdracht is { } overdracht && overdracht.NaarBetrokkeneId == betrokkeneId)
            overdracht.Beslis(OverdrachtStatus.Ingetrokken, "De opvolger is niet meer betrokken.", nu);

        var toelichting = reden.Trim();
        betrokkene.Beeindig(tot, toelichting);
        var hadRegie = false;
        foreach (var regie in _regietoewijzingen.Where(r => r.BetrokkeneId == betrokkeneId && r.IsActief))
        {
            var redenEinde = $"{betrokkene.Naam} is niet meer betrokken: {toelichting}";
            regie.Beeindig(nu, redenEinde.Length > 2000 ? redenEinde[..2000] : redenEinde);
            hadRegie = true;
        }
        // Their taken stop with them, so "wie doet wat" never names someone who is gone.
        foreach (var taak in _taken.Where(t => t.BetrokkeneId == betrokkeneId && t.Status is TaakStatus.Open or TaakStatus.Bezig))
            taak.ZetStatus(TaakStatus.Gestopt);
        VraagHerbeoordeling(nu, hadRegie ? [StapSoort.Betrokkenen, StapSoort.WieDoetWat, StapSoort.Regie] : [StapSoort.Betrokkenen, StapSoort.WieDoetWat]);
        return Uitkomst.Ok();
    }

    // ---- Hulpvraag ----

    public Uitkomst WijzigHulpvraag(string? hulpvraag, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        if (string.IsNullOrWhiteSpace(hulpvraag)) return Uitkomst.Fout("Vul de hulpvraag in.");
        if (hulpvraag.Trim().Length > MaxHulpvraagLengte)
            return Uitkomst.Fout($"De hulpvraag mag hoogstens {MaxHulpvraagLengte} tekens lang zijn.");
        var nieuw = hulpvraag.Trim();
        if (nieuw == Hulpvraag) return Uitkomst.Ok();
        Hulpvraag = nieuw;
        // A new hulpvraag changes the goals, who does what and how we will see that it works.
        VraagHerbeoordeling(nu, [StapSoort.Hulpvraag, StapSoort.WieDoetWat, StapSoort.Evaluatie]);
        return Uitkomst.Ok();
    }

    public Uitkomst WijzigIndicaties(IEnumerable<string> indicaties)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var schoon = SchoneIndicaties(indicaties);
        if (schoon.IsFout) return schoon;
        Indicaties = schoon.Waarde!;
        return Uitkomst.Ok();
    }

    public Uitkomst WijzigMaatregel(Maatregel maatregel, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        if (maatregel == Maatregel) return Uitkomst.Ok();
        Maatregel = maatregel;
        if (maatregel != Maatregel.Geen && Procesregievoerder is { OrganisatieType: not OrganisatieType.GecertificeerdeInstelling })
            VraagHerbeoordeling(nu, [StapSoort.Regie]);
        return Uitkomst.Ok();
    }

    // ---- Wie doet wat ----

    public Uitkomst<Taak> VoegTaakToe(string omschrijving, Guid betrokkeneId, string? resultaat, DateOnly? termijn, DateOnly vandaag)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout<Taak>(fout);
        if (string.IsNullOrWhiteSpace(omschrijving)) return Uitkomst.Fout<Taak>("Schrijf op wat er gedaan wordt.", nameof(Taak.Omschrijving));
        var wat = Vereist.Tekst(omschrijving, "Wat er gedaan wordt", 1000, nameof(Taak.Omschrijving));
        if (wat.IsFout) return wat.Als<Taak>();
        var voor = Vereist.OptioneleTekst(resultaat, "Het resultaat of levensgebied", 300, nameof(Taak.Resultaat));
        if (voor.IsFout) return voor.Als<Taak>();
        var betrokkene = _betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId && b.IsActief);
        if (betrokkene is null) return Uitkomst.Fout<Taak>("Een taak is voor iemand die nu betrokken is.", nameof(Taak.BetrokkeneId));
        if (termijn is { } datum && datum < vandaag) return Uitkomst.Fout<Taak>("De termijn ligt in het verleden.", nameof(Taak.Termijn));
        if (termijn > LaatsteDatum(vandaag)) return Uitkomst.Fout<Taak>(TeVerVooruit("De termijn", vandaag), nameof(Taak.Termijn));
        var taak = new Taak(omschrijving, betrokkeneId, resultaat, termijn);
        _taken.Add(taak);
        AfsprakenVeranderd();
        return Uitkomst.Ok(taak);
    }

    public Uitkomst WijzigTaakStatus(Guid taakId, TaakStatus status)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var taak = _taken.SingleOrDefault(t => t.Id == taakId);
        if (taak is null) return Uitkomst.Fout("Deze taak hoort niet bij deze casus.");
        if (taak.Status == status) return Uitkomst.Ok();
        taak.ZetStatus(status);
        AfsprakenVeranderd();
        return Uitkomst.Ok();
    }

    // ---- Evaluatie ----

    /// <summary>Afspraken look a few years ahead at most; 9999-12-31 is a typing slip, not a plan.</summary>
    public const int MaxJarenVooruit = 5;

    internal static DateOnly LaatsteDatum(DateOnly vandaag) => vandaag.AddYears(MaxJarenVooruit);

    internal static string TeVerVooruit(string wat, DateOnly vandaag) =>
        $"{wat} ligt meer dan {MaxJarenVooruit} jaar vooruit. Kies een datum tot en met {LaatsteDatum(vandaag).ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture)}.";

    public Uitkomst PlanEvaluatie(DateOnly datum, DateOnly vandaag)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        if (datum < vandaag) return Uitkomst.Fout("De evaluatiedatum ligt in het verleden. Kies vandaag of later.");
        if (datum > LaatsteDatum(vandaag)) return Uitkomst.Fout(TeVerVooruit("De evaluatiedatum", vandaag));
        VolgendeEvaluatie = datum;
        return Uitkomst.Ok();
    }

    // ---- De zeven stappen ----

    public Uitkomst WijzigStap(int nummer, string? afspraken, StapStatus status, string door, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var stap = _stappen.SingleOrDefault(s => s.Nummer == nummer);
        if (stap is null) return Uitkomst.Fout($"Stap {nummer} bestaat niet.");
        if (afspraken is not null && afspraken.Trim().Length > CasusStap.MaxAfsprakenLengte)
            return Uitkomst.Fout($"De afspraken mogen hoogstens {CasusStap.MaxAfsprakenLengte} tekens lang zijn.");
        if (status == StapStatus.Afgesproken)
        {
            if (string.IsNullOrWhiteSpace(afspraken))
                return Uitkomst.Fout($"Schrijf de afspraken bij '{stap.Titel}' op voordat u de stap op afgesproken zet.");
            var ontbreekt = OntbrekendVoorAfspraak(stap.Soort);
            if (ontbreekt is not null) return Uitkomst.Fout(ontbreekt);
        }
        var voor = (stap.Afspraken, stap.Status);
        stap.Wijzig(afspraken, status, door, nu);
        if ((stap.Afspraken, stap.Status) != voor) AfsprakenVeranderd();
        return Uitkomst.Ok();
    }

    // Betrokkenen, wie doet wat, regie and evaluatie rest on structured data: they cannot be agreed while that data is missing.
    private string? OntbrekendVoorAfspraak(StapSoort soort) => soort switch
    {
        StapSoort.Betrokkenen when !_betrokkenen.Any(b => b.IsActief) => "Voeg eerst de betrokkenen toe.",
        StapSoort.WieDoetWat when !_taken.Any(t => t.Status is TaakStatus.Open or TaakStatus.Bezig) => "Leg eerst vast wie wat doet: er is nog geen taak.",
        StapSoort.Regie when Procesregievoerder is null => "Wijs eerst de procesregievoerder aan.",
        StapSoort.Regie when Maatregel != Maatregel.Geen && Procesregievoerder!.OrganisatieType != OrganisatieType.GecertificeerdeInstelling =>
            $"Bij een {MaatregelNaam(Maatregel)} ligt de procesregie bij een gecertificeerde instelling. Draag de regie eerst over.",
        StapSoort.Evaluatie when VolgendeEvaluatie is null => "Kies eerst de datum van de volgende evaluatie.",
        _ => null,
    };

    // ---- Overleg en vaststellen ----

    public Uitkomst<Overleg> PlanOverleg(DateTimeOffset datum, IEnumerable<Guid> aanwezigen)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout<Overleg>(fout);
        var ids = aanwezigen.ToList();
        if (ids.Any(id => !_betrokkenen.Any(b => b.Id == id)))
            return Uitkomst.Fout<Overleg>("Alleen betrokkenen van deze casus kunnen aanwezig zijn.");
        var overleg = new Overleg(datum, ids);
        _overleggen.Add(overleg);
        return Uitkomst.Ok(overleg);
    }

    public Uitkomst LegOverlegVast(Guid overlegId, IEnumerable<Guid> aanwezigen, string? besluiten)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var overleg = _overleggen.SingleOrDefault(o => o.Id == overlegId);
        if (overleg is null) return Uitkomst.Fout("Dit overleg hoort niet bij deze casus.");
        var ids = aanwezigen.ToList();
        if (ids.Any(id => !_betrokkenen.Any(b => b.Id == id)))
            return Uitkomst.Fout("Alleen betrokkenen van deze casus kunnen aanwezig zijn.");
        overleg.LegVast(ids, besluiten);
        return Uitkomst.Ok();
    }

    public Uitkomst SluitAf(string? reden, string? laatsteEvaluatie, DateOnly datum, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        if (string.IsNullOrWhiteSpace(reden)) return Uitkomst.Fout("Schrijf op waarom de casus wordt afgesloten.");
        if (string.IsNullOrWhiteSpace(laatsteEvaluatie)) return Uitkomst.Fout("Schrijf de laatste evaluatie op.");
        if (datum < Startdatum) return Uitkomst.Fout("De afsluitdatum ligt vóór de startdatum van de casus.");
        if (datum > DateOnly.FromDateTime(nu.UtcDateTime).AddDays(1)) return Uitkomst.Fout("De afsluitdatum ligt in de toekomst. Sluit de casus af op de dag zelf.");
        // Validate before regie is ended, so a too long text cannot leave an open casus without regievoerder.
        var schoneReden = Vereist.Tekst(reden, "De reden", 2000, "Reden").Zeker();
        var evaluatie = Vereist.Tekst(laatsteEvaluatie, "De laatste evaluatie", 4000, "LaatsteEvaluatie").Zeker();
        OpenOverdracht?.Beslis(OverdrachtStatus.Ingetrokken, "De casus is afgesloten.", nu);
        foreach (var regie in _regietoewijzingen.Where(r => r.IsActief)) regie.Beeindig(nu, "Casus afgesloten");
        AfsluitReden = schoneReden;
        LaatsteEvaluatie = evaluatie;
        Afsluitdatum = datum;
        Status = CasusStatus.Afgesloten;
        return Uitkomst.Ok();
    }

    // ---- helpers ----

    private bool IsAfgesloten(out string melding)
    {
        melding = "Deze casus is afgesloten en kan niet meer worden gewijzigd.";
        return Status == CasusStatus.Afgesloten;
    }

    private void VraagHerbeoordeling(DateTimeOffset nu, StapSoort[] stappen)
    {
        foreach (var soort in stappen) Stap(soort).TerugNaarBespreking(nu);
        Herbeoordelen = true;
        AfsprakenVeranderd();
    }

    public static string MaatregelNaam(Maatregel maatregel) => maatregel switch
    {
        Maatregel.Ots => "ondertoezichtstelling (OTS)",
        Maatregel.Voogdij => "voogdij",
        _ => "geen maatregel",
    };

    private static Uitkomst<List<string>> SchoneIndicaties(IEnumerable<string> indicaties)
    {
        var lijst = indicaties.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim().ToUpperInvariant()).Distinct().ToList();
        if (lijst.Any(i => i.Length > 20)) return Uitkomst.Fout<List<string>>("Een indicatiecode is hoogstens 20 tekens.", nameof(Indicaties));
        return Uitkomst.Ok(lijst);
    }

    private HandreikingSnapshot MaakSnapshot(Overleg overleg)
    {
        string NaamVan(Guid id) => _betrokkenen.SingleOrDefault(b => b.Id == id)?.Naam ?? "onbekend";
        SnapshotRegie Regie(Regietoewijzing r)
        {
            var b = _betrokkenen.Single(x => x.Id == r.BetrokkeneId);
            return new SnapshotRegie(b.Naam, b.OrganisatieNaam, b.Telefoon, b.Bereikbaarheid, r.Onderdeel, r.Mandaat);
        }

        return new HandreikingSnapshot(
            Code, Gezinsnaam, [.. Indicaties], Maatregel.ToString(), Hulpvraag, VolgendeEvaluatie,
            // A fixed order: the rows come from the database in any order, and a version must not differ by that alone.
            _betrokkenen.Where(b => b.IsActief).OrderBy(b => b.Soort).ThenBy(b => b.Naam, StringComparer.Ordinal)
                .Select(b => new SnapshotBetrokkene(b.Id, b.Soort.ToString(), b.Naam, b.RolOfRelatie, b.OrganisatieNaam, b.Telefoon, b.Email, b.Bereikbaarheid))
                .ToList(),
            _stappen.OrderBy(s => s.Nummer).Select(s => new SnapshotStap(s.Nummer, s.Titel, [.. s.Hulpvragen], s.Status.ToString(), s.Afspraken, s.Soort.ToString())).ToList(),
            _taken.Where(t => t.Status != TaakStatus.Gestopt).OrderBy(t => t.Termijn ?? DateOnly.MaxValue).ThenBy(t => t.Omschrijving, StringComparer.Ordinal)
                .Select(t => new SnapshotTaak(t.Omschrijving, NaamVan(t.BetrokkeneId), t.Resultaat, t.Termijn, t.Status.ToString())).ToList(),
            Regie(ActieveProcesregie!),
            _regietoewijzingen.Where(r => r.Soort == RegieSoort.InhoudelijkeRegie && r.IsActief).OrderBy(r => r.Onderdeel, StringComparer.Ordinal).Select(Regie).ToList(),
            new SnapshotOverleg(overleg.Datum, overleg.Aanwezigen.Select(NaamVan).ToList(), overleg.Besluiten));
    }

    [GeneratedRegex("^[A-Z]{2,4}-[0-9]{4}-[0-9]{4}$")]
    private static partial Regex CodePatroon();
}
