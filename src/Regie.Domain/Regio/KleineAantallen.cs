namespace Regie.Domain.Regio;

/// <summary>Small-number suppression for the regio's figures (docs/regio-onderdrukking.md): counts of 1 to the minimum
/// minus one are hidden (primair), then enough other counts (secundair) that no hidden count can be found back from the
/// shown ones, not in one row or column and not by combining them.</summary>
public static class KleineAantallen
{
    /// <summary>The default of <c>Regie:Regio:MinimumAantal</c>.</summary>
    public const int StandaardMinimum = 5;

    /// <summary>Zero is shown: an empty cell tells about nobody. The small counts around it are what gets hidden.</summary>
    public static bool IsKlein(int aantal, int minimum) => aantal > 0 && aantal < minimum;

    /// <summary>A table of counts (rows × columns, e.g. casussen per gemeente × indicatie) with its row, column and grand
    /// totals, which are computed here so that they always add up.</summary>
    /// <param name="ouders">The same table under each wider filter: the filter with one of its choices left out (for
    /// "gemeente X, OTS": "gemeente X" and "OTS"). A shown cell whose wider count exceeds it by a small number is hidden
    /// too (<see cref="Onderdrukkingsreden.Verschil"/>), so the wider view minus this one never gives a small number.</param>
    public static OnderdrukteTabel Onderdruk(int[,] aantallen, int minimum, params int[][,] ouders)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        var rooster = Rooster.VoorTabel(aantallen);
        if (ouders.Any(o => o.GetLength(0) != aantallen.GetLength(0) || o.GetLength(1) != aantallen.GetLength(1)))
            throw new ArgumentException("De bredere telling heeft een andere vorm.", nameof(ouders));
        rooster.Onderdruk(minimum, ouders.Select(Rooster.VoorTabel));
        return new OnderdrukteTabel(aantallen.GetLength(0), aantallen.GetLength(1), rooster.Cijfers(minimum));
    }

    /// <summary>A list of counts (e.g. casussen per maatregel) with its total; <paramref name="ouders"/> as for a table.</summary>
    public static OnderdrukteLijst Onderdruk(IReadOnlyList<int> aantallen, int minimum, params IReadOnlyList<int>[] ouders)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        var rooster = Rooster.VoorLijst(aantallen);
        rooster.Onderdruk(minimum, ouders.Select(Rooster.VoorLijst));
        var cijfers = rooster.Cijfers(minimum);
        return new OnderdrukteLijst(cijfers[..^1], cijfers[^1]);
    }

    /// <summary>Counts that are no table (each its own base, e.g. casussen per indicatie when a casus can have several,
    /// or the casussen active in each month): every count on its own, small ones and small differences with the wider
    /// filters hidden. Nothing adds up to a shown total, so no cell needs hiding for another.</summary>
    public static IReadOnlyList<Cijfer> OnderdrukLos(IReadOnlyList<int> aantallen, int minimum, params IReadOnlyList<int>[] ouders) =>
        [.. aantallen.Select((a, i) => Onderdruk([a], minimum, [.. ouders.Select(o => (IReadOnlyList<int>)[o[i]])]).Cellen[0])];
}

/// <summary>A suppressed table; the totals are part of it and may be hidden themselves.</summary>
public sealed class OnderdrukteTabel
{
    private readonly Cijfer[] _cijfers;

    internal OnderdrukteTabel(int rijen, int kolommen, Cijfer[] cijfers)
    {
        Rijen = rijen;
        Kolommen = kolommen;
        _cijfers = cijfers;
    }

    public int Rijen { get; }
    public int Kolommen { get; }

    public Cijfer Cel(int rij, int kolom)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)rij, (uint)Rijen, nameof(rij));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)kolom, (uint)Kolommen, nameof(kolom));
        return Uitgebreid(rij, kolom);
    }

    public Cijfer Rijtotaal(int rij) => Uitgebreid(rij, Kolommen);
    public Cijfer Kolomtotaal(int kolom) => Uitgebreid(Rijen, kolom);
    public Cijfer Eindtotaal => Uitgebreid(Rijen, Kolommen);

    /// <summary>The table with its totals as the last row and column: [<see cref="Rijen"/>, k] is a column total.</summary>
    public Cijfer Uitgebreid(int rij, int kolom)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)rij, (uint)Rijen, nameof(rij));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)kolom, (uint)Kolommen, nameof(kolom));
        return _cijfers[(rij * (Kolommen + 1)) + kolom];
    }
}

public sealed record OnderdrukteLijst(IReadOnlyList<Cijfer> Cellen, Cijfer Totaal);
