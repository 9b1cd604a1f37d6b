namespace Regie.Web.Afdrukken;

/// <summary>Reads a verificatiecode the way people type it over from paper: any case, with or without spaces and dashes.</summary>
public static class Verificatiecodes
{
    // The alphabet of Handreikingversie.NieuweVerificatiecode (no 0/O, 1/I/L); a test keeps the two in step.
    private const string Alfabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Lengte = 20;

    /// <summary>The code as stored (XXXXX-XXXXX-XXXXX-XXXXX), or null when it cannot be one.</summary>
    public static string? Normaliseer(string? invoer)
    {
        if (string.IsNullOrWhiteSpace(invoer) || invoer.Length > 100) return null;
        var tekens = invoer.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '‐' or '–' or '—' or '_' or '.'))
            .Select(char.ToUpperInvariant).ToArray();
        if (tekens.Length != Lengte || tekens.Any(c => !Alfabet.Contains(c, StringComparison.Ordinal))) return null;
        var code = new string(tekens);
        return $"{code[..5]}-{code[5..10]}-{code[10..15]}-{code[15..]}";
    }
}
