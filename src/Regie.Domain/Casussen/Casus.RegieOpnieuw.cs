using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Regievoering;

namespace Regie.Domain.Casussen;

public sealed partial class Casus
{
    /// <summary>For a choice list: may this betrokkene hold procesregie now (involved, a professional, a GI under a maatregel)?</summary>
    public bool KanProcesregieVoeren(Guid betrokkeneId) => KanRegieVoeren(betrokkeneId).Gelukt;

    /// <summary>When the regievoerder has left (their account is gone) no warm overdracht is possible: the gemeente or
    /// the beheerder names a new procesregievoerder. Who may do this, and when, is for the authorisation to decide.</summary>
    public Uitkomst WijsProcesregieOpnieuwToe(Guid nieuweBetrokkeneId, string? reden, DateTimeOffset nu)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout(fout);
        var oude = ActieveProcesregie;
        if (oude is null) return Uitkomst.Fout("Er is geen regievoerder; wijs de procesregie gewoon toe.");
        if (nieuweBetrokkeneId == oude.BetrokkeneId) return Uitkomst.Fout("Kies een andere betrokkene dan de huidige regievoerder.");
        var kandidaat = KanRegieVoeren(nieuweBetrokkeneId);
        if (kandidaat.IsFout) return kandidaat;
        if (string.IsNullOrWhiteSpace(reden)) return Uitkomst.Fout("Schrijf op waarom de procesregie opnieuw wordt toegewezen.");
        if (reden.Trim().Length > 2000) return Uitkomst.Fout("De reden mag hoogstens 2000 tekens lang zijn.");
        var schoneReden = reden.Trim();

        OpenOverdracht?.Beslis(OverdrachtStatus.Ingetrokken, "De procesregie is opnieuw toegewezen.", nu);
        oude.Beeindig(nu, schoneReden);
        _regietoewijzingen.Add(new Regietoewijzing(RegieSoort.Procesregie, nieuweBetrokkeneId, null, oude.Mandaat, nu));
        // A new regievoerder is a new aanspreekpunt, as after an overdracht.
        VraagHerbeoordeling(nu, [StapSoort.Regie, StapSoort.Communicatie]);
        return Uitkomst.Ok();
    }
}
