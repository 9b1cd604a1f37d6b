using Regie.Domain.Gedeeld;

namespace Regie.Domain.Tests.Gedeeld;

public sealed class WerkdagenTests
{
    [Theory]
    [InlineData("2026-03-06", "2026-03-06", 0)] // same day
    [InlineData("2026-03-06", "2026-03-07", 0)] // Friday → Saturday
    [InlineData("2026-03-06", "2026-03-08", 0)] // Friday → Sunday
    [InlineData("2026-03-06", "2026-03-09", 1)] // Friday → Monday
    [InlineData("2026-03-02", "2026-03-03", 1)] // Monday → Tuesday
    [InlineData("2026-03-02", "2026-03-06", 4)] // Monday → Friday
    [InlineData("2026-03-02", "2026-03-09", 5)] // Monday → next Monday
    [InlineData("2026-03-07", "2026-03-09", 1)] // Saturday → Monday
    [InlineData("2026-03-02", "2026-03-16", 10)] // two weeks
    [InlineData("2026-03-09", "2026-03-06", 0)] // backwards counts nothing
    public void Werkdagen_tussen_twee_datums_tellen_het_weekend_niet_mee(string van, string tot, int verwacht)
    {
        Assert.Equal(verwacht, Werkdagen.Tussen(DateOnly.Parse(van), DateOnly.Parse(tot)));
    }

    [Theory]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2038, "2038-04-25")] // the latest date Easter can fall on
    [InlineData(2285, "2285-03-22")] // the earliest
    public void Pasen_volgt_de_gregoriaanse_kalender(int jaar, string pasen)
    {
        Assert.Equal(DateOnly.Parse(pasen), Werkdagen.Pasen(jaar));
    }

    [Theory]
    [InlineData("2026-01-01")] // Nieuwjaarsdag, a Thursday
    [InlineData("2026-04-06")] // tweede paasdag
    [InlineData("2026-04-27")] // Koningsdag, a Monday
    [InlineData("2026-05-05")] // 5 mei, a Tuesday
    [InlineData("2026-05-14")] // Hemelvaartsdag: Easter + 39
    [InlineData("2026-05-25")] // tweede pinksterdag: Easter + 50
    [InlineData("2026-12-25")] // eerste Kerstdag
    [InlineData("2027-03-29")] // tweede paasdag 2027
    [InlineData("2027-05-05")] // 5 mei every year, also outside a lustrum
    [InlineData("2027-05-06")] // Hemelvaartsdag 2027
    [InlineData("2025-12-26")] // tweede Kerstdag, a Friday
    public void Een_feestdag_van_de_termijnenwet_op_een_doordeweekse_dag_is_geen_werkdag(string dag)
    {
        Assert.False(Werkdagen.IsWerkdag(DateOnly.Parse(dag)));
    }

    [Theory]
    [InlineData("2026-04-03")] // Goede Vrijdag is not in the termijnenwet
    [InlineData("2026-04-07")] // the day after tweede paasdag
    [InlineData("2026-05-04")] // 4 mei (Dodenherdenking) is a working day
    [InlineData("2026-12-24")] // kerstavond
    [InlineData("2026-12-31")] // oudejaarsdag
    [InlineData("2025-04-25")] // the Friday before Koningsdag on Saturday 26 April
    public void Een_gewone_doordeweekse_dag_is_een_werkdag(string dag)
    {
        Assert.True(Werkdagen.IsWerkdag(DateOnly.Parse(dag)));
    }

    [Fact]
    public void Koningsdag_2025_viel_op_26_april_omdat_27_april_een_zondag_was()
    {
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(2025, 4, 27).DayOfWeek);
        Assert.True(Werkdagen.IsFeestdag(new DateOnly(2025, 4, 26)));
        Assert.False(Werkdagen.IsFeestdag(new DateOnly(2025, 4, 27)));
        Assert.True(Werkdagen.IsFeestdag(new DateOnly(2026, 4, 27)));
        Assert.False(Werkdagen.IsFeestdag(new DateOnly(2026, 4, 26)));
    }

    [Theory]
    [InlineData("2026-03-06", 0, "2026-03-06")] // no term: the day itself
    [InlineData("2026-03-06", 1, "2026-03-09")] // Friday + 1 → Monday
    [InlineData("2026-03-06", 3, "2026-03-11")] // Friday + 3 → Wednesday
    [InlineData("2026-03-07", 1, "2026-03-09")] // from a Saturday
    [InlineData("2026-05-01", 3, "2026-05-07")] // over the weekend and 5 mei
    [InlineData("2026-04-24", 1, "2026-04-28")] // over the weekend and Koningsdag
    [InlineData("2026-04-02", 2, "2026-04-07")] // Goede Vrijdag counts, tweede paasdag not
    [InlineData("2026-05-13", 1, "2026-05-15")] // over Hemelvaartsdag
    [InlineData("2026-05-22", 1, "2026-05-26")] // over the weekend and tweede pinksterdag
    [InlineData("2026-12-24", 3, "2026-12-30")] // over both Kerstdagen and the weekend
    [InlineData("2026-12-30", 2, "2027-01-04")] // over Nieuwjaarsdag and the weekend
    [InlineData("2026-12-24", 6, "2027-01-05")] // from kerstavond into the new year
    public void Na_geeft_de_laatste_dag_van_een_termijn_in_werkdagen(string start, int werkdagen, string verwacht)
    {
        var van = DateOnly.Parse(start);
        var uiterlijk = Werkdagen.Na(van, werkdagen);

        Assert.Equal(DateOnly.Parse(verwacht), uiterlijk);
        Assert.Equal(werkdagen, Werkdagen.Tussen(van, uiterlijk));
    }

    [Fact]
    public void Tussen_telt_5_mei_en_het_weekend_niet_mee()
    {
        // Friday 1 May → Friday 8 May 2026: Monday 4, Wednesday 6, Thursday 7, Friday 8.
        Assert.Equal(4, Werkdagen.Tussen(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 8)));
    }

    [Fact]
    public void Tussen_telt_kerst_en_nieuwjaar_niet_mee()
    {
        // 24 December 2026 → 4 January 2027: 28, 29, 30, 31 December and 4 January.
        Assert.Equal(5, Werkdagen.Tussen(new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void Een_negatieve_termijn_is_een_programmeerfout()
    {
        Assert.Throws<DomeinException>(() => Werkdagen.Na(new DateOnly(2026, 3, 6), -1));
    }
}
