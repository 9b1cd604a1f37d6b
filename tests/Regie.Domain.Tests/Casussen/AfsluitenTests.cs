using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

public sealed class AfsluitenTests
{
    private const string Afgesloten = "Deze casus is afgesloten en kan niet meer worden gewijzigd.";
    private static readonly DateOnly Afsluitdatum = Vandaag.AddDays(60);
    private static readonly DateTimeOffset Later = Nu.AddDays(60);

    [Fact]
    public void Afsluiten_legt_reden_en_laatste_evaluatie_vast()
    {
        var t = Nieuw();
        t.StelVast();

        t.Casus.SluitAf("Doelen bereikt", "Rust in het gezin, Wesley gaat weer naar school", Afsluitdatum, Later).MoetLukken();

        Assert.Equal(CasusStatus.Afgesloten, t.Casus.Status);
        Assert.Equal("Doelen bereikt", t.Casus.AfsluitReden);
        Assert.Equal("Rust in het gezin, Wesley gaat weer naar school", t.Casus.LaatsteEvaluatie);
        Assert.Equal(Afsluitdatum, t.Casus.Afsluitdatum);
    }

    [Fact]
    public void Afsluiten_zonder_reden_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.SluitAf(" ", "Goed verlopen", Afsluitdatum, Later).MoetWeigeren("waarom de casus wordt afgesloten");

        Assert.NotEqual(CasusStatus.Afgesloten, t.Casus.Status);
    }

    [Fact]
    public void Afsluiten_zonder_laatste_evaluatie_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.SluitAf("Doelen bereikt", null, Afsluitdatum, Later).MoetWeigeren("laatste evaluatie");

        Assert.NotEqual(CasusStatus.Afgesloten, t.Casus.Status);
    }

    [Fact]
    public void Afsluiten_voor_de_startdatum_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.SluitAf("Doelen bereikt", "Goed", Startdatum.AddDays(-1), Later).MoetWeigeren("vóór de startdatum");
    }

    [Fact]
    public void Afsluiten_met_een_datum_in_de_toekomst_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.SluitAf("Doelen bereikt", "Goed", DateOnly.FromDateTime(Later.UtcDateTime).AddDays(10), Later).MoetWeigeren("in de toekomst");
    }

    [Fact]
    public void Afsluiten_trekt_een_open_overdracht_in_en_beeindigt_alle_regie()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Nu).MoetLukken();
        t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetLukken();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        t.Casus.SluitAf("Doelen bereikt", "Goed verlopen", Afsluitdatum, Later).MoetLukken();

        Assert.Equal(OverdrachtStatus.Ingetrokken, overdracht.Status);
        Assert.Null(t.Casus.OpenOverdracht);
        Assert.All(t.Casus.Regietoewijzingen, r => Assert.Equal(Later, r.Tot));
        Assert.All(t.Casus.Regietoewijzingen, r => Assert.Equal("Casus afgesloten", r.RedenEinde));
        Assert.Null(t.Casus.Procesregievoerder);
    }

    [Fact]
    public void Een_mislukte_afsluiting_laat_regie_en_overdracht_staan()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Nu).MoetLukken();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        Assert.Throws<DomeinException>(() => t.Casus.SluitAf(new string('x', 2001), "Goed verlopen", Afsluitdatum, Later));

        Assert.NotEqual(CasusStatus.Afgesloten, t.Casus.Status);
        Assert.Same(t.Consulent, t.Casus.Procesregievoerder);
        Assert.True(overdracht.IsOpen);
    }

    [Theory]
    [InlineData("VoegBetrokkeneToe")]
    [InlineData("BeeindigBetrokkenheid")]
    [InlineData("WijzigHulpvraag")]
    [InlineData("WijzigIndicaties")]
    [InlineData("WijzigMaatregel")]
    [InlineData("VoegTaakToe")]
    [InlineData("WijzigTaakStatus")]
    [InlineData("WijsProcesregieToe")]
    [InlineData("WijsInhoudelijkeRegieToe")]
    [InlineData("BeeindigInhoudelijkeRegie")]
    [InlineData("StelOverdrachtVoor")]
    [InlineData("AccepteerOverdracht")]
    [InlineData("WijsOverdrachtAf")]
    [InlineData("TrekOverdrachtIn")]
    [InlineData("PlanEvaluatie")]
    [InlineData("WijzigStap")]
    [InlineData("PlanOverleg")]
    [InlineData("LegOverlegVast")]
    [InlineData("StelVast")]
    [InlineData("SluitAf")]
    public void Een_afgesloten_casus_weigert_elke_wijziging(string actie)
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();
        t.StelVast(overleg);
        var taak = t.Casus.Taken[0];
        var inhoudelijk = t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetLukken();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();
        t.Casus.SluitAf("Doelen bereikt", "Goed verlopen", Afsluitdatum, Later).MoetLukken();
        var voor = (t.Casus.Hulpvraag, t.Casus.Betrokkenen.Count, t.Casus.Taken.Count, t.Casus.Regietoewijzingen.Count,
            t.Casus.Overleggen.Count, t.Casus.Versies.Count, t.Casus.Stap(2).Status, t.Casus.VolgendeEvaluatie, t.Casus.AfsluitReden);

        Uitkomst uitkomst = actie switch
        {
            "VoegBetrokkeneToe" => t.Casus.VoegBetrokkeneToe(Professional("Kees", "begeleider", "MEE", OrganisatieType.Zorgaanbieder), Afsluitdatum),
            "BeeindigBetrokkenheid" => t.Casus.BeeindigBetrokkenheid(t.Vader.Id, Afsluitdatum, "Gestopt", Later),
            "WijzigHulpvraag" => t.Casus.WijzigHulpvraag("Een heel andere vraag", Later),
            "WijzigIndicaties" => t.Casus.WijzigIndicaties(["OB4C"]),
            "WijzigMaatregel" => t.Casus.WijzigMaatregel(Maatregel.Ots, Later),
            "VoegTaakToe" => t.Casus.VoegTaakToe("Nog iets", t.Vader.Id, null, null, Afsluitdatum),
            "WijzigTaakStatus" => t.Casus.WijzigTaakStatus(taak.Id, TaakStatus.Klaar),
            "WijsProcesregieToe" => t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Later),
            "WijsInhoudelijkeRegieToe" => t.Casus.WijsInhoudelijkeRegieToe(t.Consulent.Id, "Financiën", null, Later),
            "BeeindigInhoudelijkeRegie" => t.Casus.BeeindigInhoudelijkeRegie(inhoudelijk.Id, "Klaar", Later),
            "StelOverdrachtVoor" => t.Casus.StelOverdrachtVoor(t.Jeugdbeschermer.Id, null, Later),
            "AccepteerOverdracht" => t.Casus.AccepteerOverdracht(overdracht.Id, Later),
            "WijsOverdrachtAf" => t.Casus.WijsOverdrachtAf(overdracht.Id, "Geen tijd", Later),
            "TrekOverdrachtIn" => t.Casus.TrekOverdrachtIn(overdracht.Id, Later),
            "PlanEvaluatie" => t.Casus.PlanEvaluatie(Afsluitdatum.AddDays(30), Afsluitdatum),
            "WijzigStap" => t.Casus.WijzigStap(2, "Nieuwe doelen", StapStatus.InBespreking, "Sanne", Later),
            "PlanOverleg" => t.Casus.PlanOverleg(Later, [t.Vader.Id]),
            "LegOverlegVast" => t.Casus.LegOverlegVast(overleg.Id, [t.Vader.Id], "Anders besloten"),
            "StelVast" => t.Casus.StelVast(overleg.Id, new OudersAntwoord(true, null), t.Consulent.Id, "Sanne", Later),
            "SluitAf" => t.Casus.SluitAf("Nogmaals", "Nogmaals", Afsluitdatum, Later),
            _ => throw new ArgumentOutOfRangeException(nameof(actie)),
        };

        Assert.Equal(Afgesloten, uitkomst.MoetWeigeren());
        Assert.Equal(voor, (t.Casus.Hulpvraag, t.Casus.Betrokkenen.Count, t.Casus.Taken.Count, t.Casus.Regietoewijzingen.Count,
            t.Casus.Overleggen.Count, t.Casus.Versies.Count, t.Casus.Stap(2).Status, t.Casus.VolgendeEvaluatie, t.Casus.AfsluitReden));
        Assert.Equal(OverdrachtStatus.Ingetrokken, overdracht.Status);
        Assert.Equal(TaakStatus.Open, taak.Status);
        Assert.Equal(["OB3B", "OB4A"], t.Casus.Indicaties);
        Assert.Equal(Maatregel.Geen, t.Casus.Maatregel);
    }
}
