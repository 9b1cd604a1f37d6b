using Regie.Domain.Handreiking;
using Regie.Domain.Regievoering;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Regievoering;

public sealed class OverdrachtTests
{
    private static readonly DateTimeOffset Later = Nu.AddDays(3);

    private static TestCasus MetRegieBijConsulent()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Consulent.Id, Mandaat, Nu).MoetLukken();
        return t;
    }

    [Fact]
    public void Na_voorstellen_blijft_de_oude_regievoerder_regievoerder()
    {
        var t = MetRegieBijConsulent();

        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, "Onderzoek loopt, gezin kent haar", Nu).MoetLukken();

        Assert.Same(t.Consulent, t.Casus.Procesregievoerder);
        Assert.Same(overdracht, t.Casus.OpenOverdracht);
        Assert.Equal(OverdrachtStatus.Voorgesteld, overdracht.Status);
        Assert.Equal(t.Consulent.Id, overdracht.VanBetrokkeneId);
    }

    [Fact]
    public void Na_accepteren_is_de_opvolger_regievoerder_en_blijft_de_geschiedenis_bewaard()
    {
        var t = MetRegieBijConsulent();
        var oude = t.Casus.ActieveProcesregie!;
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        t.Casus.AccepteerOverdracht(overdracht.Id, Later).MoetLukken();

        Assert.Same(t.Zorgaanbieder, t.Casus.Procesregievoerder);
        Assert.Equal(Later, oude.Tot);
        Assert.Contains("Overgedragen aan Fatima El Amrani", oude.RedenEinde, StringComparison.Ordinal);
        Assert.Equal(2, t.Casus.Regietoewijzingen.Count(r => r.Soort == RegieSoort.Procesregie));
        Assert.Single(t.Casus.Regietoewijzingen, r => r.Soort == RegieSoort.Procesregie && r.IsActief);
        Assert.Equal(OverdrachtStatus.Geaccepteerd, overdracht.Status);
        Assert.Equal(Later, overdracht.BeslistOp);
        Assert.Null(t.Casus.OpenOverdracht);
    }

    [Fact]
    public void Na_een_overdracht_worden_regie_en_communicatie_opnieuw_besproken()
    {
        var t = MetRegieBijConsulent();
        t.MaakKlaarVoorVaststellen();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();
        Assert.False(t.Casus.Herbeoordelen);

        t.Casus.AccepteerOverdracht(overdracht.Id, Later).MoetLukken();

        Assert.True(t.Casus.Herbeoordelen);
        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(4).Status);
        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(5).Status);
        Assert.Equal(StapStatus.Afgesproken, t.Casus.Stap(2).Status);
    }

    [Fact]
    public void Het_mandaat_gaat_mee_met_de_overdracht()
    {
        var t = MetRegieBijConsulent();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        t.Casus.AccepteerOverdracht(overdracht.Id, Later).MoetLukken();

        Assert.Equal(Mandaat, t.Casus.ActieveProcesregie!.Mandaat);
        Assert.Equal(Later, t.Casus.ActieveProcesregie.Van);
    }

    [Fact]
    public void Afwijzen_houdt_de_oude_regievoerder_en_legt_de_reden_vast()
    {
        var t = MetRegieBijConsulent();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        t.Casus.WijsOverdrachtAf(overdracht.Id, "Geen ruimte in mijn caseload", Later).MoetLukken();

        Assert.Same(t.Consulent, t.Casus.Procesregievoerder);
        Assert.Null(t.Casus.ActieveProcesregie!.Tot);
        Assert.Equal(OverdrachtStatus.Afgewezen, overdracht.Status);
        Assert.Equal("Geen ruimte in mijn caseload", overdracht.Reden);
        Assert.Null(t.Casus.OpenOverdracht);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Afwijzen_zonder_reden_wordt_geweigerd(string? reden)
    {
        var t = MetRegieBijConsulent();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        t.Casus.WijsOverdrachtAf(overdracht.Id, reden, Later).MoetWeigeren("waarom u de regie niet overneemt");

        Assert.True(overdracht.IsOpen);
    }

    [Fact]
    public void Een_tweede_overdracht_terwijl_er_een_openstaat_wordt_geweigerd()
    {
        var t = MetRegieBijConsulent();
        t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        t.Casus.StelOverdrachtVoor(t.Jeugdbeschermer.Id, null, Nu).MoetWeigeren("al een overdracht aan Fatima El Amrani open");

        Assert.Single(t.Casus.Overdrachten);
    }

    [Fact]
    public void Na_intrekken_kan_een_nieuwe_overdracht_worden_voorgesteld()
    {
        var t = MetRegieBijConsulent();
        var eerste = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        t.Casus.TrekOverdrachtIn(eerste.Id, Nu).MoetLukken();
        var tweede = t.Casus.StelOverdrachtVoor(t.Jeugdbeschermer.Id, null, Nu).MoetLukken();

        Assert.Equal(OverdrachtStatus.Ingetrokken, eerste.Status);
        Assert.Same(tweede, t.Casus.OpenOverdracht);
    }

    [Fact]
    public void Overdragen_aan_jezelf_wordt_geweigerd()
    {
        var t = MetRegieBijConsulent();

        t.Casus.StelOverdrachtVoor(t.Consulent.Id, null, Nu).MoetWeigeren("andere betrokkene dan de huidige regievoerder");

        Assert.Empty(t.Casus.Overdrachten);
    }

    [Fact]
    public void Overdragen_zonder_regievoerder_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetWeigeren("nog geen regievoerder");
    }

    [Fact]
    public void Overdragen_aan_een_ouder_wordt_geweigerd()
    {
        var t = MetRegieBijConsulent();

        t.Casus.StelOverdrachtVoor(t.Moeder.Id, null, Nu).MoetWeigeren("Anja Tukker is geen professional");
    }

    [Fact]
    public void Een_afgehandelde_overdracht_kan_niet_nog_eens_worden_geaccepteerd()
    {
        var t = MetRegieBijConsulent();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();
        t.Casus.WijsOverdrachtAf(overdracht.Id, "Geen tijd", Nu).MoetLukken();

        t.Casus.AccepteerOverdracht(overdracht.Id, Later).MoetWeigeren("niet (meer) open");

        Assert.Same(t.Consulent, t.Casus.Procesregievoerder);
    }

    [Fact]
    public void Vertrekt_de_beoogde_opvolger_dan_wordt_de_overdracht_ingetrokken()
    {
        var t = MetRegieBijConsulent();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Andere baan", Nu).MoetLukken();

        Assert.Equal(OverdrachtStatus.Ingetrokken, overdracht.Status);
        Assert.Null(t.Casus.OpenOverdracht);
        Assert.Same(t.Consulent, t.Casus.Procesregievoerder);
    }
}
