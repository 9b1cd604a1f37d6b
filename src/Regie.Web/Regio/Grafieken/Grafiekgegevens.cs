using Regie.Domain.Regio;

namespace Regie.Web.Regio.Grafieken;

/// <summary>One figure in a chart: a number, a count too small to show ("&lt; 5", its number is never drawn nor
/// printed), a count hidden to protect another ("verborgen", <see cref="Tekst"/>), or nothing at all (no measurement
/// that month: "–").</summary>
public readonly record struct Waarde(decimal? Getal, bool Onderdrukt, string? Tekst = null)
{
    public static Waarde Van(decimal getal) => new(getal, false);
    public static readonly Waarde Klein = new(null, true);
    public static readonly Waarde Verborgen = new(null, true, Cijfer.VerborgenTekst);
    public static readonly Waarde Geen = new(null, false);

    /// <summary>A suppressed count: "&lt; 5" when it is small itself, "verborgen" when hidden for another one.</summary>
    public static Waarde Van(Cijfer cijfer) =>
        cijfer.Waarde is { } getal ? Van(getal) : cijfer.IsKlein ? Klein : Verborgen;

    /// <summary>An average or percentage; hidden with its own text ("n &lt; 5", "verborgen").</summary>
    public static Waarde Van(Kengetal kengetal) => kengetal.Waarde is { } getal ? Van(getal) : new(null, true, kengetal.Tekst);

    /// <summary>The number the chart may draw; null when suppressed or missing.</summary>
    public decimal? Zichtbaar => Onderdrukt ? null : Getal;
}

/// <summary>One bar: "OB3B" with its value.</summary>
public sealed record Categorie(string Naam, Waarde Waarde);

/// <summary>One line (or row of columns) of a trend: "ouders", one value per month in the order of the months.</summary>
public sealed record Reeks(string Naam, IReadOnlyList<Waarde> Waarden);

public enum Trendvorm { Kolommen, Lijn }

/// <summary>How a chart reads: headings of its table, number format and the words for a suppressed value.</summary>
public sealed record Grafiekopties
{
    /// <summary>Said first in the chart's description and shown under the title, e.g. the filters chosen.</summary>
    public string? Beschrijving { get; init; }

    /// <summary>Heading of the table's first column ("Indicatie", "Maand").</summary>
    public string Kolomkop { get; init; } = "Categorie";

    /// <summary>Heading of the value column of a bar chart ("Aantal casussen").</summary>
    public string Waardekop { get; init; } = "Aantal";

    /// <summary>0 for counts ("1.234"), 1 for averages ("3,4").</summary>
    public int Decimalen { get; init; }

    /// <summary>Written after each number, e.g. "%" or " dagen".</summary>
    public string Eenheid { get; init; } = "";

    /// <summary>A fixed top of the scale (5 for a score of 1 to 5); otherwise a round number above the highest value.</summary>
    public decimal? Maximum { get; init; }

    public int MinimumAantal { get; init; } = 5;

    /// <summary>What a suppressed value reads as. For an average over too few answers, e.g. "n &lt; 5".</summary>
    public string? OnderdruktTekst { get; init; }

    /// <summary>The note under the table when a value is suppressed.</summary>
    public string? OnderdruktUitleg { get; init; }

    public Trendvorm Vorm { get; init; } = Trendvorm.Kolommen;

    /// <summary>Shown as the table's last row ("Totaal"), not drawn: a total as a bar would squash the others.</summary>
    public Waarde? Totaal { get; init; }

    /// <summary>The heading of that row: "Totaal", or "Hele periode" for a count that is no sum of the months.</summary>
    public string TotaalNaam { get; init; } = "Totaal";

    internal string Klein => OnderdruktTekst ?? Cijfer.KleinTekst(MinimumAantal);

    /// <summary>What a suppressed value reads as: its own text ("verborgen", "n &lt; 5") or the chart's.</summary>
    internal string TekstVan(Waarde waarde) => waarde.Tekst ?? Klein;

    internal string Uitleg => OnderdruktUitleg
        ?? $"{Klein}: minder dan {MinimumAantal}. Kleine aantallen tonen we niet precies, zodat niemand herkenbaar is. "
        + $"{Cijfer.VerborgenTekst}: niet getoond, zodat een klein aantal niet terug te rekenen is.";
}
