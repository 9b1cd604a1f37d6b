using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Regievoering;

public sealed class MaatregelTests
{
    [Theory]
    [InlineData(Maatregel.Ots, "ondertoezichtstelling (OTS)")]
    [InlineData(Maatregel.Voogdij, "voogdij")]
    public void Bij_een_maatregel_wordt_procesregie_bij_de_gemeente_geweigerd(Maatregel maatregel, string naam)
    {
        var t = Nieuw(maatregel);

        t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Nu)
            .MoetWeigeren($"Bij een {naam} ligt de procesregie bij een gecertificeerde instelling", "Gemeente Enschede");

        Assert.Null(t.Casus.ActieveProcesregie);
    }

    [Fact]
    public void Bij_een_maatregel_mag_de_jeugdbeschermer_van_de_GI_de_procesregie_voeren()
    {
        var t = Nieuw(Maatregel.Ots);

        t.Casus.WijsProcesregieToe(t.Jeugdbeschermer.Id, null, Nu).MoetLukken();

        Assert.Same(t.Jeugdbeschermer, t.Casus.Procesregievoerder);
    }

    [Fact]
    public void Bij_een_maatregel_wordt_overdracht_voorstellen_aan_een_niet_GI_geweigerd()
    {
        var t = Nieuw(Maatregel.Voogdij);
        t.Casus.WijsProcesregieToe(t.Jeugdbeschermer.Id, null, Nu).MoetLukken();

        t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetWeigeren("gecertificeerde instelling", "Karakter");

        Assert.Null(t.Casus.OpenOverdracht);
    }

    [Fact]
    public void Overdracht_aan_de_gemeente_accepteren_nadat_een_maatregel_is_opgelegd_wordt_geweigerd()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Zorgaanbieder.Id, null, Nu).MoetLukken();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Consulent.Id, null, Nu).MoetLukken();
        t.Casus.WijzigMaatregel(Maatregel.Ots, Nu).MoetLukken();

        t.Casus.AccepteerOverdracht(overdracht.Id, Nu.AddDays(1)).MoetWeigeren("gecertificeerde instelling", "Gemeente Enschede");

        Assert.Same(t.Zorgaanbieder, t.Casus.Procesregievoerder);
        Assert.True(overdracht.IsOpen);
    }

    [Fact]
    public void Maatregel_opleggen_terwijl_de_regie_bij_de_gemeente_ligt_zet_stap_4_terug_en_vraagt_herbeoordeling()
    {
        var t = Nieuw();
        t.StelVast();

        t.Casus.WijzigMaatregel(Maatregel.Ots, Nu.AddDays(1)).MoetLukken();

        Assert.Equal(Maatregel.Ots, t.Casus.Maatregel);
        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(4).Status);
        Assert.True(t.Casus.Herbeoordelen);
        Assert.All(t.Casus.Stappen.Where(s => s.Nummer != 4), s => Assert.Equal(StapStatus.Afgesproken, s.Status));
    }

    [Fact]
    public void Na_een_maatregel_wordt_vaststellen_geweigerd_tot_de_regie_bij_een_GI_ligt()
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();
        t.Casus.WijzigMaatregel(Maatregel.Voogdij, Nu).MoetLukken();
        // Agreeing step 4 again is refused while the regie still sits at the gemeente ...
        t.Casus.WijzigStap(4, "Regie blijft bij de gemeente", StapStatus.Afgesproken, "Sanne", Nu)
            .MoetWeigeren("gecertificeerde instelling");

        t.Casus.StelVast(overleg.Id, new OudersAntwoord(true, null), t.Consulent.Id, "Sanne", Nu)
            .MoetWeigeren("Nog niet afgesproken: 4. Regie");

        // ... and once regie has been handed over warmly to the GI, vaststellen succeeds.
        var overdracht = t.Casus.StelOverdrachtVoor(t.Jeugdbeschermer.Id, "Voogdij uitgesproken", Nu).MoetLukken();
        t.Casus.AccepteerOverdracht(overdracht.Id, Nu).MoetLukken();
        t.Casus.WijzigStap(4, "Procesregie bij de GI", StapStatus.Afgesproken, "Peter", Nu).MoetLukken();
        t.Casus.WijzigStap(5, "Peter is het aanspreekpunt", StapStatus.Afgesproken, "Peter", Nu).MoetLukken();
        var versie = t.StelVast(overleg);

        Assert.Equal(1, versie.Volgnummer);
        Assert.Equal("Peter Bos", versie.Inhoud.Procesregie.Naam);
    }

    [Fact]
    public void Maatregel_opleggen_terwijl_de_regie_al_bij_een_GI_ligt_laat_de_afspraken_staan()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Jeugdbeschermer.Id, null, Nu).MoetLukken();
        t.StelVast();

        t.Casus.WijzigMaatregel(Maatregel.Ots, Nu).MoetLukken();

        Assert.Equal(StapStatus.Afgesproken, t.Casus.Stap(4).Status);
        Assert.False(t.Casus.Herbeoordelen);
    }
}
