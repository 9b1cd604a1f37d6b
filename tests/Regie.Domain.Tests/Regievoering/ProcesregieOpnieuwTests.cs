using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Regievoering;

/// <summary>The regievoerder left the organisation: no warm overdracht is possible, so regie is assigned anew with a reden.</summary>
public sealed class ProcesregieOpnieuwTests
{
    private static readonly DateTimeOffset Later = Nu.AddDays(10);

    [Fact]
    public void Opnieuw_toewijzen_beeindigt_de_oude_regie_met_de_reden_en_start_de_nieuwe()
    {
        var t = Nieuw();
        t.StelVast();
        var oude = t.Casus.ActieveProcesregie!;

        t.Casus.WijsProcesregieOpnieuwToe(t.Zorgaanbieder.Id, "Sanne is uit dienst; haar account is opgeheven.", Later).MoetLukken();

        Assert.Equal((Later, "Sanne is uit dienst; haar account is opgeheven."), (oude.Tot, oude.RedenEinde));
        Assert.Same(t.Zorgaanbieder, t.Casus.Procesregievoerder);
        Assert.Equal(Later, t.Casus.ActieveProcesregie!.Van);
        Assert.Equal(Mandaat, t.Casus.ActieveProcesregie.Mandaat);
        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(StapSoort.Regie).Status);
        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(StapSoort.Communicatie).Status);
        Assert.True(t.Casus.Herbeoordelen);
    }

    [Fact]
    public void Opnieuw_toewijzen_trekt_een_open_overdracht_in()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Nu).MoetLukken();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Jeugdbeschermer.Id, null, Nu).MoetLukken();

        t.Casus.WijsProcesregieOpnieuwToe(t.Zorgaanbieder.Id, "Uit dienst", Later).MoetLukken();

        Assert.Equal(OverdrachtStatus.Ingetrokken, overdracht.Status);
        Assert.Null(t.Casus.OpenOverdracht);
    }

    [Fact]
    public void Onder_een_maatregel_gaat_de_regie_opnieuw_naar_een_gecertificeerde_instelling()
    {
        var t = Nieuw(Maatregel.Ots);
        var tweedeGi = t.Casus.VoegBetrokkeneToe(Professional("Rik Mol", "jeugdbeschermer", "Jeugdbescherming Overijssel",
            OrganisatieType.GecertificeerdeInstelling), Startdatum).MoetLukken();
        t.Casus.WijsProcesregieToe(t.Jeugdbeschermer.Id, null, Nu).MoetLukken();

        t.Casus.WijsProcesregieOpnieuwToe(t.Consulent.Id, "Uit dienst", Later).MoetWeigeren("gecertificeerde instelling");
        Assert.Same(t.Jeugdbeschermer, t.Casus.Procesregievoerder);

        t.Casus.WijsProcesregieOpnieuwToe(tweedeGi.Id, "Uit dienst", Later).MoetLukken();
        Assert.Same(tweedeGi, t.Casus.Procesregievoerder);
    }

    [Fact]
    public void Opnieuw_toewijzen_zonder_reden_aan_dezelfde_of_een_gezinslid_wordt_geweigerd()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Nu).MoetLukken();

        t.Casus.WijsProcesregieOpnieuwToe(t.Zorgaanbieder.Id, "  ", Later).MoetWeigeren("waarom");
        t.Casus.WijsProcesregieOpnieuwToe(t.Zorgaanbieder.Id, new string('x', 2001), Later).MoetWeigeren("2000 tekens");
        t.Casus.WijsProcesregieOpnieuwToe(t.Consulent.Id, "Uit dienst", Later).MoetWeigeren("andere betrokkene");
        t.Casus.WijsProcesregieOpnieuwToe(t.Moeder.Id, "Uit dienst", Later).MoetWeigeren("geen professional");

        Assert.Single(t.Casus.Regietoewijzingen);
        Assert.Same(t.Consulent, t.Casus.Procesregievoerder);
    }

    [Fact]
    public void Opnieuw_toewijzen_zonder_regievoerder_of_na_afsluiten_wordt_geweigerd()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieOpnieuwToe(t.Zorgaanbieder.Id, "Uit dienst", Later).MoetWeigeren("geen regievoerder");

        t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Nu).MoetLukken();
        t.Casus.SluitAf("Doelen bereikt", "Goed", Vandaag, Nu).MoetLukken();

        t.Casus.WijsProcesregieOpnieuwToe(t.Zorgaanbieder.Id, "Uit dienst", Later).MoetWeigeren("afgesloten");
    }
}
