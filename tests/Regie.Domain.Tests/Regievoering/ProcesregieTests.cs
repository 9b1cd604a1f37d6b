using Regie.Domain.Casussen;
using Regie.Domain.Regievoering;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Regievoering;

public sealed class ProcesregieTests
{
    [Fact]
    public void Procesregie_toewijzen_maakt_de_betrokkene_regievoerder_met_mandaat()
    {
        var t = Nieuw();

        t.Casus.WijsProcesregieToe(t.Consulent.Id, Mandaat, Nu).MoetLukken();

        Assert.Same(t.Consulent, t.Casus.Procesregievoerder);
        Assert.Equal(Mandaat, t.Casus.ActieveProcesregie!.Mandaat);
        Assert.Equal(Nu, t.Casus.ActieveProcesregie.Van);
    }

    [Fact]
    public void Tweede_procesregievoerder_toewijzen_wordt_geweigerd()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Nu).MoetLukken();

        t.Casus.WijsProcesregieToe(t.Zorgaanbieder.Id, null, Nu).MoetWeigeren("Sanne de Vries voert al de procesregie", "overdracht");

        Assert.Single(t.Casus.Regietoewijzingen, r => r.Soort == RegieSoort.Procesregie);
        Assert.Same(t.Consulent, t.Casus.Procesregievoerder);
    }

    [Fact]
    public void Procesregie_voor_een_ouder_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.WijsProcesregieToe(t.Vader.Id, null, Nu).MoetWeigeren("Henk Tukker is geen professional");

        Assert.Null(t.Casus.ActieveProcesregie);
    }

    [Fact]
    public void Procesregie_voor_iemand_die_niet_meer_betrokken_is_wordt_geweigerd()
    {
        var t = Nieuw();
        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Onderzoek afgerond", Nu).MoetLukken();

        t.Casus.WijsProcesregieToe(t.Zorgaanbieder.Id, null, Nu).MoetWeigeren("nu bij de casus betrokken");

        Assert.Null(t.Casus.ActieveProcesregie);
    }

    [Fact]
    public void Procesregie_voor_een_onbekende_betrokkene_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.WijsProcesregieToe(Guid.NewGuid(), null, Nu).MoetWeigeren("nu bij de casus betrokken");
    }
}
