using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;

namespace Regie.Web.Demo;

/// <summary>A deliberately large vastgestelde handreiking (by default 40 betrokkenen, 120 taken, twelve paragraphs of afspraken
/// on every step), built through the domain like a real one. For the PDF tests and the benchmark: it must run over many pages.
/// With 8 betrokkenen, 7 taken and one paragraph per step it is the size of the Tukker demo casus.</summary>
public static class GroteHandreiking
{
    public static string Taaktekst(int nummer) =>
        $"Taak {nummer:000}: maakt samen met het gezin een overzicht van wat er deze maand moet gebeuren, bespreekt dat " +
        $"met de school en de huisarts, en laat de regievoerder weten wat er lukt en wat niet (afspraak {nummer}).";

    public static Casus Maak(string code, Organisatie gemeente, Organisatie zorgaanbieder, HandreikingSjabloon sjabloon, DateTimeOffset nu,
        Medewerker? regievoerder = null, int aantalBetrokkenen = 40, int aantalTaken = 120, int alineasPerStap = 12)
    {
        var vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
        var casus = Casus.Open(code, "Van der Ëlst-Çelik", gemeente, ["OB4B", "OB4E"], Maatregel.Geen,
            Lang("De hulpvraag van ouders en jeugdigen: rust in huis, één aanspreekpunt en hulp die op elkaar aansluit.", 6), sjabloon, vandaag);

        var betrokkenen = new List<Betrokkene>();
        if (regievoerder is not null)
        {
            betrokkenen.Add(Zeker(casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Professional, regievoerder.Naam, "Procesregievoerder",
                regievoerder.Telefoon, regievoerder.Email, regievoerder.Bereikbaarheid, gemeente.Id, gemeente.Naam, gemeente.Type, regievoerder.Id), vandaag)));
        }
        for (var i = betrokkenen.Count + 1; i <= aantalBetrokkenen; i++)
        {
            var gegevens = (i % 5) switch
            {
                0 => new BetrokkeneGegevens(BetrokkeneSoort.Netwerk, $"Netwerklid {i:00} Çelik", "Buurvrouw die oppast op woensdag", "06 5555 " + (1000 + i)),
                1 => new BetrokkeneGegevens(BetrokkeneSoort.Gezinslid, $"Gezinslid {i:00} Ëlst", i == 1 ? "Moeder" : "Kind", IsOuder: i == 1),
                _ => new BetrokkeneGegevens(BetrokkeneSoort.Professional, $"Professional {i:00} Brüggemann", "Ambulant hulpverlener gezin en school",
                    "053 480 " + (1000 + i), $"p{i}@voorbeeld.test", "Maandag tot en met donderdag, 9.00–17.00 uur", zorgaanbieder.Id, zorgaanbieder.Naam, zorgaanbieder.Type),
            };
            betrokkenen.Add(Zeker(casus.VoegBetrokkeneToe(gegevens, vandaag)));
        }

        var professionals = betrokkenen.Where(b => b.IsProfessional).ToList();
        Zeker(casus.WijsProcesregieToe(professionals[0].Id, Lang("De regievoerder bewaakt de afspraken en mag doorzetten.", 2), nu));
        for (var i = 1; i <= 5 && i < professionals.Count; i++)
            Zeker(casus.WijsInhoudelijkeRegieToe(professionals[i].Id, $"Onderdeel {i}: financiën, school en gezondheid", "Beslist over de aanpak van dit onderdeel.", nu));
        for (var i = 1; i <= aantalTaken; i++)
            Zeker(casus.VoegTaakToe(Taaktekst(i), betrokkenen[i % betrokkenen.Count].Id, "Rust, overzicht en één aanspreekpunt", vandaag.AddDays(i), vandaag));
        Zeker(casus.PlanEvaluatie(vandaag.AddDays(90), vandaag));

        foreach (var stap in sjabloon.Stappen)
            Zeker(casus.WijzigStap(stap.Nummer, Lang($"Afspraken bij stap {stap.Nummer} ({stap.Titel}): wie doet wat, wanneer en hoe we elkaar op de hoogte houden; " +
                "niemand doet iets dubbel en ouders weten altijd bij wie ze terechtkunnen, ook na een wisseling.", alineasPerStap),
                StapStatus.Afgesproken, professionals[0].Naam, nu));

        var mdo = Zeker(casus.PlanOverleg(nu, betrokkenen.Take(10).Select(b => b.Id)));
        Zeker(casus.LegOverlegVast(mdo.Id, mdo.Aanwezigen, "Alle afspraken zijn doorgenomen en vastgesteld."));
        Zeker(casus.StelVast(mdo.Id, new OudersAntwoord(true, "Akkoord; wel graag één vast telefoonnummer."), regievoerder?.Id ?? Guid.Empty,
            professionals[0].Naam, nu));
        return casus;
    }

    // Paragraphs of real sentences, so the PDF has to wrap and flow them across pages.
    private static string Lang(string zin, int herhalingen) =>
        string.Join("\n", Enumerable.Range(1, herhalingen).Select(i => $"{i}. {zin} Dit geldt ook voor de vakanties, de weekenden en de overgang naar het voortgezet onderwijs."));

    private static T Zeker<T>(Uitkomst<T> uitkomst) =>
        uitkomst.IsFout ? throw new InvalidOperationException($"Grote handreiking klopt niet: {uitkomst.Melding}") : uitkomst.Waarde!;

    private static void Zeker(Uitkomst uitkomst)
    {
        if (uitkomst.IsFout) throw new InvalidOperationException($"Grote handreiking klopt niet: {uitkomst.Melding}");
    }
}
