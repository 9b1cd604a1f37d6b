using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

public sealed class GezagEnGeboortedatumTests
{
    private static readonly DateOnly VijftienJaarGeleden = Vandaag.AddYears(-15);

    private static Betrokkene Wesley(TestCasus t, DateOnly? geboren = null) =>
        t.Casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, "Wesley Tukker", "zoon", Geboortedatum: geboren), Startdatum).MoetLukken();

    private static Gezinsgegevens Gezin(bool? gezag = null, DateOnly? geboren = null) => new(gezag, geboren, Vandaag);

    [Fact]
    public void Een_ouder_krijgt_gezag_en_een_jeugdige_een_geboortedatum_bij_het_toevoegen()
    {
        var t = Nieuw();

        var moeder = t.Casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, "Ria Tukker", "stiefmoeder", IsOuder: true, HeeftGezag: false), Vandaag).MoetLukken();
        var wesley = Wesley(t, VijftienJaarGeleden);

        Assert.False(moeder.HeeftGezag);
        Assert.Equal(VijftienJaarGeleden, wesley.Geboortedatum);
        Assert.True(wesley.IsJeugdige);
        Assert.Null(t.Vader.HeeftGezag);
    }

    [Fact]
    public void Gezag_en_geboortedatum_wijzigen_noemt_de_velden()
    {
        var t = Nieuw();
        var wesley = Wesley(t);

        Assert.Equal(["HeeftGezag"], t.Casus.WijzigContactVan(t.Vader.Id, "vader", "06-12345678", null, null, Gezin(gezag: true)).MoetLukken());
        Assert.Equal(["Geboortedatum"], t.Casus.WijzigContactVan(wesley.Id, "zoon", null, null, null, Gezin(geboren: VijftienJaarGeleden)).MoetLukken());
        Assert.Equal(["Telefoon", "HeeftGezag"], t.Casus.WijzigContactVan(t.Vader.Id, "vader", "06-11112222", null, null, Gezin()).MoetLukken());

        Assert.Null(t.Vader.HeeftGezag);
        Assert.Equal(VijftienJaarGeleden, wesley.Geboortedatum);
    }

    [Fact]
    public void Zonder_gezinsgegevens_blijven_gezag_en_geboortedatum_zoals_ze_waren()
    {
        var t = Nieuw();
        t.Casus.WijzigContactVan(t.Vader.Id, "vader", "06-12345678", null, null, Gezin(gezag: true)).MoetLukken();

        Assert.Equal(["Telefoon"], t.Casus.WijzigContactVan(t.Vader.Id, "vader", "06-99998888", null, null).MoetLukken());
        Assert.True(t.Vader.HeeftGezag);
    }

    [Theory]
    [InlineData(1, "toekomst")]
    [InlineData(-25 * 366, "meer dan 25 jaar")]
    public void Een_onmogelijke_geboortedatum_wordt_geweigerd_en_niets_verandert(int dagen, string melding)
    {
        var t = Nieuw();
        var wesley = Wesley(t);

        var uitkomst = t.Casus.WijzigContactVan(wesley.Id, "zoon", "06-12121212", null, null, Gezin(geboren: Vandaag.AddDays(dagen)));

        uitkomst.MoetWeigeren(melding);
        Assert.Equal("Geboortedatum", uitkomst.Veld);
        Assert.Contains("geboortedatum", uitkomst.Melding, StringComparison.OrdinalIgnoreCase);
        Assert.Null(wesley.Geboortedatum);
        Assert.Null(wesley.Telefoon);
    }

    [Fact]
    public void Een_professional_krijgt_geen_geboortedatum_en_geen_gezag()
    {
        var t = Nieuw();

        var geboren = t.Casus.WijzigContactVan(t.Consulent.Id, "jeugdconsulent", TelefoonConsulent, null, null, Gezin(geboren: VijftienJaarGeleden));
        var gezag = t.Casus.VoegBetrokkeneToe(Professional("Kees Smit", "ib'er", "De Esch", OrganisatieType.Onderwijs) with { HeeftGezag = true }, Vandaag);

        geboren.MoetWeigeren("professional");
        Assert.Equal("Geboortedatum", geboren.Veld);
        gezag.MoetWeigeren("ouder");
        Assert.Equal("HeeftGezag", gezag.Veld);
        Assert.Null(t.Consulent.Geboortedatum);
    }

    [Fact]
    public void Een_ouder_heeft_geen_geboortedatum_en_een_jeugdige_geen_gezag()
    {
        var t = Nieuw();
        var wesley = Wesley(t);

        t.Casus.WijzigContactVan(t.Moeder.Id, "moeder", null, null, null, Gezin(geboren: VijftienJaarGeleden)).MoetWeigeren("kind of jongere");
        t.Casus.WijzigContactVan(wesley.Id, "zoon", null, null, null, Gezin(gezag: true)).MoetWeigeren("ouder");
    }

    [Fact]
    public void Een_oude_geboortedatum_blokkeert_geen_andere_wijziging()
    {
        var t = Nieuw();
        var wesley = Wesley(t, Vandaag.AddYears(-24));

        var velden = t.Casus.WijzigContactVan(wesley.Id, "zoon", "06-12121212", null, null,
            new Gezinsgegevens(null, wesley.Geboortedatum, Vandaag.AddYears(3))).MoetLukken();

        Assert.Equal(["Telefoon"], velden);
    }

    [Theory]
    [InlineData("2011-03-02", "2026-03-02", 15)]
    [InlineData("2011-03-03", "2026-03-02", 14)]
    [InlineData("2012-02-29", "2028-02-28", 15)]
    [InlineData("2012-02-29", "2028-02-29", 16)]
    public void Leeftijd_telt_hele_jaren(string geboren, string dag, int leeftijd)
    {
        var t = Nieuw();
        var wesley = Wesley(t, DateOnly.Parse(geboren, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(leeftijd, wesley.LeeftijdOp(DateOnly.Parse(dag, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(t.Vader.LeeftijdOp(Vandaag));
    }
}
