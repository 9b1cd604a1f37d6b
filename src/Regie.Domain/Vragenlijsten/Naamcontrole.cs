using System.Globalization;
using System.Text;

namespace Regie.Domain.Vragenlijsten;

/// <summary>Finds a betrokkene's name in a free-text answer: each part of a name (first name, surname) as a whole word,
/// ignoring case and accents. Tussenvoegsels and parts under three letters are not checked, they are ordinary words.</summary>
public sealed class Naamcontrole
{
    private static readonly HashSet<string> Tussenvoegsels = new(StringComparer.Ordinal)
    {
        "van", "der", "den", "de", "het", "ten", "ter", "te", "op", "in", "uit", "los", "la", "le", "du", "da", "di", "del", "von", "mevrouw", "meneer",
    };

    private readonly Dictionary<string, string> _delen = new(StringComparer.Ordinal);

    public Naamcontrole(IEnumerable<string> namen)
    {
        foreach (var naam in namen)
        {
            foreach (var deel in Woorden(naam))
            {
                if (deel.Length < 3 || Tussenvoegsels.Contains(deel)) continue;
                _delen.TryAdd(deel, naam);
            }
        }
    }

    /// <summary>The part of a name found in <paramref name="tekst"/> as it was typed there, or null.</summary>
    public string? Vind(string tekst)
    {
        foreach (var (woord, getypt) in WoordenMetOrigineel(tekst))
            if (_delen.ContainsKey(woord)) return getypt;
        return null;
    }

    private static IEnumerable<string> Woorden(string tekst) => WoordenMetOrigineel(tekst).Select(w => w.Genormaliseerd);

    private static IEnumerable<(string Genormaliseerd, string Origineel)> WoordenMetOrigineel(string tekst)
    {
        var start = -1;
        for (var i = 0; i <= tekst.Length; i++)
        {
            var isLetter = i < tekst.Length && (char.IsLetter(tekst[i]) || tekst[i] == '\'' && start >= 0);
            if (isLetter && start < 0) start = i;
            else if (!isLetter && start >= 0)
            {
                var origineel = tekst[start..i].TrimEnd('\'');
                yield return (Normaliseer(origineel), origineel);
                start = -1;
            }
        }
    }

    private static string Normaliseer(string woord)
    {
        var ontleed = woord.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var zonder = new StringBuilder(ontleed.Length);
        foreach (var c in ontleed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) zonder.Append(c);
        return zonder.ToString();
    }
}
