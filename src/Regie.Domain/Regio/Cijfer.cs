using System.Globalization;

namespace Regie.Domain.Regio;

/// <summary>Why a count is not shown. A page shows a primair count as "&lt; 5" and every other hidden count as "verborgen"
/// (docs/regio-onderdrukking.md says why and what that costs).</summary>
public enum Onderdrukkingsreden
{
    Getoond,

    /// <summary>The count itself is 1 to the minimum minus one.</summary>
    Primair,

    /// <summary>Hidden so that a primair count cannot be found back by subtraction.</summary>
    Secundair,

    /// <summary>Hidden because the same figure without one of the filter's choices differs from it by a small number:
    /// "all" minus "filtered" would give that small number.</summary>
    Verschil,
}

/// <summary>One count of a regio table after suppression: the number, or nothing when it is hidden.</summary>
public readonly record struct Cijfer(int? Waarde, Onderdrukkingsreden Reden, int Minimum = KleineAantallen.StandaardMinimum)
{
    /// <summary>The text of a count hidden to protect another one: "&lt; 5" on it would be untrue (it may be 38).</summary>
    public const string VerborgenTekst = "verborgen";

    /// <summary>The legend next to the regio's tables: both texts, in one place.</summary>
    public static string Uitleg(int minimum) =>
        $"< {minimum}: minder dan {minimum} casussen (maar meer dan 0). Verborgen: dit aantal tonen we niet, "
        + "zodat een klein aantal niet terug te rekenen is uit de andere getallen of uit een andere keuze in het filter. "
        + $"n < {minimum}: berekend over minder dan {minimum} casussen of antwoorden, daarom niet getoond.";

    public bool Verborgen => Waarde is null;

    /// <summary>Hidden because the count itself is small (shown as "&lt; 5").</summary>
    public bool IsKlein => Reden == Onderdrukkingsreden.Primair;

    public string Tekst => Waarde?.ToString("N0", Nederlands) ?? (IsKlein ? KleinTekst(Minimum) : VerborgenTekst);

    public static string KleinTekst(int minimum) => $"< {minimum}";

    internal static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");
}

/// <summary>An average, median or percentage over a number of casussen: not shown when that number is below the minimum.</summary>
public readonly record struct Kengetal(decimal? Waarde, string Tekst)
{
    public bool Verborgen => Waarde is null;

    /// <summary>"n &lt; 5": computed over fewer casussen (or answers) than the minimum.</summary>
    public static string TeWeinigTekst(int minimum) => $"n < {minimum}";

    /// <summary>An average or median over <paramref name="aantal"/> casussen, shown with one decimal.</summary>
    public static Kengetal Over(decimal waarde, int aantal, int minimum)
    {
        Controleer(aantal, minimum);
        return aantal < minimum
            ? new(null, TeWeinigTekst(minimum))
            : new(waarde, waarde.ToString("0.#", Cijfer.Nederlands));
    }

    /// <summary>The share <paramref name="teller"/> of <paramref name="noemer"/> in whole percents. Also hidden when the
    /// teller, or the rest (noemer minus teller), is a small count: a percentage of a shown total gives both back.</summary>
    public static Kengetal Percentage(int teller, int noemer, int minimum)
    {
        Controleer(noemer, minimum);
        if (teller < 0 || teller > noemer) throw new ArgumentOutOfRangeException(nameof(teller), "De teller ligt tussen 0 en de noemer.");
        if (noemer < minimum) return new(null, TeWeinigTekst(minimum));
        if (KleineAantallen.IsKlein(teller, minimum) || KleineAantallen.IsKlein(noemer - teller, minimum)) return new(null, Cijfer.VerborgenTekst);
        var procent = Math.Round(100m * teller / noemer, MidpointRounding.AwayFromZero);
        return new(procent, procent.ToString("0", Cijfer.Nederlands) + "%");
    }

    private static void Controleer(int aantal, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aantal);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
    }
}
