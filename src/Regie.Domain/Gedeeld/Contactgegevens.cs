using System.Text.RegularExpressions;

namespace Regie.Domain.Gedeeld;

/// <summary>What a telefoonnummer and an e-mailadres may look like when someone changes them, so the ouders' portal
/// never shows a number they cannot call.</summary>
public static partial class Contactgegevens
{
    public const int MaxTelefoon = 50;
    public const int MaxEmail = 254;
    public const int MaxBereikbaarheid = 500;

    /// <summary>Digits with the usual separators, at least three digits (112, 14 053, +31 6 1234 5678).</summary>
    public static bool IsTelefoonnummer(string waarde) =>
        TelefoonPatroon().IsMatch(waarde) && waarde.Count(char.IsAsciiDigit) >= 3;

    public static bool IsEmailadres(string waarde) => EmailPatroon().IsMatch(waarde);

    public const string TelefoonMelding = "Een telefoonnummer bestaat uit cijfers, eventueel met spaties, streepjes, haakjes of een +, zoals 06 1234 5678.";
    public const string EmailMelding = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.";

    [GeneratedRegex(@"^\+?[0-9 ()\-.]+$")]
    private static partial Regex TelefoonPatroon();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPatroon();
}
