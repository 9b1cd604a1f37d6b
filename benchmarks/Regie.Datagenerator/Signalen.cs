using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Signalen;

namespace Regie.Datagenerator;

public sealed record SignaalRij(Guid Id, Guid CasusId, SignaalSoort Soort, SignaalBron Bron, string? Toelichting, Guid? TaakId, Guid IndienerId,
    string IngediendDoor, DateTimeOffset IngediendOp, SignaalStatus Status, DateTimeOffset TermijnStart, DateOnly TermijnStartDatum,
    string? Antwoord, string? BeantwoordDoor, DateTimeOffset? BeantwoordOp, bool? Geholpen, DateTimeOffset? GeescaleerdOp, int AantalEscalaties,
    string? WatGedaan, string? GeslotenDoor, DateTimeOffset? GeslotenOp, int? WerkdagenTotAntwoord);

public sealed record SignaalBerichtRij(Guid Id, Guid SignaalId, SignaalBerichtVan Van, string Door, string Tekst, DateTimeOffset Op);

/// <summary>Signalen of ouders and opschalingen of professionals, as the app leaves them: most answered and closed within the
/// term, some still waiting, some gone to the gemeente because nobody answered in time (3 working days).</summary>
public static class Signalen
{
    private const int Termijn = 3;

    public static readonly Tabel<SignaalRij> Tabel = new("Signalen",
        "\"Id\", \"CasusId\", \"Soort\", \"Bron\", \"Toelichting\", \"TaakId\", \"IndienerId\", \"IngediendDoor\", \"IngediendOp\", \"Status\", "
        + "\"TermijnStart\", \"TermijnStartDatum\", \"Antwoord\", \"BeantwoordDoor\", \"BeantwoordOp\", \"Geholpen\", \"GeescaleerdOp\", "
        + "\"AantalEscalaties\", \"WatGedaan\", \"GeslotenDoor\", \"GeslotenOp\", \"WerkdagenTotAntwoord\"", (k, s) =>
        {
            k.Id(s.Id); k.Id(s.CasusId); k.Soort(s.Soort); k.Soort(s.Bron); k.Tekst(s.Toelichting); k.Id(s.TaakId); k.Id(s.IndienerId);
            k.Tekst(s.IngediendDoor); k.Tijd(s.IngediendOp); k.Soort(s.Status); k.Tijd(s.TermijnStart); k.Datum(s.TermijnStartDatum);
            k.Tekst(s.Antwoord); k.Tekst(s.BeantwoordDoor); k.Tijd(s.BeantwoordOp);
            if (s.Geholpen is { } geholpen) k.Waar(geholpen); else k.WriteNull();
            k.Tijd(s.GeescaleerdOp); k.Getal(s.AantalEscalaties); k.Tekst(s.WatGedaan); k.Tekst(s.GeslotenDoor); k.Tijd(s.GeslotenOp);
            if (s.WerkdagenTotAntwoord is { } werkdagen) k.Getal(werkdagen); else k.WriteNull();
        });

    public static readonly Tabel<SignaalBerichtRij> Berichten = new("SignaalBerichten",
        "\"Id\", \"SignaalId\", \"Van\", \"Door\", \"Tekst\", \"Op\"", (k, b) =>
        {
            k.Id(b.Id); k.Id(b.SignaalId); k.Soort(b.Van); k.Tekst(b.Door); k.Tekst(b.Tekst); k.Tijd(b.Op);
        });

    private static readonly string[] OuderTekst =
    [
        "De afspraak met {zorg} is al twee keer niet doorgegaan.",
        "Ik hoor niets meer van school over {kind}.",
        "We wachten nog steeds op de hulp thuis.",
        "Ik weet niet wie ik nu moet bellen voor {kind}.",
    ];

    private static readonly string[] Opschaling =
    [
        "De afspraken uit het laatste MDO worden niet nagekomen.",
        "Er is geen overeenstemming over de inzet; graag een besluit.",
        "De wachttijd bij de zorgaanbieder loopt op.",
    ];

    private static readonly string[] Antwoorden =
    [
        "Ik heb {zorg} gebeld; de afspraak staat nu voor volgende week.",
        "U kunt mij bellen, ik ben de regievoerder. Ik zoek het uit.",
        "We bespreken dit in het volgende MDO; ik bel u vooraf.",
    ];

    /// <summary>About one in four casussen has one or two signalen; <paramref name="tijdstip"/> turns a day and hour into a moment before now.</summary>
    public static void Maak(Random rnd, Gezin gezin, DateOnly start, DateOnly eind, bool afgesloten, DateOnly vandaag,
        Func<DateOnly, int, DateTimeOffset> tijdstip, Vulling vulling)
    {
        if (rnd.NextDouble() > 0.25) return;
        var ouders = gezin.Betrokkenen.Where(b => b.IsOuder).ToList();
        var professionals = gezin.Betrokkenen.Where(b => b.Soort == BetrokkeneSoort.Professional).ToList();
        var regievoerder = gezin.Betrokkenen.Single(b => b.Id == gezin.Regie.Last(r => r.Soort == Regie.Domain.Regievoering.RegieSoort.Procesregie).BetrokkeneId);
        for (var n = rnd.Next(1, 3); n > 0; n--)
        {
            var dagen = Math.Max(1, eind.DayNumber - start.DayNumber);
            var dag = start.AddDays(rnd.Next(dagen));
            var vanOuder = ouders.Count > 0 && rnd.NextDouble() < 0.75;
            var indiener = vanOuder ? ouders[rnd.Next(ouders.Count)] : professionals[rnd.Next(professionals.Count)];
            var soort = vanOuder ? (SignaalSoort)rnd.Next(0, 2) : SignaalSoort.AfsprakenNietNagekomen;
            var op = tijdstip(dag, 9 + rnd.Next(0, 9));
            var id = Guid.NewGuid();
            var toelichting = rnd.NextDouble() < 0.7 ? vulling.Vul(vanOuder ? OuderTekst[rnd.Next(OuderTekst.Length)] : Opschaling[rnd.Next(Opschaling.Length)]) : null;
            var taak = gezin.Taken.Count > 0 && rnd.NextDouble() < 0.3 ? gezin.Taken[rnd.Next(gezin.Taken.Count)].Id : (Guid?)null;
            var uiterlijk = Werkdagen.Na(dag, Termijn);

            // Answered on a working day within the term (mostly), later (then it went to the gemeente first), or not yet.
            var laat = rnd.NextDouble() < 0.12;
            var antwoordDag = laat ? Werkdagen.Na(uiterlijk, rnd.Next(1, 4)) : Werkdagen.Na(dag, rnd.Next(0, Termijn + 1));
            var beantwoord = afgesloten || antwoordDag < vandaag.AddDays(-1);
            var geescaleerd = (laat && (beantwoord || vandaag > uiterlijk)) || (!vanOuder && rnd.NextDouble() < 0.2);
            var geescaleerdOp = geescaleerd ? (laat ? tijdstip(uiterlijk.AddDays(1), 7) : op) : (DateTimeOffset?)null;
            var antwoordOp = beantwoord ? tijdstip(antwoordDag, 10 + rnd.Next(0, 7)) : (DateTimeOffset?)null;
            if (antwoordOp < op) antwoordOp = op.AddHours(2);
            var antwoord = beantwoord ? vulling.Vul(Antwoorden[rnd.Next(Antwoorden.Length)]) : null;
            var gesloten = beantwoord && (afgesloten || rnd.NextDouble() < 0.8);
            var geslotenOp = gesloten ? antwoordOp!.Value.AddDays(rnd.Next(1, 10)) : (DateTimeOffset?)null;
            if (geslotenOp > tijdstip(vandaag, 23)) geslotenOp = antwoordOp!.Value.AddHours(1);

            gezin.Signalen.Add(new SignaalRij(id, gezin.Casus.Id, soort, vanOuder ? SignaalBron.Ouder : SignaalBron.Professional, toelichting, taak,
                indiener.Medewerker?.AccountId ?? Guid.NewGuid(), indiener.Naam, op,
                gesloten ? SignaalStatus.Gesloten : beantwoord ? SignaalStatus.Beantwoord : SignaalStatus.Open, op, dag,
                antwoord, beantwoord ? regievoerder.Naam : null, antwoordOp, gesloten ? true : null, geescaleerdOp, geescaleerd ? 1 : 0,
                gesloten ? "Met de ouders gebeld en de afspraak opnieuw gemaakt." : null, gesloten ? regievoerder.Naam : null, geslotenOp,
                // As Signaal.Beantwoord keeps it: from the term's start to the Dutch date of the answer.
                antwoordOp is { } beantwoordOp ? Werkdagen.Tussen(dag, Werkdagen.DagInNederland(beantwoordOp)) : null));
            if (antwoord is not null)
                gezin.SignaalBerichten.Add(new SignaalBerichtRij(Guid.NewGuid(), id, SignaalBerichtVan.Regievoerder, regievoerder.Naam, antwoord, antwoordOp!.Value));
        }
    }
}
