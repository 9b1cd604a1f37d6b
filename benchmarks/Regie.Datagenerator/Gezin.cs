using Bogus;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;

namespace Regie.Datagenerator;

/// <summary>One casus with everything that hangs under it, as the app would have left it after months of use.</summary>
public sealed class Gezin
{
    public required CasusRij Casus { get; set; }
    public List<BetrokkeneRij> Betrokkenen { get; } = [];
    public List<StapRij> Stappen { get; } = [];
    public List<TaakRij> Taken { get; } = [];
    public List<RegietoewijzingRij> Regie { get; } = [];
    public List<OverdrachtRij> Overdrachten { get; } = [];
    public List<OverlegRij> Overleggen { get; } = [];
    public List<VersieRij> Versies { get; } = [];
    public List<SignaalRij> Signalen { get; } = [];
    public List<SignaalBerichtRij> SignaalBerichten { get; } = [];
    public List<InvullingRij> Invullingen { get; } = [];
}

/// <summary>The sjabloon every generated casus starts with (the newest in the database).</summary>
public sealed record Sjabloon(Guid Id, int Versie, IReadOnlyList<SjabloonStap> Stappen);

/// <summary>Makes families: a timeline per casus (start, MDO's, an overdracht, afsluiten) and the rows that timeline leaves.</summary>
public sealed class GezinMaker(Regio regio, Sjabloon sjabloon, Faker f, DateTimeOffset nu, int aantal, Vragenlijstmaker vragen)
{
    private readonly Random _rnd = new(f.Random.Int());
    private readonly DateOnly _vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
    private readonly int[] _volgnummer = new int[Regio.Gemeenten.Length * 10];
    private readonly double[] _gemeenteKans = Cumulatief(Regio.Gemeenten.Select(g => (double)g.Inwoners));
    private readonly int _jeugdconsulentStap = Math.Max(1, aantal / 200);
    private int _jeugdconsulentCasussen;

    public Gezin Maak(int nummer)
    {
        var metJeugdconsulent = nummer % _jeugdconsulentStap == 0 && _jeugdconsulentCasussen < 200;
        if (metJeugdconsulent) _jeugdconsulentCasussen++;
        var g = metJeugdconsulent ? 0 : Kies(_gemeenteKans);
        var gemeente = regio.GemeenteOrganisaties[g];

        var afgesloten = _rnd.NextDouble() < 0.2;
        var start = afgesloten ? _vandaag.AddDays(-_rnd.Next(150, 1460)) : _vandaag.AddDays(-(14 + (int)(1100 * Math.Pow(_rnd.NextDouble(), 1.6))));
        var eind = afgesloten ? start.AddDays(_rnd.Next(60, Math.Min(720, _vandaag.DayNumber - start.DayNumber - 1))) : _vandaag;
        var maatregel = _rnd.NextDouble() switch { < 0.12 => Maatregel.Ots, < 0.15 => Maatregel.Voogdij, _ => Maatregel.Geen };
        var id = Guid.NewGuid();

        // Family and network.
        var achternaam = f.Name.LastName();
        var gezinsleden = new List<BetrokkeneRij>();
        var vader = $"{f.Name.FirstName(Bogus.DataSets.Name.Gender.Male)} {achternaam}";
        var moeder = $"{f.Name.FirstName(Bogus.DataSets.Name.Gender.Female)} {(_rnd.NextDouble() < 0.4 ? f.Name.LastName() : achternaam)}";
        if (_rnd.NextDouble() < 0.85) gezinsleden.Add(Gezinslid(id, moeder, "Moeder", true, start));
        if (gezinsleden.Count == 0 || _rnd.NextDouble() < 0.7) gezinsleden.Add(Gezinslid(id, vader, "Vader", true, start));
        var kinderen = _rnd.Next(1, 4);
        string? eersteKind = null;
        for (var k = 0; k < kinderen; k++)
        {
            var zoon = _rnd.NextDouble() < 0.55;
            var voornaam = f.Name.FirstName(zoon ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female);
            eersteKind ??= voornaam;
            gezinsleden.Add(Gezinslid(id, $"{voornaam} {achternaam}", $"{(zoon ? "Zoon" : "Dochter")}, {_rnd.Next(2, 18)} jaar", false, start));
        }
        for (var n = _rnd.Next(0, 4); n > 0; n--)
        {
            var (rol, vrouw, familienaam) = Betrokkenen.Netwerk[_rnd.Next(Betrokkenen.Netwerk.Length)];
            var naam = $"{f.Name.FirstName(vrouw ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male)} {(familienaam ? achternaam : f.Name.LastName())}";
            gezinsleden.Add(new BetrokkeneRij(Guid.NewGuid(), id, BetrokkeneSoort.Netwerk, naam, rol, false,
                null, null, null, null, _rnd.NextDouble() < 0.6 ? f.Phone.PhoneNumber("06 #### ####") : null, null, null, start, null, null));
        }

        // Professionals: the gemeente (or the demo jeugdconsulent), zorgaanbieders, sometimes school, a GI with a maatregel.
        var professionals = new List<BetrokkeneRij>();
        var gemeenteMw = metJeugdconsulent ? regio.Jeugdconsulent : f.PickRandom(regio.PerOrganisatie[gemeente.Id]);
        professionals.Add(BetrokkeneRij.Professional(id, gemeenteMw, $"{gemeenteMw.Functie} gemeente", start));
        if (_rnd.NextDouble() < 0.25)
        {
            var tweede = f.PickRandom(regio.PerOrganisatie[gemeente.Id]);
            if (tweede.Id != gemeenteMw.Id) professionals.Add(BetrokkeneRij.Professional(id, tweede, tweede.Functie, start.AddDays(_rnd.Next(0, 30))));
        }
        foreach (var mw in f.PickRandom(regio.Zorg, _rnd.Next(1, 5)).DistinctBy(m => m.Id))
            professionals.Add(BetrokkeneRij.Professional(id, mw, $"{mw.Functie}: {f.PickRandom(Teksten.Onderdelen).Replace("{kind}", eersteKind, StringComparison.Ordinal).ToLowerInvariant()}", start.AddDays(_rnd.Next(0, 20))));
        if (_rnd.NextDouble() < 0.6)
        {
            var school = f.PickRandom(regio.School);
            professionals.Add(BetrokkeneRij.Professional(id, school, $"{school.Functie} school", start));
        }
        BetrokkeneRij? gi = null;
        if (maatregel != Maatregel.Geen || _rnd.NextDouble() < 0.05)
        {
            gi = BetrokkeneRij.Professional(id, f.PickRandom(regio.Gi), "Jeugdbeschermer", start);
            professionals.Add(gi);
        }

        // Someone of a zorgaanbieder stopped along the way (never a regievoerder: regie is handed over first).
        var zorgProfs = professionals.Where(p => p.OrganisatieType == OrganisatieType.Zorgaanbieder).ToList();
        if (zorgProfs.Count > 1 && _rnd.NextDouble() < 0.15 && eind.DayNumber - zorgProfs[^1].BetrokkenVan.DayNumber > 30)
        {
            var i = professionals.IndexOf(zorgProfs[^1]);
            professionals[i] = professionals[i] with { BetrokkenTot = professionals[i].BetrokkenVan.AddDays(_rnd.Next(20, eind.DayNumber - professionals[i].BetrokkenVan.DayNumber)), RedenEinde = "De behandeling is afgerond." };
        }

        var regievoerder = maatregel != Maatregel.Geen ? gi! : professionals[0];
        var vulling = new Vulling(eersteKind!, gezinsleden[0].Naam.Split(' ')[0], regievoerder.Naam,
            professionals.FirstOrDefault(p => p.OrganisatieType == OrganisatieType.Zorgaanbieder)?.Naam ?? regievoerder.Naam);

        var gezin = new Gezin
        {
            Casus = new CasusRij(id, Code(g, start), achternaam, gemeente.Id, Indicaties(), maatregel, Teksten.Zinnen(_rnd, Teksten.Hulpvraag, 1, 4, vulling),
                afgesloten ? CasusStatus.Afgesloten : CasusStatus.Actief, start, afgesloten ? eind : null,
                afgesloten ? Teksten.Een(_rnd, Teksten.AfsluitReden, vulling) : null, afgesloten ? Teksten.Een(_rnd, Teksten.LaatsteEvaluatie, vulling) : null,
                afgesloten ? null : _vandaag.AddDays(_rnd.Next(-30, 120)), sjabloon.Id, sjabloon.Versie, false),
        };
        gezin.Betrokkenen.AddRange(gezinsleden);
        gezin.Betrokkenen.AddRange(professionals);

        Tijdlijn(gezin, regievoerder, professionals, start, eind, afgesloten, vulling);
        Signalen.Maak(_rnd, gezin, start, eind, afgesloten, _vandaag, Tijdstip, vulling);
        vragen.VoorOuders(_rnd, gezin, g, _vandaag);
        return gezin;
    }

    private void Tijdlijn(Gezin gezin, BetrokkeneRij regievoerder, List<BetrokkeneRij> professionals, DateOnly start, DateOnly eind, bool afgesloten, Vulling vulling)
    {
        var id = gezin.Casus.Id;
        var eindTijd = Tijdstip(eind, 16);
        var mandaat = Teksten.Zinnen(_rnd, Teksten.Mandaat, 1, 2, vulling);
        var procesregie = new RegietoewijzingRij(Guid.NewGuid(), id, RegieSoort.Procesregie, regievoerder.Id, null, mandaat, Tijdstip(start, 10), null, null);
        gezin.Regie.Add(procesregie);
        var onderdelen = new HashSet<string>();
        foreach (var p in professionals.Where(p => p.BetrokkenTot is null && p.OrganisatieType is OrganisatieType.Zorgaanbieder or OrganisatieType.GecertificeerdeInstelling).Take(_rnd.Next(1, 3)))
        {
            var onderdeel = Teksten.Een(_rnd, Teksten.Onderdelen, vulling);
            if (onderdelen.Add(onderdeel))
                gezin.Regie.Add(new RegietoewijzingRij(Guid.NewGuid(), id, RegieSoort.InhoudelijkeRegie, p.Id, onderdeel, Teksten.Een(_rnd, Teksten.Mandaat, vulling), Tijdstip(p.BetrokkenVan, 11), null, null));
        }

        // MDO's: the first within a few weeks, then about every four months; each one vaststelt a version.
        var dagen = Math.Max(1, eind.DayNumber - start.DayNumber);
        var aantalMdo = Math.Clamp(1 + dagen / 120, 1, 5);
        aantalMdo = _rnd.Next(1, aantalMdo + 1);
        var eerste = start.AddDays(Math.Min(dagen - 1, _rnd.Next(5, 25)));
        var mdoDagen = Enumerable.Range(0, aantalMdo)
            .Select(i => eerste.AddDays(i * Math.Max(1, (eind.DayNumber - 3 - eerste.DayNumber) / aantalMdo))).Distinct().Where(d => d < eind || d == eerste).ToList();

        // A warm overdracht, accepted between two MDO's, when the casus had more than one; with a maatregel only to another GI professional.
        if (mdoDagen.Count > 1 && gezin.Casus.Maatregel == Maatregel.Geen && _rnd.NextDouble() < 0.2)
        {
            var dag = mdoDagen[^1].AddDays(-Math.Max(1, (mdoDagen[^1].DayNumber - mdoDagen[^2].DayNumber) / 2));
            var kandidaat = professionals.FirstOrDefault(p => p.Id != regievoerder.Id && p.BetrokkenTot is null && p.BetrokkenVan < dag.AddDays(-3)
                && p.OrganisatieType == OrganisatieType.Gemeente);
            if (kandidaat is not null)
            {
                var moment = Tijdstip(dag, 14);
                gezin.Overdrachten.Add(new OverdrachtRij(Guid.NewGuid(), id, regievoerder.Id, kandidaat.Id, Teksten.Een(_rnd, Teksten.OverdrachtNotitie, vulling),
                    moment.AddDays(-3), OverdrachtStatus.Geaccepteerd, moment, null));
                gezin.Regie[0] = procesregie with { Tot = moment, RedenEinde = $"Overgedragen aan {kandidaat.Naam}" };
                procesregie = new RegietoewijzingRij(Guid.NewGuid(), id, RegieSoort.Procesregie, kandidaat.Id, null, mandaat, moment, null, null);
                gezin.Regie.Add(procesregie);
                regievoerder = kandidaat;
            }
        }

        var stappen = sjabloon.Stappen.Select(s => new StapRij(Guid.NewGuid(), id, s.Nummer, s.Titel, [.. s.Hulpvragen],
            Teksten.Zinnen(_rnd, Teksten.Afspraken[s.Soort], 1, 6, vulling), StapStatus.Afgesproken, null, regievoerder.Naam, s.Soort)).ToList();
        MaakTaken(gezin, start, eind, afgesloten, vulling);

        for (var i = 0; i < mdoDagen.Count; i++)
        {
            var datum = Tijdstip(mdoDagen[i], 9 + _rnd.Next(0, 7));
            var aanwezig = gezin.Betrokkenen.Where(b => b.IsActiefOp(mdoDagen[i]) && (b.Soort != BetrokkeneSoort.Netwerk || _rnd.NextDouble() < 0.3)).Select(b => b.Id).ToArray();
            var overleg = new OverlegRij(Guid.NewGuid(), id, datum, aanwezig, Teksten.Zinnen(_rnd, Teksten.Besluiten, 1, 3, vulling));
            gezin.Overleggen.Add(overleg);
            var vastgesteld = datum.AddMinutes(_rnd.Next(45, 120));
            var stappenOp = stappen.Select(s => s with { GewijzigdOp = vastgesteld.AddMinutes(-5) }).ToList();
            var akkoord = _rnd.NextDouble() < 0.92;
            var door = gezin.Regie.Single(r => r.Soort == RegieSoort.Procesregie && r.Van <= vastgesteld && (r.Tot is null || r.Tot > vastgesteld)).BetrokkeneId;
            var doorNaam = gezin.Betrokkenen.Single(b => b.Id == door).Naam;
            var doorId = door == professionals[0].Id && professionals[0].MedewerkerId == regio.Jeugdconsulent.Id ? regio.Jeugdconsulent.AccountId : Guid.Empty;
            if (gezin.Versies.Count > 0) gezin.Versies[^1] = gezin.Versies[^1] with { Status = VersieStatus.Vervangen, VervangenOp = vastgesteld };
            gezin.Versies.Add(new VersieRij(Guid.NewGuid(), id, i + 1, overleg.Id, doorId, doorNaam, vastgesteld, akkoord,
                akkoord && _rnd.NextDouble() < 0.6 ? null : Teksten.Een(_rnd, Teksten.OudersOpmerking, vulling),
                Overleggen.AlsJson(Snapshot(gezin, stappenOp, overleg, mdoDagen[i], vastgesteld)), VersieStatus.Geldend, null, Handreikingversie.NieuweVerificatiecode()));
            stappen = stappenOp;
        }

        if (afgesloten)
        {
            for (var i = 0; i < gezin.Regie.Count; i++)
                if (gezin.Regie[i].Tot is null) gezin.Regie[i] = gezin.Regie[i] with { Tot = eindTijd, RedenEinde = "Casus afgesloten" };
        }
        else
        {
            // Some casussen wait for a decision on a proposed overdracht; some must be looked at again (herbeoordelen).
            var opvolger = gezin.Betrokkenen.FirstOrDefault(b => b.Soort == BetrokkeneSoort.Professional && b.BetrokkenTot is null && b.Id != regievoerder.Id
                && (gezin.Casus.Maatregel == Maatregel.Geen ? b.OrganisatieType == OrganisatieType.Gemeente : b.OrganisatieType == OrganisatieType.GecertificeerdeInstelling));
            if (opvolger is not null && _rnd.NextDouble() < 0.04)
                gezin.Overdrachten.Add(new OverdrachtRij(Guid.NewGuid(), id, regievoerder.Id, opvolger.Id, Teksten.Een(_rnd, Teksten.OverdrachtNotitie, vulling),
                    Tijdstip(_vandaag.AddDays(-_rnd.Next(1, 10)), 13), OverdrachtStatus.Voorgesteld, null, null));
            if (_rnd.NextDouble() < 0.1)
            {
                var wanneer = Tijdstip(_vandaag.AddDays(-_rnd.Next(1, 14)), 15);
                if (wanneer > gezin.Versies[^1].VastgesteldOp)
                {
                    foreach (var n in Enumerable.Range(0, _rnd.Next(1, 4)).Select(_ => _rnd.Next(stappen.Count)).Distinct())
                        stappen[n] = stappen[n] with { Status = StapStatus.InBespreking, GewijzigdOp = wanneer };
                    gezin.Casus = gezin.Casus with { Herbeoordelen = true };
                }
            }
        }
        gezin.Stappen.AddRange(stappen);
    }

    private void MaakTaken(Gezin gezin, DateOnly start, DateOnly eind, bool afgesloten, Vulling vulling)
    {
        var mensen = gezin.Betrokkenen.Where(b => b.Soort != BetrokkeneSoort.Netwerk).ToList();
        for (var n = _rnd.Next(4, 10); n > 0; n--)
        {
            var wie = mensen[_rnd.NextDouble() < 0.75 ? _rnd.Next(mensen.Count) : 0];
            var (omschrijving, resultaat) = Teksten.Taken[_rnd.Next(Teksten.Taken.Length)];
            DateOnly? termijn = _rnd.NextDouble() < 0.3 ? null : DateOnly.FromDayNumber(Math.Min(_vandaag.DayNumber + 120, _rnd.Next(start.DayNumber + 7, eind.DayNumber + 90)));
            var status = wie.BetrokkenTot is not null ? TaakStatus.Gestopt
                : afgesloten ? (_rnd.NextDouble() < 0.85 ? TaakStatus.Klaar : TaakStatus.Gestopt)
                : _rnd.NextDouble() switch { < 0.35 => TaakStatus.Open, < 0.75 => TaakStatus.Bezig, < 0.95 => TaakStatus.Klaar, _ => TaakStatus.Gestopt };
            gezin.Taken.Add(new TaakRij(Guid.NewGuid(), gezin.Casus.Id, vulling.Vul(omschrijving), wie.Id, vulling.Vul(resultaat), termijn, status));
        }
    }

    /// <summary>What <c>Casus.MaakSnapshot</c> writes, from the state on the day of the MDO.</summary>
    private HandreikingSnapshot Snapshot(Gezin gezin, List<StapRij> stappen, OverlegRij overleg, DateOnly dag, DateTimeOffset moment)
    {
        var c = gezin.Casus;
        var actief = gezin.Betrokkenen.Where(b => b.IsActiefOp(dag)).ToList();
        string NaamVan(Guid id) => gezin.Betrokkenen.SingleOrDefault(b => b.Id == id)?.Naam ?? "onbekend";
        SnapshotRegie Regie(RegietoewijzingRij r)
        {
            var b = gezin.Betrokkenen.Single(x => x.Id == r.BetrokkeneId);
            return new SnapshotRegie(b.Naam, b.OrganisatieNaam, b.Telefoon, b.Bereikbaarheid, r.Onderdeel, r.Mandaat);
        }
        var regie = gezin.Regie.Where(r => r.Van <= moment && (r.Tot is null || r.Tot > moment)).ToList();
        return new HandreikingSnapshot(c.Code, c.Gezinsnaam, c.Indicaties, c.Maatregel.ToString(), c.Hulpvraag, c.VolgendeEvaluatie ?? dag.AddDays(90),
            actief.OrderBy(b => b.Soort).ThenBy(b => b.Naam, StringComparer.Ordinal)
                .Select(b => new SnapshotBetrokkene(b.Id, b.Soort.ToString(), b.Naam, b.RolOfRelatie, b.OrganisatieNaam, b.Telefoon, b.Email, b.Bereikbaarheid)).ToList(),
            stappen.OrderBy(s => s.Nummer).Select(s => new SnapshotStap(s.Nummer, s.Titel, s.Hulpvragen, s.Status.ToString(), s.Afspraken, s.Soort.ToString())).ToList(),
            gezin.Taken.Where(t => t.Status != TaakStatus.Gestopt).OrderBy(t => t.Termijn ?? DateOnly.MaxValue).ThenBy(t => t.Omschrijving, StringComparer.Ordinal)
                .Select(t => new SnapshotTaak(t.Omschrijving, NaamVan(t.BetrokkeneId), t.Resultaat, t.Termijn, t.Status.ToString())).ToList(),
            Regie(regie.Single(r => r.Soort == RegieSoort.Procesregie)),
            regie.Where(r => r.Soort == RegieSoort.InhoudelijkeRegie).OrderBy(r => r.Onderdeel, StringComparer.Ordinal).Select(Regie).ToList(),
            new SnapshotOverleg(overleg.Datum, overleg.Aanwezigen.Select(NaamVan).ToList(), overleg.Besluiten));
    }

    private BetrokkeneRij Gezinslid(Guid casusId, string naam, string rol, bool ouder, DateOnly van) =>
        new(Guid.NewGuid(), casusId, BetrokkeneSoort.Gezinslid, naam, rol, ouder, null, null, null, null,
            ouder || _rnd.NextDouble() < 0.3 ? f.Phone.PhoneNumber("06 #### ####") : null,
            ouder && _rnd.NextDouble() < 0.5 ? f.Internet.Email(naam.Split(' ')[0], naam.Split(' ')[^1]).ToLowerInvariant() : null,
            ouder && _rnd.NextDouble() < 0.4 ? f.PickRandom(Teksten.Bereikbaarheid) : null, van, null, null);

    /// <summary>GEMEENTE-JAAR-VOLGNUMMER, e.g. ENS-2025-0412: unique per gemeente and year of the start; past 9999 the
    /// gemeente's prefix gets a B (ENSB-2025-0001), which the code pattern (2–4 letters) allows.</summary>
    private string Code(int gemeente, DateOnly start)
    {
        var jaar = Math.Clamp(start.Year - (_vandaag.Year - 9), 0, 9);
        var n = ++_volgnummer[gemeente * 10 + jaar];
        if (n > 2 * 9999) throw new InvalidOperationException("Meer dan 19.998 casussen in één gemeente en jaar: de casuscode raakt op.");
        var prefix = Regio.Gemeenten[gemeente].Prefix + (n > 9999 ? "B" : "");
        return $"{prefix}-{start.Year}-{(n - 1) % 9999 + 1:0000}";
    }

    private string[] Indicaties()
    {
        var eerste = Casussen.Indicaties[Kies(IndicatieKans)];
        if (_rnd.NextDouble() > 0.25) return [eerste];
        var tweede = Casussen.Indicaties[_rnd.Next(Casussen.Indicaties.Length)];
        return tweede == eerste ? [eerste] : [eerste, tweede];
    }

    private static readonly double[] IndicatieKans = Cumulatief([25, 12, 28, 18, 10, 7]);

    private int Kies(double[] cumulatief)
    {
        var r = _rnd.NextDouble();
        var i = Array.FindIndex(cumulatief, c => r < c);
        return i < 0 ? cumulatief.Length - 1 : i;
    }

    private static double[] Cumulatief(IEnumerable<double> gewichten)
    {
        var lijst = gewichten.ToList();
        var som = lijst.Sum();
        var totaal = 0.0;
        return [.. lijst.Select(w => totaal += w / som)];
    }

    /// <summary>A moment on that day (UTC), never later than now.</summary>
    private DateTimeOffset Tijdstip(DateOnly dag, int uur)
    {
        var moment = new DateTimeOffset(dag.ToDateTime(new TimeOnly(uur, _rnd.Next(0, 60))), TimeSpan.Zero);
        return moment < nu ? moment : nu.AddMinutes(-_rnd.Next(5, 60));
    }
}
