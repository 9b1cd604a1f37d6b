using System.Globalization;
using System.Text.RegularExpressions;

namespace Regie.Web.Tests.Ouders;

/// <summary>The Flesch–Douma reading ease for Dutch: 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words).
/// Above 70 reads easily (about B1); the ouders' portal is held to that.</summary>
public static partial class Leesbaarheid
{
    public sealed record Meting(int Woorden, int Zinnen, int Lettergrepen)
    {
        public double Score => Woorden == 0 ? 0 : 206.835 - (0.93 * Woorden / Zinnen) - (77.0 * Lettergrepen / Woorden);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"Flesch–Douma {Score:0.0} ({Woorden} woorden, {Zinnen} zinnen, {Lettergrepen} lettergrepen)");
    }

    /// <summary>Measures a text; a sentence ends at . ! ? : or at a line break (a heading, a label, a list item).</summary>
    public static Meting Meet(string tekst)
    {
        int woorden = 0, zinnen = 0, lettergrepen = 0;
        foreach (var zin in ZinGrens().Split(tekst))
        {
            var inZin = Woord().Matches(zin).Select(m => m.Value).ToList();
            if (inZin.Count == 0) continue;
            zinnen++;
            woorden += inZin.Count;
            lettergrepen += inZin.Sum(Lettergrepen);
        }
        return new(woorden, zinnen, lettergrepen);
    }

    /// <summary>Vowel groups, with "ij" as a vowel so that aa, ie, oe, eu, ui, ei, ij, ou, au each count once;
    /// a diaeresis (beëindigen, ruïne) starts a new syllable. At least one per word.</summary>
    public static int Lettergrepen(string woord)
    {
        var w = woord.ToLowerInvariant().Replace("ij", "y", StringComparison.Ordinal);
        var aantal = 0;
        var vorigeKlinker = false;
        foreach (var c in w)
        {
            var klinker = "aeiouyáàâéèêíìîóòôúùûäëïöü".Contains(c, StringComparison.Ordinal);
            if (klinker && (!vorigeKlinker || "äëïöü".Contains(c, StringComparison.Ordinal))) aantal++;
            vorigeKlinker = klinker;
        }
        return Math.Max(1, aantal);
    }

    [GeneratedRegex(@"[.!?:]+(?=\s|$)|\r?\n")]
    private static partial Regex ZinGrens();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex Woord();
}
