using Bogus;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Datagenerator;

public sealed record OrganisatieRij(Guid Id, string Naam, OrganisatieType Type, string? Gemeentecode, string Regio, string Netnummer, string Domein, bool Bestaat);

/// <summary>A professional; <paramref name="AccountId"/> is the id their login would have: generated medewerkers have no
/// Identity account, but their logboek lines carry a stable id as a logged-in user's do.</summary>
public sealed record MedewerkerRij(Guid Id, OrganisatieRij Organisatie, string Naam, string Email, string Functie, string Telefoon, string? Bereikbaarheid, Guid AccountId, bool Bestaat);

/// <summary>The 14 Twentse gemeenten with their CBS code, inhabitants (thousands, the spread of the casussen) and netnummer.</summary>
public sealed record Gemeente(string Naam, string Code, string Prefix, int Inwoners, string Netnummer);

/// <summary>Organisaties and their medewerkers: the region the casussen are spread over.</summary>
public sealed class Regio
{
    public static readonly Gemeente[] Gemeenten =
    [
        new("Almelo", "GM0141", "ALM", 74, "0546"), new("Borne", "GM0147", "BOR", 24, "074"), new("Dinkelland", "GM1774", "DIN", 26, "0541"),
        new("Enschede", "GM0153", "ENS", 161, "053"), new("Haaksbergen", "GM0158", "HAA", 24, "053"), new("Hellendoorn", "GM0163", "HEL", 36, "0548"),
        new("Hengelo", "GM0164", "HGL", 82, "074"), new("Hof van Twente", "GM1735", "HVT", 35, "0547"), new("Losser", "GM0168", "LOS", 23, "053"),
        new("Oldenzaal", "GM0173", "OLD", 32, "0541"), new("Rijssen-Holten", "GM1742", "RH", 38, "0548"), new("Tubbergen", "GM0183", "TUB", 21, "0546"),
        new("Twenterand", "GM1700", "TWR", 34, "0546"), new("Wierden", "GM0189", "WIE", 25, "0546"),
    ];

    private static readonly string[] GiNamen = ["Jeugdbescherming Oost", "Stichting Gezinsvoogdij Twente", "Jeugdbescherming en Reclassering Regio Oost"];
    private static readonly string[] ZorgSoorten = ["Jeugdzorg", "Gezinsbehandeling", "Kinder- en Jeugdpsychiatrie", "Ambulante Jeugdhulp", "Praktijk voor Jeugd", "Zorggroep", "Maatschappelijk Werk"];
    private static readonly string[] ZorgNamen =
        ["De Linde", "Het Anker", "De Brug", "Noaberzorg", "De Esch", "Twentekracht", "De Boei", "Het Kompas", "De Horst", "Het Hoogland", "De Bolder", "Wijkracht", "De Regge", "De Dinkel", "Het Lageveld", "De Vechtstreek"];
    private static readonly string[] SchoolSoorten = ["Basisschool", "OBS", "CBS", "Scholengemeenschap", "Vakcollege", "Speciaal Onderwijs"];
    private static readonly string[] SchoolNamen = ["De Regenboog", "Het Palet", "De Wegwijzer", "De Esch", "Het Noorderlicht", "De Vlinder", "De Zonnewijzer", "Het Twickel"];
    private static readonly string[] ZorgFuncties = ["Gezinsbehandelaar", "GZ-psycholoog", "Orthopedagoog", "Ambulant begeleider", "Maatschappelijk werker", "Systeemtherapeut", "Kinder- en jeugdpsychiater"];

    public required IReadOnlyList<OrganisatieRij> Organisaties { get; init; }
    public required IReadOnlyList<MedewerkerRij> Medewerkers { get; init; }
    public required IReadOnlyList<OrganisatieRij> GemeenteOrganisaties { get; init; }
    public required IReadOnlyDictionary<Guid, MedewerkerRij[]> PerOrganisatie { get; init; }
    public required MedewerkerRij[] Zorg { get; init; }
    public required MedewerkerRij[] Gi { get; init; }
    public required MedewerkerRij[] School { get; init; }

    /// <summary>The demo jeugdconsulent (Gemeente Almelo), betrokken in 200 generated casussen, with her real account id.</summary>
    public required MedewerkerRij Jeugdconsulent { get; init; }

    public static readonly Tabel<OrganisatieRij> OrganisatieTabel = new("Organisaties", "\"Id\", \"Naam\", \"Type\", \"Gemeentecode\", \"Regio\", \"Actief\"", (k, o) =>
    {
        k.Id(o.Id); k.Tekst(o.Naam); k.Soort(o.Type); k.Tekst(o.Gemeentecode); k.Tekst(o.Regio); k.Waar(true);
    });

    public static readonly Tabel<MedewerkerRij> MedewerkerTabel = new("Medewerkers",
        "\"Id\", \"OrganisatieId\", \"Naam\", \"Email\", \"Functie\", \"Telefoon\", \"Bereikbaarheid\", \"Actief\"", (k, m) =>
        {
            k.Id(m.Id); k.Id(m.Organisatie.Id); k.Tekst(m.Naam); k.Tekst(m.Email); k.Tekst(m.Functie); k.Tekst(m.Telefoon); k.Tekst(m.Bereikbaarheid); k.Waar(true);
        });

    /// <summary>Reuses what the demo data made (Almelo, Hengelo, the GI, the demo zorgaanbieders) and adds the rest, with
    /// medewerkers in proportion to <paramref name="casussen"/> (about 60 casussen per gemeente professional).</summary>
    public static async Task<Regio> MaakAsync(RegieDbContext db, int casussen, Faker f, CancellationToken ct)
    {
        var bestaand = await db.Organisaties.AsNoTracking().ToListAsync(ct);
        var organisaties = new List<OrganisatieRij>();
        OrganisatieRij Org(string naam, OrganisatieType type, string? code, string netnummer)
        {
            var oud = bestaand.FirstOrDefault(o => code is not null ? o.Gemeentecode == code : o.Naam == naam);
            var rij = new OrganisatieRij(oud?.Id ?? Guid.NewGuid(), naam, type, code, "Twente", netnummer, Domein(naam), oud is not null);
            organisaties.Add(rij);
            return rij;
        }

        var gemeenten = Gemeenten.Select(g => Org($"Gemeente {g.Naam}", OrganisatieType.Gemeente, g.Code, g.Netnummer)).ToList();
        var gis = GiNamen.Select(n => Org(n, OrganisatieType.GecertificeerdeInstelling, null, "088")).ToList();
        var zorg = new List<OrganisatieRij>
        {
            Org("Jeugdzorg De Linde", OrganisatieType.Zorgaanbieder, null, "074"), Org("Wijkracht Maatschappelijk Werk", OrganisatieType.Zorgaanbieder, null, "0546"),
        };
        for (var i = 0; zorg.Count < 40; i++)
        {
            var naam = $"{ZorgSoorten[i % ZorgSoorten.Length]} {ZorgNamen[i % ZorgNamen.Length]}";
            if (zorg.All(z => z.Naam != naam)) zorg.Add(Org(naam, OrganisatieType.Zorgaanbieder, null, Gemeenten[i % Gemeenten.Length].Netnummer));
        }
        var scholen = new List<OrganisatieRij> { Org("Samenwerkingsverband VO Twente", OrganisatieType.Onderwijs, null, "0546") };
        for (var i = 0; scholen.Count < 28; i++)
        {
            var g = Gemeenten[i % Gemeenten.Length];
            scholen.Add(Org($"{SchoolSoorten[i % SchoolSoorten.Length]} {SchoolNamen[i % SchoolNamen.Length]} {g.Naam}", OrganisatieType.Onderwijs, null, g.Netnummer));
        }

        var medewerkers = new List<MedewerkerRij>();
        var teller = 0;
        MedewerkerRij[] Maak(OrganisatieRij org, int aantal, Func<int, string> functie) => Enumerable.Range(0, Math.Max(2, aantal)).Select(i =>
        {
            var (voornaam, achternaam) = (f.Name.FirstName(), f.Name.LastName());
            var m = new MedewerkerRij(Guid.NewGuid(), org, $"{voornaam} {achternaam}",
                $"{Slak(voornaam)}.{Slak(achternaam)}.{++teller}@{org.Domein}", functie(i),
                f.Phone.PhoneNumber(org.Netnummer.Length == 4 ? $"{org.Netnummer} ## ## ##" : $"{org.Netnummer} ### ####"), f.Random.Bool(0.8f) ? f.PickRandom(Teksten.Bereikbaarheid) : null, Guid.NewGuid(), false);
            medewerkers.Add(m);
            return m;
        }).ToArray();

        var totaalInwoners = Gemeenten.Sum(g => g.Inwoners);
        var perOrganisatie = new Dictionary<Guid, MedewerkerRij[]>();
        for (var i = 0; i < gemeenten.Count; i++)
            perOrganisatie[gemeenten[i].Id] = Maak(gemeenten[i], casussen * Gemeenten[i].Inwoners / totaalInwoners / 60, n => n % 3 == 0 ? "Wijkcoach" : "Jeugdconsulent");
        foreach (var gi in gis) perOrganisatie[gi.Id] = Maak(gi, casussen / 6 / gis.Count / 40, _ => "Jeugdbeschermer");
        foreach (var z in zorg) perOrganisatie[z.Id] = Maak(z, casussen * 5 / 2 / zorg.Count / 60, n => ZorgFuncties[n % ZorgFuncties.Length]);
        foreach (var s in scholen) perOrganisatie[s.Id] = Maak(s, casussen / 2 / scholen.Count / 80, n => n % 2 == 0 ? "Intern begeleider" : "Mentor");

        var sanne = await db.Medewerkers.AsNoTracking().SingleAsync(m => m.Email == $"jeugdconsulent@{DemoData.Domein}", ct);
        var account = await db.Users.AsNoTracking().Where(u => u.MedewerkerId == sanne.Id).Select(u => u.Id).SingleAsync(ct);
        return new Regio
        {
            Organisaties = organisaties,
            Medewerkers = medewerkers,
            GemeenteOrganisaties = gemeenten,
            PerOrganisatie = perOrganisatie,
            Zorg = [.. zorg.SelectMany(z => perOrganisatie[z.Id])],
            Gi = [.. gis.SelectMany(g => perOrganisatie[g.Id])],
            School = [.. scholen.SelectMany(s => perOrganisatie[s.Id])],
            Jeugdconsulent = new MedewerkerRij(sanne.Id, gemeenten[0], sanne.Naam, sanne.Email, sanne.Functie ?? "Jeugdconsulent", sanne.Telefoon ?? "",
                sanne.Bereikbaarheid, account, true),
        };
    }

    private static string Domein(string naam) => Slak(naam.Replace("Gemeente ", "", StringComparison.Ordinal)) + ".example.nl";

    /// <summary>Lower case ASCII letters and digits only, for e-mail addresses.</summary>
    private static string Slak(string tekst) =>
        new([.. tekst.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
}
