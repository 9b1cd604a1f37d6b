using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;

namespace Regie.Web.Pages.Casussen.WieDoetWat;

/// <summary>Adding a taak, shared by the wie-doet-wat page and the MDO page: the rule is Casus.VoegTaakToe, this only
/// says next to which field a refusal belongs.</summary>
public static class TaakToevoegen
{
    /// <returns>The domain's answer and, for a refusal, the name of the <see cref="TakenModel.TaakInvoer"/> property it is about.</returns>
    public static (Uitkomst<Taak> Uitkomst, string Veld) VoegToe(Casus casus, TakenModel.TaakInvoer invoer, DateOnly vandaag)
    {
        var uitkomst = casus.VoegTaakToe(invoer.Omschrijving!, invoer.BetrokkeneId!.Value, invoer.Resultaat, invoer.Termijn, vandaag);
        // The domain names the Taak property; TaakInvoer uses the same names. A closed casus names none.
        var veld = uitkomst.Veld ?? nameof(invoer.Omschrijving);
        return (uitkomst, veld);
    }
}
