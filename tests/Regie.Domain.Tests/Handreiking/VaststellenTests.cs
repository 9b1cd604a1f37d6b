using System.Text.RegularExpressions;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Handreiking;

public sealed partial class VaststellenTests
{
    private static readonly OudersAntwoord Akkoord = new(true, null);

    [Fact]
    public void Vaststellen_maakt_versie_1_geldend_en_de_casus_actief()
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();

        var versie = t.Casus.StelVast(overleg.Id, new OudersAntwoord(true, "Fijn dat er één aanspreekpunt is"),
            t.Consulent.Id, "Sanne de Vries", Nu).MoetLukken();

        Assert.Equal(1, versie.Volgnummer);
        Assert.Equal(VersieStatus.Geldend, versie.Status);
        Assert.Same(versie, t.Casus.GeldendeVersie);
        Assert.Equal(CasusStatus.Actief, t.Casus.Status);
        Assert.Equal(overleg.Id, versie.OverlegId);
        Assert.Equal(t.Consulent.Id, versie.VastgesteldDoorId);
        Assert.Equal("Sanne de Vries", versie.VastgesteldDoor);
        Assert.Equal(Nu, versie.VastgesteldOp);
        Assert.True(versie.OudersAkkoord);
        Assert.Equal("Fijn dat er één aanspreekpunt is", versie.OudersOpmerking);
        Assert.Equal(t.Casus.Id, versie.CasusId);
    }

    [Fact]
    public void Vaststellen_zet_herbeoordelen_uit()
    {
        var t = Nieuw();
        t.StelVast();
        t.Casus.WijzigHulpvraag("Een nieuwe hulpvraag", Nu).MoetLukken();
        Assert.True(t.Casus.Herbeoordelen);

        t.SpreekAllesAf();
        var overleg = t.Casus.PlanOverleg(Nu.AddDays(14), [t.Vader.Id, t.Consulent.Id]).MoetLukken();
        t.StelVast(overleg, Nu.AddDays(14));

        Assert.False(t.Casus.Herbeoordelen);
    }

    [Fact]
    public void Opnieuw_vaststellen_maakt_versie_2_geldend_en_vervangt_versie_1()
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();
        var v1 = t.StelVast(overleg);
        var later = Nu.AddDays(30);

        var v2 = t.StelVast(overleg, later);

        Assert.Equal(2, v2.Volgnummer);
        Assert.Equal(VersieStatus.Geldend, v2.Status);
        Assert.Equal(VersieStatus.Vervangen, v1.Status);
        Assert.Equal(later, v1.VervangenOp);
        Assert.Null(v2.VervangenOp);
        Assert.Same(v2, t.Casus.GeldendeVersie);
        Assert.Single(t.Casus.Versies, v => v.Status == VersieStatus.Geldend);
    }

    [Fact]
    public void Verificatiecodes_hebben_het_afgesproken_formaat_en_verschillen_per_versie()
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();

        var v1 = t.StelVast(overleg);
        var v2 = t.StelVast(overleg);

        Assert.Matches(Verificatiecode(), v1.Verificatiecode);
        Assert.Matches(Verificatiecode(), v2.Verificatiecode);
        Assert.NotEqual(v1.Verificatiecode, v2.Verificatiecode);
    }

    [Fact]
    public void Een_nieuwe_verificatiecode_gebruikt_geen_verwarrende_tekens()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => Handreikingversie.NieuweVerificatiecode()).ToList();

        Assert.All(codes, c => Assert.Matches(Verificatiecode(), c));
        Assert.All(codes, c => Assert.DoesNotMatch("[01OIL]", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Vaststellen_met_open_stappen_noemt_de_stappen_die_ontbreken()
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();
        t.Casus.WijzigStap(2, "Doelen nog niet rond", StapStatus.InBespreking, "Sanne", Nu).MoetLukken();
        t.Casus.WijzigStap(5, null, StapStatus.Open, "Sanne", Nu).MoetLukken();

        var melding = t.Casus.StelVast(overleg.Id, Akkoord, t.Consulent.Id, "Sanne", Nu)
            .MoetWeigeren("Nog niet afgesproken", "2. Hulpvraag en doelen", "5. Communicatie");

        Assert.DoesNotContain("Betrokkenen", melding, StringComparison.Ordinal);
        Assert.Empty(t.Casus.Versies);
        Assert.Equal(CasusStatus.Concept, t.Casus.Status);
    }

    [Fact]
    public void Vaststellen_zonder_regievoerder_wordt_geweigerd()
    {
        // Step 4 cannot be agreed without a regievoerder, so the check in StelVast is reached through the step list.
        var t = Nieuw();
        t.Casus.VoegTaakToe("Onderzoek", t.Zorgaanbieder.Id, null, null, Vandaag).MoetLukken();
        t.Casus.PlanEvaluatie(Vandaag.AddDays(90), Vandaag).MoetLukken();
        var overleg = t.Casus.PlanOverleg(Nu, [t.Vader.Id]).MoetLukken();

        t.Casus.WijzigStap(4, "Regie bij de gemeente", StapStatus.Afgesproken, "Sanne", Nu).MoetWeigeren("procesregievoerder");
        t.Casus.StelVast(overleg.Id, Akkoord, t.Consulent.Id, "Sanne", Nu).MoetWeigeren("4. Regie");

        Assert.Empty(t.Casus.Versies);
    }

    [Fact]
    public void Vaststellen_zonder_antwoord_van_de_ouders_wordt_geweigerd()
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();

        t.Casus.StelVast(overleg.Id, null, t.Consulent.Id, "Sanne", Nu).MoetWeigeren("of de ouders akkoord zijn");

        Assert.Empty(t.Casus.Versies);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Ouders_niet_akkoord_zonder_opmerking_wordt_geweigerd(string? opmerking)
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();

        t.Casus.StelVast(overleg.Id, new OudersAntwoord(false, opmerking), t.Consulent.Id, "Sanne", Nu)
            .MoetWeigeren("niet akkoord", "opmerking");

        Assert.Empty(t.Casus.Versies);
    }

    [Fact]
    public void Ouders_niet_akkoord_met_opmerking_mag_en_wordt_bewaard()
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();

        var versie = t.Casus.StelVast(overleg.Id, new OudersAntwoord(false, " Wij willen minder hulpverleners "),
            t.Consulent.Id, "Sanne", Nu).MoetLukken();

        Assert.False(versie.OudersAkkoord);
        Assert.Equal("Wij willen minder hulpverleners", versie.OudersOpmerking);
    }

    [Fact]
    public void Vaststellen_in_een_overleg_van_een_andere_casus_wordt_geweigerd()
    {
        var t = Nieuw();
        t.MaakKlaarVoorVaststellen();
        var ander = Nieuw();
        var vreemdOverleg = ander.Casus.PlanOverleg(Nu, []).MoetLukken();

        t.Casus.StelVast(vreemdOverleg.Id, Akkoord, t.Consulent.Id, "Sanne", Nu).MoetWeigeren("Kies het overleg");

        Assert.Empty(t.Casus.Versies);
    }

    [Fact]
    public void Een_overleg_met_aanwezigen_van_buiten_de_casus_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.PlanOverleg(Nu, [t.Vader.Id, Guid.NewGuid()]).MoetWeigeren("Alleen betrokkenen van deze casus");

        Assert.Empty(t.Casus.Overleggen);
    }

    [Fact]
    public void Een_mislukte_vaststelling_laat_de_geldende_versie_staan()
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();
        var v1 = t.StelVast(overleg);

        Assert.Throws<DomeinException>(() => t.Casus.StelVast(overleg.Id, Akkoord, t.Consulent.Id, " ", Nu.AddDays(1)));
        Assert.Throws<DomeinException>(() =>
            t.Casus.StelVast(overleg.Id, new OudersAntwoord(false, new string('x', 2001)), t.Consulent.Id, "Sanne", Nu.AddDays(1)));

        Assert.Equal(VersieStatus.Geldend, v1.Status);
        Assert.Null(v1.VervangenOp);
        Assert.Same(v1, t.Casus.GeldendeVersie);
        Assert.Single(t.Casus.Versies);
    }

    [Fact]
    public void Een_mislukte_vastlegging_van_het_overleg_laat_de_aanwezigen_staan()
    {
        var t = Nieuw();
        var overleg = t.Casus.PlanOverleg(Nu, [t.Vader.Id, t.Consulent.Id]).MoetLukken();

        Assert.Throws<DomeinException>(() => t.Casus.LegOverlegVast(overleg.Id, [t.Moeder.Id], new string('x', 8001)));

        Assert.Equal([t.Vader.Id, t.Consulent.Id], overleg.Aanwezigen);
    }

    [GeneratedRegex("^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$")]
    private static partial Regex Verificatiecode();
}
