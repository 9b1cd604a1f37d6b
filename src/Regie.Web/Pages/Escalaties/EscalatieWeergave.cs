using Regie.Domain.Signalen;

namespace Regie.Web.Pages.Escalaties;

/// <summary>How signalen read on the escalation pages.</summary>
public static class EscalatieWeergave
{
    public static string Soort(SignaalSoort soort) => soort switch
    {
        SignaalSoort.HulpLooptVast => "De hulp loopt niet zoals afgesproken",
        SignaalSoort.WeetNietWieBellen => "Weet niet wie te bellen",
        SignaalSoort.AfsprakenNietNagekomen => "Afspraken worden niet nagekomen",
        _ => "In eigen woorden",
    };

    public static string Bron(SignaalBron bron) => bron == SignaalBron.Ouder ? "Signaal van een ouder" : "Opschaling door een professional";

    public static string Status(SignaalStatus status) => status switch
    {
        SignaalStatus.Open => "Wacht op antwoord",
        SignaalStatus.Heropend => "Heropend: wacht op antwoord",
        SignaalStatus.Beantwoord => "Beantwoord",
        _ => "Gesloten",
    };

    /// <summary>Who wrote a turn, by role: the names in the exchange are the family's.</summary>
    public static string Van(SignaalBericht bericht, SignaalBron bron) =>
        bericht.Van == SignaalBerichtVan.Regievoerder ? "Regievoerder" : bron == SignaalBron.Ouder ? "Ouder" : "Professional";
}
