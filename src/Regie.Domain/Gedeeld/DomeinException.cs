namespace Regie.Domain.Gedeeld;

/// <summary>Raised when code asks the domain for something impossible (an empty name, an unknown step).
/// Refusals a user can cause at the table are returned as <see cref="Uitkomst"/> instead.</summary>
public sealed class DomeinException : Exception
{
    public DomeinException(string message) : base(message) { }
    public DomeinException() { }
    public DomeinException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>Checks of text a user typed. The refusal names the property (<see cref="Uitkomst.Veld"/>), so a form can put
/// the sentence next to that field.</summary>
internal static class Vereist
{
    public static Uitkomst<string> Tekst(string? waarde, string omschrijving, int maxLengte, string veld)
    {
        if (string.IsNullOrWhiteSpace(waarde)) return Uitkomst.Fout<string>($"{omschrijving} is verplicht.", veld);
        var getrimd = waarde.Trim();
        if (getrimd.Length > maxLengte) return Uitkomst.Fout<string>($"{omschrijving} mag hoogstens {maxLengte} tekens lang zijn.", veld);
        return Uitkomst.Ok(getrimd);
    }

    public static Uitkomst<string?> OptioneleTekst(string? waarde, string omschrijving, int maxLengte, string veld)
    {
        if (string.IsNullOrWhiteSpace(waarde)) return Uitkomst.Ok<string?>(null);
        var getrimd = waarde.Trim();
        if (getrimd.Length > maxLengte) return Uitkomst.Fout<string?>($"{omschrijving} mag hoogstens {maxLengte} tekens lang zijn.", veld);
        return Uitkomst.Ok<string?>(getrimd);
    }

    /// <summary>For a value the caller has already checked (a form's own limits, an earlier rule): a refusal here is a bug.</summary>
    public static T Zeker<T>(this Uitkomst<T> uitkomst) =>
        uitkomst.Gelukt ? uitkomst.Waarde! : throw new DomeinException(uitkomst.Melding);
}
