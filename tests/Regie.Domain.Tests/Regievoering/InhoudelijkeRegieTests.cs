using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Regievoering;

public sealed class InhoudelijkeRegieTests
{
    [Fact]
    public void Inhoudelijke_regie_op_een_onderdeel_wordt_vastgelegd()
    {
        var t = Nieuw();

        var regie = t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, " Onderzoek school ", "Bepaalt de onderzoeksvragen", Nu).MoetLukken();

        Assert.Equal("Onderzoek school", regie.Onderdeel);
        Assert.Equal(t.Zorgaanbieder.Id, regie.BetrokkeneId);
        Assert.True(regie.IsActief);
    }

    [Fact]
    public void Een_tweede_houder_op_hetzelfde_onderdeel_wordt_geweigerd_ongeacht_hoofdletters()
    {
        var t = Nieuw();
        t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetLukken();

        t.Casus.WijsInhoudelijkeRegieToe(t.Jeugdbeschermer.Id, "ONDERZOEK SCHOOL", null, Nu)
            .MoetWeigeren("Fatima El Amrani heeft al de inhoudelijke regie op 'ONDERZOEK SCHOOL'");

        Assert.Single(t.Casus.Regietoewijzingen);
    }

    [Fact]
    public void Verschillende_onderdelen_kunnen_verschillende_houders_hebben()
    {
        var t = Nieuw();
        t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetLukken();

        t.Casus.WijsInhoudelijkeRegieToe(t.Jeugdbeschermer.Id, "Financiën", null, Nu).MoetLukken();

        Assert.Equal(2, t.Casus.Regietoewijzingen.Count);
    }

    [Fact]
    public void Na_beeindigen_kan_een_ander_het_onderdeel_overnemen()
    {
        var t = Nieuw();
        var eerste = t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetLukken();

        t.Casus.BeeindigInhoudelijkeRegie(eerste.Id, "Onderzoek afgerond", Nu).MoetLukken();
        t.Casus.WijsInhoudelijkeRegieToe(t.Jeugdbeschermer.Id, "onderzoek school", null, Nu).MoetLukken();

        Assert.Equal("Onderzoek afgerond", eerste.RedenEinde);
        Assert.Equal(Nu, eerste.Tot);
    }

    [Fact]
    public void Inhoudelijke_regie_beeindigen_zonder_reden_wordt_geweigerd()
    {
        var t = Nieuw();
        var regie = t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetLukken();

        t.Casus.BeeindigInhoudelijkeRegie(regie.Id, " ", Nu).MoetWeigeren("waarom de inhoudelijke regie stopt");

        Assert.True(regie.IsActief);
    }

    [Fact]
    public void Inhoudelijke_regie_zonder_onderdeel_of_voor_een_vertrokken_betrokkene_wordt_geweigerd()
    {
        var t = Nieuw();
        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Gestopt", Nu).MoetLukken();

        t.Casus.WijsInhoudelijkeRegieToe(t.Jeugdbeschermer.Id, "", null, Nu).MoetWeigeren("op welk onderdeel");
        t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetWeigeren("nu betrokken");

        Assert.Empty(t.Casus.Regietoewijzingen);
    }

    [Fact]
    public void Inhoudelijke_regie_voor_de_gemeente_een_gezinslid_of_het_netwerk_wordt_geweigerd()
    {
        var t = Nieuw();
        var oma = t.Casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Netwerk, "Gerda Tukker", "oma"), Startdatum).MoetLukken();
        var school = t.Casus.VoegBetrokkeneToe(Professional("Marloes van Dam", "intern begeleider", "Samenwerkingsverband VO",
            OrganisatieType.Onderwijs), Startdatum).MoetLukken();

        foreach (var wie in new[] { t.Consulent, t.Moeder, oma, school })
        {
            t.Casus.WijsInhoudelijkeRegieToe(wie.Id, "Financiën", null, Nu)
                .MoetWeigeren($"{wie.Naam} kan geen inhoudelijke regie krijgen", "zorgaanbieder of gecertificeerde instelling");
            Assert.False(wie.KanInhoudelijkeRegieDragen);
        }

        Assert.Empty(t.Casus.Regietoewijzingen);
    }

    [Fact]
    public void Inhoudelijke_regie_ligt_bij_een_zorgaanbieder_of_een_gecertificeerde_instelling()
    {
        var t = Nieuw();

        t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetLukken();
        t.Casus.WijsInhoudelijkeRegieToe(t.Jeugdbeschermer.Id, "Veiligheid", null, Nu).MoetLukken();

        Assert.Equal(2, t.Casus.Regietoewijzingen.Count);
    }
}
