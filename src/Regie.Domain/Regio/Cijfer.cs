using System.Globalization;

namespace Regie.Domain.Regio;

/// <summary>Why a count is not shown. For tests and the method's docs only: a page shows every hidden count the same way,
/// because telling which ones are small would narrow the others down.</summary>
public enum Onderdrukkingsreden
{
    Getoond,

    /// <summary>The count itself is 1 to the minimum minus one.</summary>
    Primair,

    /// <summary>Hidden so that a primair count cannot be found back by subtraction.</summary>
    Secundair,
}

/// <summary>One count of a regio table after suppression: the number, or nothing when it is hidden.</summary>
public readonly record struct Cijfer(int? Waarde, Onderdrukkingsreden Reden)
{
    /// <summary>One text for every hidden count: a "&lt; 5" on a count hidden secundair would be untrue, and two texts
    /// would tell a reader which hidden counts are the small ones.</summary>
    public const string VerborgenTekst = "verborgen";

    public const string Uitleg =
        "Verborgen: minder dan het minimum, of verborgen zodat een klein aantal niet terug te rekenen is.";

    public bool Verborgen => Waarde is null;

    public string Tekst => Waarde?.ToString("N0", Nederlands) ?? VerborgenTekst;

    internal static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");
}

/// <summary>An average, median or percentage over a number of casussen: not shown when that number is below the minimum.</summary>
public readonly record struct Kengetal(decimal? Waarde, string Tekst)
{
    public bool Verborgen => Waarde is null;

    /// <summary>An average or median over <paramref name="aantal"/> casussen, shown with one decimal.</summary>
    public static Kengetal Over(decimal waarde, int aantal, int minimum)
    {
        Controleer(aantal, minimum);
        return aantal < minimum
            ? new(null, Cijfer.VerborgenTekst)
            : new(waarde, waarde.ToString("0.#", Cijfer.Nederlands));
    }

    /// <summary>The share <paramref name="teller"/> of <paramref name="noemer"/> in whole percents. Also hidden when the
    /// teller is a small count: a percentage of a shown total gives that count back.</summary>
    public static Kengetal Percentage(int teller, int noemer, int minimum)
    {
        Controleer(noemer, minimum);
        if (teller < 0 || teller > noemer) throw new ArgumentOutOfRangeException(nameof(teller), "De teller ligt tussen 0 en de noemer.");
        if (noemer < minimum || KleineAantallen.IsKlein(teller, minimum)) return new(null, Cijfer.VerborgenTekst);
        var procent = Math.Round(100m * teller / noemer, MidpointRounding.AwayFromZero);
        return new(procent, procent.ToString("0", Cijfer.Nederlands) + "%");
    }

    private static void Controleer(int aantal, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aantal);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
    }
}
