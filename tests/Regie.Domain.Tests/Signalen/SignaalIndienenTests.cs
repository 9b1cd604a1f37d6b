using Regie.Domain.Signalen;
using static Regie.Domain.Tests.Signalen.SignaalVoorbeeld;

namespace Regie.Domain.Tests.Signalen;

public sealed class SignaalIndienenTests
{
    [Fact]
    public void Een_nieuw_signaal_staat_open_en_zijn_termijn_begint_bij_het_indienen()
    {
        var taak = Guid.NewGuid();

        var signaal = Nieuw(Maandag, MaandagDatum, SignaalSoort.HulpLooptVast, taakId: taak);

        Assert.Equal(SignaalStatus.Open, signaal.Status);
        Assert.True(signaal.IsOpen);
        Assert.Null(signaal.BeantwoordOp);
        Assert.Null(signaal.Toelichting);
        Assert.Equal(taak, signaal.TaakId);
        Assert.Equal(Ouder, signaal.IngediendDoor);
        Assert.Equal(Maandag, signaal.IngediendOp);
        Assert.Equal(Maandag, signaal.TermijnStart);
        Assert.Equal(MaandagDatum, signaal.TermijnStartDatum);
        Assert.Empty(signaal.Berichten);
    }

    [Fact]
    public void Een_signaal_in_eigen_woorden_zonder_tekst_wordt_geweigerd()
    {
        var uitkomst = Signaal.Geef(Guid.NewGuid(), SignaalSoort.Anders, SignaalBron.Ouder, "  ", null, IndienerId, Ouder, Maandag, MaandagDatum);

        uitkomst.MoetWeigeren("eigen woorden");
        Assert.Equal(nameof(Signaal.Toelichting), uitkomst.Veld);
    }

    [Fact]
    public void Een_signaal_in_eigen_woorden_bewaart_de_tekst_zonder_witruimte_eromheen()
    {
        var signaal = Nieuw(Maandag, MaandagDatum, SignaalSoort.Anders, "  De school belt niet terug.  ");

        Assert.Equal("De school belt niet terug.", signaal.Toelichting);
    }

    [Fact]
    public void Een_te_lange_toelichting_wordt_geweigerd_en_2000_tekens_mag()
    {
        var teLang = Signaal.Geef(Guid.NewGuid(), SignaalSoort.HulpLooptVast, SignaalBron.Ouder, new string('a', 2001), null, IndienerId, Ouder,
            Maandag, MaandagDatum);

        teLang.MoetWeigeren("hoogstens 2000 tekens");
        Assert.Equal(nameof(Signaal.Toelichting), teLang.Veld);
        Assert.Equal(2000, Nieuw(Maandag, MaandagDatum, toelichting: new string('a', 2000)).Toelichting!.Length);
    }

    [Fact]
    public void Een_onbekende_soort_wordt_geweigerd()
    {
        var uitkomst = Signaal.Geef(Guid.NewGuid(), (SignaalSoort)42, SignaalBron.Ouder, "Hulp", null, IndienerId, Ouder, Maandag, MaandagDatum);

        uitkomst.MoetWeigeren("Kies");
        Assert.Equal(nameof(Signaal.Soort), uitkomst.Veld);
    }

    [Fact]
    public void Een_signaal_zonder_indiener_is_een_programmeerfout()
    {
        Assert.Throws<Regie.Domain.Gedeeld.DomeinException>(() =>
            Signaal.Geef(Guid.NewGuid(), SignaalSoort.HulpLooptVast, SignaalBron.Ouder, null, null, IndienerId, " ", Maandag, MaandagDatum));
    }

    [Fact]
    public void De_indiener_kan_iets_toevoegen_aan_een_open_signaal()
    {
        var signaal = Nieuw();

        signaal.VoegToe("  Wesley is weer thuisgestuurd.  ", Ouder, Maandag.AddHours(3)).MoetLukken();

        var bericht = Assert.Single(signaal.Berichten);
        Assert.Equal(SignaalBerichtVan.Indiener, bericht.Van);
        Assert.Equal(Ouder, bericht.Door);
        Assert.Equal("Wesley is weer thuisgestuurd.", bericht.Tekst);
        Assert.Equal(Maandag.AddHours(3), bericht.Op);
        Assert.Equal(signaal.Id, bericht.SignaalId);
        Assert.Equal(SignaalStatus.Open, signaal.Status);
        Assert.Equal(Maandag, signaal.TermijnStart);
    }

    [Fact]
    public void De_indiener_kan_iets_toevoegen_aan_een_heropend_signaal()
    {
        var signaal = Heropend();
        var voor = signaal.Berichten.Count;

        signaal.VoegToe("Ook de huisarts weet het niet.", Ouder, Maandag.AddDays(2)).MoetLukken();

        Assert.Equal(voor + 1, signaal.Berichten.Count);
        Assert.Equal(SignaalStatus.Heropend, signaal.Status);
    }

    [Theory]
    [InlineData(" ", "Schrijf op wat u wilt toevoegen")]
    [InlineData(null, "Schrijf op wat u wilt toevoegen")]
    public void Niets_toevoegen_wordt_geweigerd(string? tekst, string melding)
    {
        var signaal = Nieuw();

        var uitkomst = signaal.VoegToe(tekst, Ouder, Maandag);

        uitkomst.MoetWeigeren(melding);
        Assert.Equal("Tekst", uitkomst.Veld);
        Assert.Empty(signaal.Berichten);
    }

    [Fact]
    public void Een_te_lange_toevoeging_wordt_geweigerd()
    {
        var signaal = Nieuw();

        var uitkomst = signaal.VoegToe(new string('x', 2001), Ouder, Maandag);

        uitkomst.MoetWeigeren("hoogstens 2000 tekens");
        Assert.Equal("Tekst", uitkomst.Veld);
        Assert.Empty(signaal.Berichten);
    }

    [Fact]
    public void Toevoegen_aan_een_beantwoord_signaal_vraagt_eerst_om_een_oordeel()
    {
        var signaal = Beantwoord();
        var voor = signaal.Berichten.Count;

        signaal.VoegToe("Nog iets", Ouder, Maandag.AddDays(1)).MoetWeigeren("al beantwoord", "geholpen");

        Assert.Equal(voor, signaal.Berichten.Count);
    }

    [Fact]
    public void Toevoegen_aan_een_gesloten_signaal_wordt_geweigerd()
    {
        var signaal = Gesloten();
        var voor = signaal.Berichten.Count;

        signaal.VoegToe("Nog iets", Ouder, Maandag.AddDays(3)).MoetWeigeren("gesloten", "nieuw signaal");

        Assert.Equal(voor, signaal.Berichten.Count);
    }
}
