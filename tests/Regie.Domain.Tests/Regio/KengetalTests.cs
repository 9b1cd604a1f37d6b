using Regie.Domain.Regio;

namespace Regie.Domain.Tests.Regio;

public sealed class KengetalTests
{
    [Fact]
    public void Een_gemiddelde_over_minder_dan_het_minimum_casussen_wordt_niet_getoond()
    {
        var verborgen = Kengetal.Over(3.5m, 4, 5);
        var getoond = Kengetal.Over(3.5m, 5, 5);

        Assert.True(verborgen.Verborgen);
        Assert.Equal("n < 5", verborgen.Tekst);
        Assert.Equal(3.5m, getoond.Waarde);
        Assert.Equal("3,5", getoond.Tekst);
    }

    [Theory]
    [InlineData(10, 4)] // over fewer casussen than the minimum
    [InlineData(2, 40)] // 5% of 40 gives the 2 back
    [InlineData(38, 40)] // 95% of 40 gives the 2 without back
    public void Een_percentage_dat_een_klein_aantal_verraadt_wordt_niet_getoond(int teller, int noemer)
    {
        Assert.True(Kengetal.Percentage(Math.Min(teller, noemer), noemer, 5).Verborgen);
    }

    [Theory]
    [InlineData(10, 40, "25%")]
    [InlineData(0, 40, "0%")]
    [InlineData(40, 40, "100%")]
    [InlineData(1, 3, "33%")]
    public void Een_percentage_over_genoeg_casussen_wordt_afgerond_getoond(int teller, int noemer, string tekst)
    {
        var uit = Kengetal.Percentage(teller, noemer, teller is > 0 and < 5 ? 1 : 5);
        Assert.Equal(tekst, uit.Tekst);
    }
}
