namespace Regie.Web.Tests.Ouders;

/// <summary>The measure itself: syllables, sentences and scores for sentences whose ease is plain to see.</summary>
public sealed class LeesbaarheidTests
{
    [Theory]
    [InlineData("kat", 1)]
    [InlineData("De", 1)]
    [InlineData("maandag", 2)]
    [InlineData("ouders", 2)]
    [InlineData("huis", 1)]
    [InlineData("tijd", 1)]
    [InlineData("bijvoorbeeld", 3)]
    [InlineData("beëindigen", 4)]
    [InlineData("procesregievoerder", 6)]
    [InlineData("samenwerkingsverband", 6)]
    [InlineData("2000", 1)]
    public void Lettergrepen_telt_klinkergroepen_met_tweeklanken_als_een(string woord, int verwacht) =>
        Assert.Equal(verwacht, Leesbaarheid.Lettergrepen(woord));

    [Fact]
    public void Zinnen_eindigen_bij_leestekens_en_regelovergangen()
    {
        var meting = Leesbaarheid.Meet("Wie belt u?\nTelefoon: 06 1234\nDe kat zit op de mat. Hij slaapt!");
        Assert.Equal((5, 14), (meting.Zinnen, meting.Woorden));
    }

    [Fact]
    public void Een_korte_zin_met_korte_woorden_scoort_hoog()
    {
        var meting = Leesbaarheid.Meet("De kat zit op de mat.");
        Assert.Equal((6, 1, 6), (meting.Woorden, meting.Zinnen, meting.Lettergrepen));
        Assert.Equal(206.835 - (0.93 * 6) - 77, meting.Score, 3);
        Assert.True(meting.Score > 100, meting.ToString());
    }

    [Fact]
    public void Een_lange_ambtelijke_zin_scoort_laag()
    {
        var meting = Leesbaarheid.Meet(
            "Met inachtneming van de geldende beleidsregels inzake de procesregievoering binnen het samenwerkingsverband "
            + "wordt de vastgestelde handreiking, onverminderd eventuele aanvullende verplichtingen, periodiek geëvalueerd "
            + "door de verantwoordelijke procesregievoerder in afstemming met de betrokken ketenpartners.");
        Assert.True(meting.Score < 30, meting.ToString());
    }

    [Fact]
    public void Lege_tekst_heeft_geen_woorden() => Assert.Equal(0, Leesbaarheid.Meet(" \n ").Woorden);
}
