namespace Regie.Domain.Gedeeld;

/// <summary>Working days as the Algemene termijnenwet counts them (art. 3): no Saturday, no Sunday and none of its
/// public holidays, so a term set for an ouder never runs out on a day nobody is at work.</summary>
public static class Werkdagen
{
    /// <summary>Whole working days that have passed from <paramref name="van"/> to <paramref name="tot"/>: the days after
    /// <paramref name="van"/> up to and including <paramref name="tot"/>, weekends and public holidays counted out.</summary>
    public static int Tussen(DateOnly van, DateOnly tot)
    {
        var dagen = 0;
        for (var dag = van.AddDays(1); dag <= tot; dag = dag.AddDays(1))
        {
            if (IsWerkdag(dag)) dagen++;
        }
        return dagen;
    }

    /// <summary>The <paramref name="werkdagen"/>-th working day after <paramref name="start"/>: the last day of a term that
    /// starts on <paramref name="start"/>. Zero days is <paramref name="start"/> itself.</summary>
    public static DateOnly Na(DateOnly start, int werkdagen)
    {
        if (werkdagen < 0) throw new DomeinException("Een termijn telt nul of meer werkdagen.");
        var dag = start;
        for (var geteld = 0; geteld < werkdagen;)
        {
            dag = dag.AddDays(1);
            if (IsWerkdag(dag)) geteld++;
        }
        return dag;
    }

    private static readonly TimeZoneInfo NederlandseTijd = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The date in the Netherlands at <paramref name="moment"/>: a term is counted in Dutch days, not UTC ones.</summary>
    public static DateOnly DagInNederland(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, NederlandseTijd).DateTime);

    public static bool IsWerkdag(DateOnly dag) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsFeestdag(dag);

    /// <summary>The holidays of art. 3 that can fall on a weekday; eerste paas- and pinksterdag are Sundays anyway.</summary>
    public static bool IsFeestdag(DateOnly dag)
    {
        var pasen = Pasen(dag.Year);
        return (dag.Month, dag.Day) switch
        {
            (1, 1) or (5, 5) or (12, 25) or (12, 26) => true,
            (4, 27) => dag.DayOfWeek != DayOfWeek.Sunday,
            (4, 26) => dag.AddDays(1).DayOfWeek == DayOfWeek.Sunday,
            _ => dag == pasen.AddDays(1) || dag == pasen.AddDays(39) || dag == pasen.AddDays(50),
        };
    }

    /// <summary>Eerste paasdag in the Gregorian calendar (the anonymous computus of Meeus, Jones and Butcher).</summary>
    public static DateOnly Pasen(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }
}
