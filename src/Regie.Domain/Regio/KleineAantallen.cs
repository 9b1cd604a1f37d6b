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
    public static OnderdrukteTabel Onderdruk(int[,] aantallen, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        var rooster = Rooster.VoorTabel(aantallen);
        rooster.Onderdruk(minimum);
        return new OnderdrukteTabel(aantallen.GetLength(0), aantallen.GetLength(1), rooster.Cijfers());
    }

    /// <summary>A list of counts (e.g. casussen per maatregel) with its total.</summary>
    public static OnderdrukteLijst Onderdruk(IReadOnlyList<int> aantallen, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        var rooster = Rooster.VoorLijst(aantallen);
        rooster.Onderdruk(minimum);
        var cijfers = rooster.Cijfers();
        return new OnderdrukteLijst(cijfers[..^1], cijfers[^1]);
    }
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
