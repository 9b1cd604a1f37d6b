using Regie.Domain.Regio;

namespace Regie.Domain.Tests.Regio;

public sealed class PeriodeTests
{
    [Fact]
    public void Een_maand_loopt_van_de_eerste_tot_de_eerste_van_de_volgende_maand()
    {
        var november = Periode.Lees("2026-11").Waarde!;

        Assert.Equal(Periodesoort.Maand, november.Soort);
        Assert.Equal(new DateOnly(2026, 11, 1), november.Van);
        Assert.Equal(new DateOnly(2026, 12, 1), november.Tot);
        Assert.Equal("november 2026", november.Naam);
        Assert.Equal("2026-11", november.ToString());
    }

    [Theory]
    [InlineData("2026-K4")]
    [InlineData("2026-k4")]
    [InlineData(" 2026-K4 ")]
    public void Een_kwartaal_loopt_drie_hele_maanden(string tekst)
    {
        var k4 = Periode.Lees(tekst).Waarde!;

        Assert.Equal(Periodesoort.Kwartaal, k4.Soort);
        Assert.Equal(new DateOnly(2026, 10, 1), k4.Van);
        Assert.Equal(new DateOnly(2027, 1, 1), k4.Tot);
        Assert.Equal("2026-K4", k4.ToString());
        Assert.Equal("4e kwartaal 2026", k4.Naam);
    }

    [Theory]
    [InlineData(null, "Kies een maand")]
    [InlineData("", "Kies een maand")]
    [InlineData("2026-11-05", "Kies een maand")]
    [InlineData("2026/11", "Kies een maand")]
    [InlineData("26-11", "Kies een maand")]
    [InlineData("2026-+1", "Kies een maand")]
    [InlineData("2026-K", "Kies een maand")]
    [InlineData("2026-13", "Een maand is 01 tot en met 12.")]
    [InlineData("2026-00", "Een maand is 01 tot en met 12.")]
    [InlineData("2026-K5", "Een kwartaal is K1, K2, K3 of K4.")]
    [InlineData("1999-12", "Kies een jaar van 2000 tot en met 2100.")]
    public void Een_willekeurige_datum_of_onzin_wordt_in_het_nederlands_geweigerd(string? tekst, string melding)
    {
        var uit = Periode.Lees(tekst, "Van");

        Assert.True(uit.IsFout);
        Assert.StartsWith(melding, uit.Melding);
        Assert.Equal("Van", uit.Veld);
    }

    [Fact]
    public void Een_tijdvak_geeft_zijn_maanden_voor_de_trend()
    {
        var tijdvak = Tijdvak.Lees("2026-11", "2027-02").Waarde!;

        Assert.Equal(["2026-11", "2026-12", "2027-01", "2027-02"], tijdvak.Perioden().Select(p => p.ToString()));
        Assert.Equal(new DateOnly(2026, 11, 1), tijdvak.Van);
        Assert.Equal(new DateOnly(2027, 3, 1), tijdvak.Tot);
    }

    [Theory]
    [InlineData("2026-05", "2026-04", "Het einde van de periode ligt voor het begin.")]
    [InlineData("2026-K2", "2026-K1", "Het einde van de periode ligt voor het begin.")]
    [InlineData("2016-01", "2026-01", "Kies een periode van hoogstens 10 jaar.")]
    [InlineData("2026-01", "2026-K3", "Kies twee maanden of twee kwartalen")]
    public void Een_tijdvak_dat_achterstevoren_loopt_of_te_lang_is_wordt_geweigerd(string van, string tot, string melding)
    {
        var uit = Tijdvak.Lees(van, tot);

        Assert.True(uit.IsFout);
        Assert.StartsWith(melding, uit.Melding);
        Assert.Equal("Tot", uit.Veld);
    }

    [Fact]
    public void Tien_hele_jaren_mag_net()
    {
        Assert.True(Tijdvak.Lees("2016-01", "2025-12").Gelukt);
        Assert.True(Tijdvak.Lees("2016-K1", "2025-K4").Gelukt);
    }

    [Fact]
    public void Een_onleesbaar_begin_wordt_bij_het_begin_gemeld()
    {
        var uit = Tijdvak.Lees("maart", "2026-04");
        Assert.Equal("Van", uit.Veld);
    }
}
