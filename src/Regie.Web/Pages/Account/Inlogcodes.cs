namespace Regie.Web.Pages.Account;

/// <summary>What people type as a code: spaces and dashes are allowed, the rest must be right.</summary>
public static class Inlogcodes
{
    /// <summary>The 6 digits of an app code, or null when it is not 6 digits.</summary>
    public static string? AlsCijfercode(string? invoer)
    {
        var code = Schoon(invoer);
        return code.Length == 6 && code.All(char.IsAsciiDigit) ? code : null;
    }

    /// <summary>A herstelcode as Identity stores it: XXXXX-XXXXX in capitals.</summary>
    public static string AlsHerstelcode(string? invoer)
    {
        var code = Schoon(invoer).ToUpperInvariant();
        return code.Length == 10 ? $"{code[..5]}-{code[5..]}" : code;
    }

    private static string Schoon(string? invoer) =>
        new((invoer ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
