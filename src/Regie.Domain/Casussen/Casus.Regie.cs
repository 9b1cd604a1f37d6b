using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;

namespace Regie.Domain.Casussen;

/// <summary>Who holds regie: procesregie and inhoudelijke regie, and the warm overdracht to another regievoerder.</summary>
public sealed partial class Casus
{
    public Uitkomst WijsProcesregieToe(Guid betrokkeneId, string? mandaat, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        if (Procesregievoerder is { } huidige)
            return Uitkomst.Fout($"{huidige.Naam} voert al de procesregie. Er is altijd één regievoerder; gebruik een overdracht om te wisselen.");
        var kandidaat = KanRegieVoeren(betrokkeneId);
        if (kandidaat.IsFout) return kandidaat;
        _regietoewijzingen.Add(new Regietoewijzing(RegieSoort.Procesregie, betrokkeneId, null, Mandaat(mandaat), nu));
        return Uitkomst.Ok();
    }

    public Uitkomst<Regietoewijzing> WijsInhoudelijkeRegieToe(Guid betrokkeneId, string? onderdeel, string? mandaat, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout<Regietoewijzing>(fout);
        if (string.IsNullOrWhiteSpace(onderdeel)) return Uitkomst.Fout<Regietoewijzing>("Schrijf op op welk onderdeel de inhoudelijke regie ligt.");
        var betrokkene = _betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId && b.IsActief);
        if (betrokkene is null) return Uitkomst.Fout<Regietoewijzing>("Inhoudelijke regie ligt bij iemand die nu betrokken is.");
        // The gemeente follows the process; inhoudelijke beslissingen are taken by the zorgpartij that carries that part.
        if (!betrokkene.KanInhoudelijkeRegieDragen)
            return Uitkomst.Fout<Regietoewijzing>(
                $"{betrokkene.Naam} kan geen inhoudelijke regie krijgen. Kies bij ‘Wie’ een professional van een zorgaanbieder of gecertificeerde instelling; de gemeente volgt het proces en beslist niet inhoudelijk.");
        var onderdeelNaam = Vereist.Tekst(onderdeel, "Het onderdeel", 200, nameof(Regietoewijzing.Onderdeel));
        if (onderdeelNaam.IsFout) return onderdeelNaam.Als<Regietoewijzing>();
        var naam = onderdeelNaam.Waarde!;
        var bestaand = _regietoewijzingen.FirstOrDefault(r => r.Soort == RegieSoort.InhoudelijkeRegie && r.IsActief
            && string.Equals(r.Onderdeel, naam, StringComparison.OrdinalIgnoreCase));
        if (bestaand is not null)
        {
            var houder = _betrokkenen.Single(b => b.Id == bestaand.BetrokkeneId);
            return Uitkomst.Fout<Regietoewijzing>($"{houder.Naam} heeft al de inhoudelijke regie op '{naam}'.");
        }
        var toewijzing = new Regietoewijzing(RegieSoort.InhoudelijkeRegie, betrokkeneId, naam, Mandaat(mandaat), nu);
        _regietoewijzingen.Add(toewijzing);
        return Uitkomst.Ok(toewijzing);
    }

    public Uitkomst BeeindigInhoudelijkeRegie(Guid toewijzingId, string? reden, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var toewijzing = _regietoewijzingen.SingleOrDefault(r => r.Id == toewijzingId && r.Soort == RegieSoort.InhoudelijkeRegie && r.IsActief);
        if (toewijzing is null) return Uitkomst.Fout("Deze inhoudelijke regie bestaat niet of is al beëindigd.");
        if (string.IsNullOrWhiteSpace(reden)) return Uitkomst.Fout("Schrijf op waarom de inhoudelijke regie stopt.");
        if (reden.Trim().Length > 2000) return Uitkomst.Fout("De reden mag hoogstens 2000 tekens lang zijn.");
        toewijzing.Beeindig(nu, reden.Trim());
        return Uitkomst.Ok();
    }

    /// <summary>Warm overdracht, step one: the regievoerder proposes a successor and keeps regie until they accept.</summary>
    public Uitkomst<Overdracht> StelOverdrachtVoor(Guid opvolgerId, string? notitie, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout<Overdracht>(fout);
        var huidige = ActieveProcesregie;
        if (huidige is null) return Uitkomst.Fout<Overdracht>("Er is nog geen regievoerder; wijs eerst de procesregie toe.");
        if (OpenOverdracht is { } open)
        {
            var naar = _betrokkenen.Single(b => b.Id == open.NaarBetrokkeneId);
            return Uitkomst.Fout<Overdracht>($"Er staat al een overdracht aan {naar.Naam} open. Trek die eerst in.");
        }
        if (opvolgerId == huidige.BetrokkeneId) return Uitkomst.Fout<Overdracht>("Kies een andere betrokkene dan de huidige regievoerder.");
        var kandidaat = KanRegieVoeren(opvolgerId);
        if (kandidaat.IsFout) return Uitkomst.Fout<Overdracht>(kandidaat.Melding);
        var schoneNotitie = Vereist.OptioneleTekst(notitie, "De overdrachtsnotitie", 4000, nameof(Overdracht.Notitie));
        if (schoneNotitie.IsFout) return schoneNotitie.Als<Overdracht>();
        var overdracht = new Overdracht(huidige.BetrokkeneId, opvolgerId, schoneNotitie.Waarde, nu);
        _overdrachten.Add(overdracht);
        return Uitkomst.Ok(overdracht);
    }

    public Uitkomst AccepteerOverdracht(Guid overdrachtId, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var overdracht = _overdrachten.SingleOrDefault(o => o.Id == overdrachtId && o.IsOpen);
        if (overdracht is null) return Uitkomst.Fout("Deze overdracht staat niet (meer) open.");
        // The situation may have changed since the proposal (a maatregel, the successor left): check again.
        var kandidaat = KanRegieVoeren(overdracht.NaarBetrokkeneId);
        if (kandidaat.IsFout) return kandidaat;
        var oude = ActieveProcesregie!;
        var opvolger = _betrokkenen.Single(b => b.Id == overdracht.NaarBetrokkeneId);
        oude.Beeindig(nu, $"Overgedragen aan {opvolger.Naam}");
        _regietoewijzingen.Add(new Regietoewijzing(RegieSoort.Procesregie, opvolger.Id, null, oude.Mandaat, nu));
        overdracht.Beslis(OverdrachtStatus.Geaccepteerd, null, nu);
        // A new regievoerder is a new aanspreekpunt: the table confirms regie and communicatie in the next MDO.
        VraagHerbeoordeling(nu, [StapSoort.Regie, StapSoort.Communicatie]);
        return Uitkomst.Ok();
    }

    public Uitkomst WijsOverdrachtAf(Guid overdrachtId, string? reden, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var overdracht = _overdrachten.SingleOrDefault(o => o.Id == overdrachtId && o.IsOpen);
        if (overdracht is null) return Uitkomst.Fout("Deze overdracht staat niet (meer) open.");
        if (string.IsNullOrWhiteSpace(reden)) return Uitkomst.Fout("Schrijf op waarom u de regie niet overneemt.");
        if (reden.Trim().Length > 2000) return Uitkomst.Fout("De reden mag hoogstens 2000 tekens lang zijn.");
        overdracht.Beslis(OverdrachtStatus.Afgewezen, reden.Trim(), nu);
        return Uitkomst.Ok();
    }

    public Uitkomst TrekOverdrachtIn(Guid overdrachtId, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var overdracht = _overdrachten.SingleOrDefault(o => o.Id == overdrachtId && o.IsOpen);
        if (overdracht is null) return Uitkomst.Fout("Deze overdracht staat niet (meer) open.");
        overdracht.Beslis(OverdrachtStatus.Ingetrokken, null, nu);
        return Uitkomst.Ok();
    }

    private Uitkomst KanRegieVoeren(Guid betrokkeneId)
    {
        var betrokkene = _betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId);
        if (betrokkene is null || !betrokkene.IsActief) return Uitkomst.Fout("De regievoerder moet iemand zijn die nu bij de casus betrokken is.");
        if (!betrokkene.IsProfessional) return Uitkomst.Fout($"{betrokkene.Naam} is geen professional; de procesregie ligt bij een professional.");
        if (Maatregel != Maatregel.Geen && betrokkene.OrganisatieType != OrganisatieType.GecertificeerdeInstelling)
            return Uitkomst.Fout($"Bij een {MaatregelNaam(Maatregel)} ligt de procesregie bij een gecertificeerde instelling. {betrokkene.Naam} werkt bij {betrokkene.OrganisatieNaam}.");
        return Uitkomst.Ok();
    }

    private static string? Mandaat(string? mandaat) => Vereist.OptioneleTekst(mandaat, "Het mandaat", 2000, "Mandaat").Zeker();
}
