using Regie.Domain.Handreiking;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

public sealed class HulpvraagTests
{
    private const string NieuweHulpvraag = "Vader zoekt werk; ouders willen hulp bij schulden en bij de school van Wesley.";

    [Fact]
    public void Een_gewijzigde_hulpvraag_zet_stap_2_3_en_6_terug_en_vraagt_herbeoordeling()
    {
        var t = Nieuw();
        t.StelVast();

        t.Casus.WijzigHulpvraag(NieuweHulpvraag, Nu.AddDays(7)).MoetLukken();

        Assert.Equal(NieuweHulpvraag, t.Casus.Hulpvraag);
        Assert.True(t.Casus.Herbeoordelen);
        foreach (var nummer in new[] { 2, 3, 6 }) Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(nummer).Status);
        foreach (var nummer in new[] { 1, 4, 5, 7 }) Assert.Equal(StapStatus.Afgesproken, t.Casus.Stap(nummer).Status);
        Assert.Equal(Nu.AddDays(7), t.Casus.Stap(2).GewijzigdOp);
    }

    [Fact]
    public void Dezelfde_hulpvraag_opnieuw_opslaan_verandert_niets()
    {
        var t = Nieuw();
        t.StelVast();

        t.Casus.WijzigHulpvraag("  " + t.Casus.Hulpvraag + "  ", Nu).MoetLukken();

        Assert.False(t.Casus.Herbeoordelen);
        Assert.All(t.Casus.Stappen, s => Assert.Equal(StapStatus.Afgesproken, s.Status));
    }

    [Fact]
    public void Open_stappen_blijven_open_bij_een_gewijzigde_hulpvraag()
    {
        var t = Nieuw();

        t.Casus.WijzigHulpvraag(NieuweHulpvraag, Nu).MoetLukken();

        Assert.All(t.Casus.Stappen, s => Assert.Equal(StapStatus.Open, s.Status));
    }

    [Fact]
    public void Een_lege_of_te_lange_hulpvraag_wordt_geweigerd()
    {
        var t = Nieuw();
        var oud = t.Casus.Hulpvraag;

        t.Casus.WijzigHulpvraag("   ", Nu).MoetWeigeren("Vul de hulpvraag in");
        t.Casus.WijzigHulpvraag(new string('x', 4001), Nu).MoetWeigeren("hoogstens 4000 tekens");

        Assert.Equal(oud, t.Casus.Hulpvraag);
        Assert.False(t.Casus.Herbeoordelen);
    }
}
