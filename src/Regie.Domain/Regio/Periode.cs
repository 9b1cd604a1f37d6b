using System.Globalization;
using Regie.Domain.Gedeeld;

namespace Regie.Domain.Regio;

public enum Periodesoort
{
    Maand,
    Kwartaal,
}

/// <summary>A whole month (<c>2026-11</c>) or a whole quarter (<c>2026-K4</c>): the only periods the regio figures know,
/// so two overlapping date ranges cannot be subtracted to single out the casussen of a few days.</summary>
public sealed record Periode
{
    public const int EersteJaar = 2000;
    public const int LaatsteJaar = 2100;

    private Periode(Periodesoort soort, int jaar, int nummer)
    {
        Soort = soort;
        Jaar = jaar;
        Nummer = nummer;
    }

    public Periodesoort Soort { get; }
    public int Jaar { get; }

    /// <summary>The month (1–12) or the quarter (1–4).</summary>
    public int Nummer { get; }

    public DateOnly Van => new(Jaar, Soort == Periodesoort.Maand ? Nummer : ((Nummer - 1) * 3) + 1, 1);

    /// <summary>The first day after the period: compare with <c>datum &lt; Tot</c>.</summary>
    public DateOnly Tot => Van.AddMonths(Soort == Periodesoort.Maand ? 1 : 3);

    public static Periode Maand(int jaar, int maand) => Maak(Periodesoort.Maand, jaar, maand);
    public static Periode Kwartaal(int jaar, int kwartaal) => Maak(Periodesoort.Kwartaal, jaar, kwartaal);

    /// <summary>The month or quarter a date falls in.</summary>
    public static Periode Waarin(DateOnly datum, Periodesoort soort) =>
        soort == Periodesoort.Maand ? Maand(datum.Year, datum.Month) : Kwartaal(datum.Year, ((datum.Month - 1) / 3) + 1);

    public Periode Volgende() => Waarin(Tot, Soort);

    /// <summary>Reads <c>2026-11</c> or <c>2026-K4</c> (also <c>2026-k4</c>); anything else is refused in Dutch.</summary>
    public static Uitkomst<Periode> Lees(string? tekst, string veld = "Periode")
    {
        const string Vorm = "Kies een maand (zoals 2026-11) of een kwartaal (zoals 2026-K4).";
        var delen = (tekst ?? "").Trim().Split('-');
        if (delen.Length != 2 || delen[0].Length != 4 || !int.TryParse(delen[0], NumberStyles.None, CultureInfo.InvariantCulture, out var jaar))
            return Uitkomst.Fout<Periode>(Vorm, veld);
        if (jaar is < EersteJaar or > LaatsteJaar)
            return Uitkomst.Fout<Periode>($"Kies een jaar van {EersteJaar} tot en met {LaatsteJaar}.", veld);

        var kwartaal = delen[1].StartsWith('K') || delen[1].StartsWith('k');
        var cijfers = kwartaal ? delen[1][1..] : delen[1];
        if (cijfers.Length is < 1 or > 2 || !int.TryParse(cijfers, NumberStyles.None, CultureInfo.InvariantCulture, out var nummer))
            return Uitkomst.Fout<Periode>(Vorm, veld);
        if (kwartaal && nummer is < 1 or > 4) return Uitkomst.Fout<Periode>("Een kwartaal is K1, K2, K3 of K4.", veld);
        if (!kwartaal && nummer is < 1 or > 12) return Uitkomst.Fout<Periode>("Een maand is 01 tot en met 12.", veld);
        return Uitkomst.Ok(kwartaal ? Kwartaal(jaar, nummer) : Maand(jaar, nummer));
    }

    /// <summary>The form <see cref="Lees"/> reads: <c>2026-11</c> or <c>2026-K4</c>.</summary>
    public override string ToString() =>
        Soort == Periodesoort.Maand ? $"{Jaar:D4}-{Nummer:D2}" : $"{Jaar:D4}-K{Nummer}";

    /// <summary>For people: "november 2026" or "4e kwartaal 2026".</summary>
    public string Naam =>
        Soort == Periodesoort.Maand ? Van.ToString("MMMM yyyy", Cijfer.Nederlands) : $"{Nummer}e kwartaal {Jaar}";

    private static Periode Maak(Periodesoort soort, int jaar, int nummer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jaar, EersteJaar);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jaar, LaatsteJaar);
        ArgumentOutOfRangeException.ThrowIfLessThan(nummer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nummer, soort == Periodesoort.Maand ? 12 : 4);
        return new(soort, jaar, nummer);
    }
}

/// <summary>From one whole period through another of the same kind, e.g. 2026-01 to 2026-06: what the dashboard's
/// filter and its trend per month ask for.</summary>
public sealed class Tijdvak
{
    public const int MaxJaren = 10;

    private Tijdvak(Periode eerste, Periode laatste)
    {
        Eerste = eerste;
        Laatste = laatste;
    }

    public Periode Eerste { get; }
    public Periode Laatste { get; }

    public DateOnly Van => Eerste.Van;
    public DateOnly Tot => Laatste.Tot;

    /// <summary>The months or quarters from <see cref="Eerste"/> through <see cref="Laatste"/>, for a trend.</summary>
    public IEnumerable<Periode> Perioden()
    {
        for (var p = Eerste; p.Van <= Laatste.Van; p = p.Volgende()) yield return p;
    }

    public static Uitkomst<Tijdvak> Lees(string? van, string? tot)
    {
        var eerste = Periode.Lees(van, "Van");
        if (eerste.IsFout) return eerste.Als<Tijdvak>();
        var laatste = Periode.Lees(tot, "Tot");
        if (laatste.IsFout) return laatste.Als<Tijdvak>();
        if (eerste.Waarde!.Soort != laatste.Waarde!.Soort)
            return Uitkomst.Fout<Tijdvak>("Kies twee maanden of twee kwartalen, niet een van elk.", "Tot");
        if (laatste.Waarde.Van < eerste.Waarde.Van)
            return Uitkomst.Fout<Tijdvak>("Het einde van de periode ligt voor het begin. Kies een latere eindperiode.", "Tot");
        if (laatste.Waarde.Tot > eerste.Waarde.Van.AddYears(MaxJaren))
            return Uitkomst.Fout<Tijdvak>($"Kies een periode van hoogstens {MaxJaren} jaar.", "Tot");
        return Uitkomst.Ok(new Tijdvak(eerste.Waarde, laatste.Waarde));
    }
}
