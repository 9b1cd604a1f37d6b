namespace Regie.Domain.Gedeeld;

/// <summary>Raised when code asks the domain for something impossible (an empty name, an unknown step).
/// Refusals a user can cause at the table are returned as <see cref="Uitkomst"/> instead.</summary>
public sealed class DomeinException : Exception
{
    public DomeinException(string message) : base(message) { }
    public DomeinException() { }
    public DomeinException(string message, Exception innerException) : base(message, innerException) { }
}

internal static class Vereist
{
    public static string Tekst(string? waarde, string veld, int maxLengte)
    {
        if (string.IsNullOrWhiteSpace(waarde)) throw new DomeinException($"{veld} is verplicht.");
        var getrimd = waarde.Trim();
        if (getrimd.Length > maxLengte) throw new DomeinException($"{veld} mag hoogstens {maxLengte} tekens lang zijn.");
        return getrimd;
    }

    public static string? OptioneleTekst(string? waarde, string veld, int maxLengte)
    {
        if (string.IsNullOrWhiteSpace(waarde)) return null;
        var getrimd = waarde.Trim();
        if (getrimd.Length > maxLengte) throw new DomeinException($"{veld} mag hoogstens {maxLengte} tekens lang zijn.");
        return getrimd;
    }
}
