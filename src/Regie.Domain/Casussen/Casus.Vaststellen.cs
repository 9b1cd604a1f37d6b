using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;

namespace Regie.Domain.Casussen;

/// <summary>Vaststellen, and before it the ouders' own akkoord: the regievoerder lays the ready concept before the ouders
/// (<see cref="LegVoorAanOuders"/>), each beslisser answers in the portal (<see cref="GeefAkkoord"/>), a change of the
/// afspraken makes those answers lapse, and <see cref="StelVast"/> records who agreed, how and when.</summary>
public sealed partial class Casus
{
    /// <summary>From this age a jeugdige decides on the afspraken too.</summary>
    public const int BeslisLeeftijd = 16;

    public const string KindAlleenMelding =
        "Een kind onder de 16 kan niet alleen akkoord geven. Vul bij Betrokkenen in welke ouder gezag heeft.";

    public const string VeranderdMelding = "De afspraken zijn net veranderd. Lees ze opnieuw.";

    private readonly List<Akkoordreactie> _akkoordreacties = [];

    /// <summary>When the regievoerder laid the concept before the ouders; null when it does not lie before them.</summary>
    public DateTimeOffset? VoorgelegdOp { get; private set; }

    /// <summary>The beslissers' own answers to the concept that lies before them (lapsed ones included).</summary>
    public IReadOnlyList<Akkoordreactie> Akkoordreacties => _akkoordreacties;

    /// <summary>Who decides on the afspraken: active ouders with gezag and jeugdigen of 16 or older on <paramref name="dag"/>.</summary>
    public IReadOnlyList<Betrokkene> Beslissers(DateOnly dag) =>
        [.. _betrokkenen.Where(b => b.IsActief && ((b.IsOuder && b.HeeftGezag == true) || (b.IsJeugdige && b.LeeftijdOp(dag) >= BeslisLeeftijd)))
            .OrderBy(b => b.IsJeugdige).ThenBy(b => b.Naam, StringComparer.Ordinal)];

    /// <summary>This betrokkene's answer that still counts: given, and not lapsed since.</summary>
    public Akkoordreactie? GeldigeReactie(Guid betrokkeneId) =>
        _akkoordreacties.SingleOrDefault(r => r.BetrokkeneId == betrokkeneId && !r.Vervallen);

    /// <summary>May the ouders answer now: laid before them and still ready to vaststellen.</summary>
    public bool WachtOpOuders => VoorgelegdOp is not null && Status != CasusStatus.Afgesloten && KlaarVoorVaststellen().Gelukt;

    /// <summary>A token of the concept as the ouders read it (the steps, the taken, procesregie and mandaat): an answer
    /// given to another stand is refused, so nobody agrees to afspraken they have not seen.</summary>
    public string Conceptstand()
    {
        var tekst = new StringBuilder();
        tekst.Append(VoorgelegdOp?.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('|');
        foreach (var s in _stappen.OrderBy(s => s.Nummer)) tekst.Append(s.Nummer).Append(s.Status).Append(s.Afspraken).Append('|');
        foreach (var t in _taken.Where(t => t.Status != TaakStatus.Gestopt).OrderBy(t => t.Id))
            tekst.Append(t.Id).Append(t.Omschrijving).Append(t.BetrokkeneId).Append(t.Resultaat).Append(t.Termijn?.DayNumber).Append(t.Status).Append('|');
        tekst.Append(ActieveProcesregie?.BetrokkeneId).Append(ActieveProcesregie?.Mandaat);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tekst.ToString())), 0, 16);
    }

    /// <summary>The regievoerder puts the ready concept before the ouders in the portal.</summary>
    public Uitkomst LegVoorAanOuders(DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var klaar = KlaarVoorVaststellen();
        if (klaar.IsFout) return klaar;
        if (VoorgelegdOp is not null) return Uitkomst.Fout("De afspraken liggen al bij de ouders.");
        if (Beslissers(Werkdagen.DagInNederland(nu)).Count == 0)
            return Uitkomst.Fout(_betrokkenen.Any(b => b.IsActief && b.IsJeugdige) ? KindAlleenMelding
                : "Niemand kan nu akkoord geven. Vul bij Betrokkenen in welke ouder gezag heeft.");
        VoorgelegdOp = nu;
        _akkoordreacties.Clear();
        return Uitkomst.Ok();
    }

    /// <summary>A beslisser answers in their own name, to the concept as they read it (<paramref name="stand"/>).
    /// Answering again replaces the earlier answer. A refusal names the field (<c>Akkoord</c>, <c>Opmerking</c>).</summary>
    public Uitkomst<Akkoordreactie> GeefAkkoord(Guid betrokkeneId, bool? akkoord, string? opmerking, string? stand, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout<Akkoordreactie>(fout, nameof(Akkoordreactie.Akkoord));
        if (!WachtOpOuders)
            return Uitkomst.Fout<Akkoordreactie>("Er liggen nu geen afspraken klaar om op te reageren.", nameof(Akkoordreactie.Akkoord));
        if (Beslissers(Werkdagen.DagInNederland(nu)).All(b => b.Id != betrokkeneId))
            return Uitkomst.Fout<Akkoordreactie>("U kunt hier niet zelf akkoord geven.", nameof(Akkoordreactie.Akkoord));
        if (stand != Conceptstand()) return Uitkomst.Fout<Akkoordreactie>(VeranderdMelding, nameof(Akkoordreactie.Akkoord));
        if (akkoord is not { } ja) return Uitkomst.Fout<Akkoordreactie>("Kies ja of nee.", nameof(Akkoordreactie.Akkoord));
        var schoon = Vereist.OptioneleTekst(opmerking, "Uw uitleg", Akkoordreactie.MaxOpmerkingLengte, nameof(Akkoordreactie.Opmerking));
        if (schoon.IsFout) return schoon.Als<Akkoordreactie>();
        if (!ja && schoon.Waarde is null)
            return Uitkomst.Fout<Akkoordreactie>("Schrijf op waarom u het niet eens bent.", nameof(Akkoordreactie.Opmerking));

        var reactie = _akkoordreacties.SingleOrDefault(r => r.BetrokkeneId == betrokkeneId);
        if (reactie is null) _akkoordreacties.Add(reactie = new Akkoordreactie(betrokkeneId, ja, schoon.Waarde, nu));
        else reactie.Vervang(ja, schoon.Waarde, nu);
        return Uitkomst.Ok(reactie);
    }

    /// <summary>Makes the agreed handreiking the one leading version. Needs <see cref="Versies"/> loaded.
    /// Each beslisser's own answer counts; for one without (or with a lapsed one) the professional records the answer at the
    /// table in <paramref name="aanTafel"/>, or <paramref name="ouders"/> stands for every such beslisser. Without any
    /// beslisser known, <paramref name="ouders"/> is the one answer of the ouders, as before.</summary>
    public Uitkomst<Handreikingversie> StelVast(Guid overlegId, OudersAntwoord? ouders, Guid doorId, string doorNaam, DateTimeOffset nu,
        IReadOnlyDictionary<Guid, OudersAntwoord>? aanTafel = null)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout<Handreikingversie>(fout);
        var overleg = _overleggen.SingleOrDefault(o => o.Id == overlegId);
        if (overleg is null) return Uitkomst.Fout<Handreikingversie>("Kies het overleg waarin de handreiking is vastgesteld.");
        var klaar = KlaarVoorVaststellen();
        if (klaar.IsFout) return klaar.Als<Handreikingversie>();
        var door = Vereist.Tekst(doorNaam, "Wie vaststelt", 200, "Door").Zeker();

        var beslissers = Beslissers(Werkdagen.DagInNederland(nu));
        List<VersieAkkoord>? akkoorden = null;
        if (beslissers.Count > 0)
        {
            akkoorden = [];
            foreach (var b in beslissers)
            {
                if (GeldigeReactie(b.Id) is { } eigen)
                {
                    akkoorden.Add(new VersieAkkoord(b.Naam, b.RolOfRelatie, eigen.Akkoord, eigen.Opmerking, true, null, eigen.GegevenOp));
                    continue;
                }
                var antwoord = aanTafel?.GetValueOrDefault(b.Id) ?? ouders;
                if (antwoord is null) return Uitkomst.Fout<Handreikingversie>($"Leg vast of {b.Naam} akkoord is met de afspraken.", b.Id.ToString());
                var opmerking = Vereist.OptioneleTekst(antwoord.Opmerking, $"De opmerking van {b.Naam}", 2000, b.Id.ToString());
                if (opmerking.IsFout) return opmerking.Als<Handreikingversie>();
                if (!antwoord.Akkoord && opmerking.Waarde is null)
                    return Uitkomst.Fout<Handreikingversie>($"{b.Naam} is niet akkoord: schrijf de opmerking op.", b.Id.ToString());
                akkoorden.Add(new VersieAkkoord(b.Naam, b.RolOfRelatie, antwoord.Akkoord, opmerking.Waarde, false, door, nu));
            }
        }
        else
        {
            if (ouders is null) return Uitkomst.Fout<Handreikingversie>("Leg vast of de ouders akkoord zijn met de afspraken.");
            if (!ouders.Akkoord && string.IsNullOrWhiteSpace(ouders.Opmerking))
                return Uitkomst.Fout<Handreikingversie>("De ouders zijn niet akkoord: schrijf hun opmerking op.");
        }

        // Validate before the geldende versie is replaced: a failure must not leave the casus without one.
        var oudersAkkoord = akkoorden?.All(a => a.Akkoord) ?? ouders!.Akkoord;
        var oudersOpmerking = akkoorden is null ? Vereist.OptioneleTekst(ouders!.Opmerking, "De opmerking van de ouders", 2000, "Opmerking").Zeker() : null;
        var volgnummer = _versies.Count == 0 ? 1 : _versies.Max(v => v.Volgnummer) + 1;
        var versie = new Handreikingversie(Id, volgnummer, overleg.Id, doorId, door, oudersAkkoord, oudersOpmerking, MaakSnapshot(overleg), nu, akkoorden);
        GeldendeVersie?.Vervang(nu);
        _versies.Add(versie);
        Status = CasusStatus.Actief;
        Herbeoordelen = false;
        // The voorlegging ends with the version: a next concept is laid before the ouders anew.
        VoorgelegdOp = null;
        _akkoordreacties.Clear();
        return Uitkomst.Ok(versie);
    }

    /// <summary>What vaststellen (and laying the concept before the ouders) needs: every step agreed and a regievoerder who
    /// may hold regie under the casus' maatregel.</summary>
    private Uitkomst KlaarVoorVaststellen()
    {
        var ontbreekt = _stappen.Where(s => s.Status != StapStatus.Afgesproken).OrderBy(s => s.Nummer).Select(s => $"{s.Nummer}. {s.Titel}").ToList();
        if (ontbreekt.Count > 0) return Uitkomst.Fout($"Nog niet afgesproken: {string.Join(", ", ontbreekt)}.");
        var regievoerder = Procesregievoerder;
        if (regievoerder is null) return Uitkomst.Fout("Er is nog geen regievoerder.");
        if (Maatregel != Maatregel.Geen && regievoerder.OrganisatieType != OrganisatieType.GecertificeerdeInstelling)
            return Uitkomst.Fout($"Bij een {MaatregelNaam(Maatregel)} ligt de procesregie bij een gecertificeerde instelling, niet bij {regievoerder.OrganisatieNaam}.");
        return Uitkomst.Ok();
    }

    /// <summary>Something the ouders read changed (a step, a taak, regie): answers already given lapse and they are asked again.</summary>
    private void AfsprakenVeranderd()
    {
        foreach (var reactie in _akkoordreacties) reactie.Vervalt();
    }
}
