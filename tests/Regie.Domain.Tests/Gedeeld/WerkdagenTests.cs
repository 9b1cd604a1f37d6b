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
}
