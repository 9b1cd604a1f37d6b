using Regie.Domain.Handreiking;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

public sealed class EvaluatieTests
{
    [Fact]
    public void Een_evaluatiedatum_in_het_verleden_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.PlanEvaluatie(Vandaag.AddDays(-1), Vandaag).MoetWeigeren("evaluatiedatum ligt in het verleden");

        Assert.Null(t.Casus.VolgendeEvaluatie);
    }

    [Fact]
    public void Een_datum_meer_dan_vijf_jaar_vooruit_wordt_geweigerd_voor_evaluatie_en_termijn()
    {
        var t = Nieuw();

        t.Casus.PlanEvaluatie(new DateOnly(9999, 12, 31), Vandaag).MoetWeigeren("meer dan 5 jaar vooruit", "2-3-2031");
        var taak = t.Casus.VoegTaakToe("Iets", t.Vader.Id, null, Vandaag.AddYears(5).AddDays(1), Vandaag);
        Assert.Equal("Termijn", taak.MoetWeigerenMetVeld());

        t.Casus.PlanEvaluatie(Vandaag.AddYears(5), Vandaag).MoetLukken();
        t.Casus.VoegTaakToe("Iets", t.Vader.Id, null, Vandaag.AddYears(5), Vandaag).MoetLukken();
    }

    [Fact]
    public void Een_evaluatie_kan_vandaag_of_later_worden_gepland()
    {
        var t = Nieuw();

        t.Casus.PlanEvaluatie(Vandaag, Vandaag).MoetLukken();

        Assert.Equal(Vandaag, t.Casus.VolgendeEvaluatie);
    }

    [Fact]
    public void Een_evaluatie_is_verlopen_na_de_geplande_datum_en_niet_ervoor()
    {
        var t = Nieuw();
        var datum = Vandaag.AddDays(30);
        t.Casus.PlanEvaluatie(datum, Vandaag).MoetLukken();

        Assert.False(t.Casus.IsEvaluatieVerlopen(datum.AddDays(-1)));
        Assert.False(t.Casus.IsEvaluatieVerlopen(datum));
        Assert.True(t.Casus.IsEvaluatieVerlopen(datum.AddDays(1)));
    }

    [Fact]
    public void Zonder_geplande_evaluatie_is_er_niets_verlopen()
    {
        var t = Nieuw();

        Assert.False(t.Casus.IsEvaluatieVerlopen(Vandaag.AddYears(1)));
    }

    [Fact]
    public void Een_afgesloten_casus_heeft_geen_verlopen_evaluatie()
    {
        var t = Nieuw();
        t.StelVast();
        t.Casus.SluitAf("Doelen bereikt", "Goed verlopen", Vandaag.AddDays(10), Nu.AddDays(10)).MoetLukken();

        Assert.False(t.Casus.IsEvaluatieVerlopen(Vandaag.AddYears(1)));
    }

    [Fact]
    public void Stap_6_kan_pas_worden_afgesproken_met_een_evaluatiedatum()
    {
        var t = Nieuw();

        t.Casus.WijzigStap(6, "Evalueren in het MDO", StapStatus.Afgesproken, "Sanne", Nu).MoetWeigeren("datum van de volgende evaluatie");
        t.Casus.PlanEvaluatie(Vandaag.AddDays(90), Vandaag).MoetLukken();
        t.Casus.WijzigStap(6, "Evalueren in het MDO", StapStatus.Afgesproken, "Sanne", Nu).MoetLukken();

        Assert.Equal(StapStatus.Afgesproken, t.Casus.Stap(6).Status);
    }
}
