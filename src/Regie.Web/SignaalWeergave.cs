using Regie.Domain.Signalen;

namespace Regie.Web;

/// <summary>How a signaal reads: in plain words for the ouder (B1), short for the professional.</summary>
public static class SignaalWeergave
{
    public const string HulpLooptVast = "De hulp loopt niet zoals we hebben afgesproken";
    public const string WeetNietWieBellen = "Ik weet niet wie ik moet bellen";

    public static string Soort(SignaalSoort soort) => soort switch
    {
        SignaalSoort.HulpLooptVast => HulpLooptVast,
        SignaalSoort.WeetNietWieBellen => WeetNietWieBellen,
        SignaalSoort.AfsprakenNietNagekomen => "Afspraken worden niet nagekomen",
        _ => "Iets anders",
    };

    /// <summary>A date with its weekday, "dinsdag 1 december 2026": an ouder plans by the day of the week.</summary>
    public static string DagDatum(DateOnly datum) => datum.ToString("dddd d MMMM yyyy", Weergave.Nl);

    /// <summary>The status as the indiener reads it, with by when an answer comes and whether it went to the gemeente.</summary>
    public static string VoorIndiener(Signaal signaal, int termijnWerkdagen) => signaal.Status switch
    {
        SignaalStatus.Beantwoord => "Beantwoord",
        SignaalStatus.Gesloten => "Gesloten",
        // A professional's opschaling sent straight to the gemeente went there when it was given, not for being late.
        _ when signaal.IsGeescaleerd && signaal.GeescaleerdOp == signaal.IngediendOp => "Doorgestuurd naar de gemeente",
        _ when signaal.IsGeescaleerd => "Doorgestuurd naar de gemeente, omdat er niet op tijd antwoord kwam",
        _ => $"Wacht op antwoord — u krijgt uiterlijk {DagDatum(signaal.AntwoordUiterlijk(termijnWerkdagen))} antwoord",
    };

    public static string Status(SignaalStatus status) => status switch
    {
        SignaalStatus.Open => "Open",
        SignaalStatus.Heropend => "Heropend",
        SignaalStatus.Beantwoord => "Beantwoord",
        _ => "Gesloten",
    };

    /// <summary>Past the last day to answer while it still waits for the regievoerder.</summary>
    public static bool IsTeLaat(Signaal signaal, DateOnly vandaag, int termijnWerkdagen) =>
        signaal.IsOpen && vandaag > signaal.AntwoordUiterlijk(termijnWerkdagen);

    public static string Wat(Signaal signaal) => signaal.Bron == SignaalBron.Ouder ? "Signaal" : "Opschaling";
}
