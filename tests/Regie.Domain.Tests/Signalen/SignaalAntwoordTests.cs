using Regie.Domain.Gedeeld;
using Regie.Domain.Signalen;
using static Regie.Domain.Tests.Signalen.SignaalVoorbeeld;

namespace Regie.Domain.Tests.Signalen;

public sealed class SignaalAntwoordTests
{
    [Fact]
    public void Beantwoorden_legt_het_antwoord_vast_en_het_signaal_wacht_niet_meer()
    {
        var signaal = Nieuw();

        signaal.Beantwoord("  Bel mij: Sanne, 053-4811111  ", Regievoerder, Maandag.AddHours(2)).MoetLukken();

        Assert.Equal(SignaalStatus.Beantwoord, signaal.Status);
        Assert.False(signaal.IsOpen);
        Assert.Equal("Bel mij: Sanne, 053-4811111", signaal.Antwoord);
        Assert.Equal(Regievoerder, signaal.BeantwoordDoor);
        Assert.Equal(Maandag.AddHours(2), signaal.BeantwoordOp);
        var bericht = Assert.Single(signaal.Berichten);
        Assert.Equal(SignaalBerichtVan.Regievoerder, bericht.Van);
        Assert.Equal(signaal.Antwoord, bericht.Tekst);
    }

    [Fact]
    public void Twee_keer_beantwoorden_wordt_geweigerd()
    {
        var signaal = Beantwoord();

        signaal.Beantwoord("Tweede antwoord", "Peter", Maandag.AddHours(3)).MoetWeigeren("al beantwoord");

        Assert.Equal("Bel mij: Sanne, 053-4811111", signaal.Antwoord);
        Assert.Equal(Regievoerder, signaal.BeantwoordDoor);
        Assert.Single(signaal.Berichten);
    }

    [Fact]
    public void Een_gesloten_signaal_beantwoorden_wordt_geweigerd()
    {
        Gesloten().Beantwoord("Nog een antwoord", Regievoerder, Maandag.AddDays(3)).MoetWeigeren("gesloten");
    }

    [Theory]
    [InlineData(" ", "Schrijf een antwoord")]
    [InlineData(null, "Schrijf een antwoord")]
    public void Beantwoorden_zonder_antwoord_wordt_geweigerd(string? antwoord, string melding)
    {
        var signaal = Nieuw();

        var uitkomst = signaal.Beantwoord(antwoord, Regievoerder, Maandag);

        uitkomst.MoetWeigeren(melding);
        Assert.Equal(nameof(Signaal.Antwoord), uitkomst.Veld);
        Assert.True(signaal.IsOpen);
    }

    [Fact]
    public void Een_te_lang_antwoord_wordt_geweigerd()
    {
        var signaal = Nieuw();

        var uitkomst = signaal.Beantwoord(new string('a', 2001), Regievoerder, Maandag);

        uitkomst.MoetWeigeren("hoogstens 2000 tekens");
        Assert.Equal(nameof(Signaal.Antwoord), uitkomst.Veld);
        Assert.Null(signaal.Antwoord);
        Assert.Equal(SignaalStatus.Open, signaal.Status);
    }

    [Fact]
    public void Een_mislukt_antwoord_laat_het_signaal_onbeantwoord()
    {
        var signaal = Nieuw();

        Assert.Throws<DomeinException>(() => signaal.Beantwoord("Bel mij maar", " ", Maandag));

        Assert.True(signaal.IsOpen);
        Assert.Null(signaal.Antwoord);
        Assert.Null(signaal.BeantwoordDoor);
        Assert.Empty(signaal.Berichten);
    }

    [Fact]
    public void Geholpen_laat_het_signaal_beantwoord_tot_de_regievoerder_het_sluit()
    {
        var signaal = Beantwoord();

        signaal.GeefOordeel(true, "Dank u, dit helpt.", Maandag.AddDays(1), MaandagDatum.AddDays(1)).MoetLukken();

        Assert.Equal(SignaalStatus.Beantwoord, signaal.Status);
        Assert.True(signaal.Geholpen);
        Assert.Equal(Maandag, signaal.TermijnStart);
        Assert.Equal("Dank u, dit helpt.", signaal.Berichten[^1].Tekst);
        Assert.Equal(SignaalBerichtVan.Indiener, signaal.Berichten[^1].Van);
        signaal.GeefOordeel(true, null, Maandag.AddDays(2), MaandagDatum.AddDays(2)).MoetWeigeren("al laten weten");
    }

    [Fact]
    public void Niet_geholpen_heropent_het_signaal_en_start_de_termijn_opnieuw()
    {
        var signaal = Beantwoord();
        // 00:30 on Wednesday 4 March in the Netherlands is still Tuesday in UTC: the caller's Dutch date counts.
        var nacht = new DateTimeOffset(2026, 3, 4, 0, 30, 0, Winter);

        signaal.GeefOordeel(false, "Ik krijg niemand te pakken", nacht, new DateOnly(2026, 3, 4)).MoetLukken();

        Assert.Equal(SignaalStatus.Heropend, signaal.Status);
        Assert.True(signaal.IsOpen);
        Assert.False(signaal.Geholpen);
        Assert.Equal(nacht, signaal.TermijnStart);
        Assert.Equal(new DateOnly(2026, 3, 4), signaal.TermijnStartDatum);
        Assert.Null(signaal.Antwoord);
        Assert.Null(signaal.BeantwoordDoor);
        Assert.Null(signaal.BeantwoordOp);
        Assert.Equal(["Bel mij: Sanne, 053-4811111", "Ik krijg niemand te pakken"], signaal.Berichten.Select(b => b.Tekst));
    }

    [Fact]
    public void Na_geholpen_kan_de_indiener_toch_nog_zeggen_dat_het_niet_hielp()
    {
        var signaal = Beantwoord();
        signaal.GeefOordeel(true, null, Maandag.AddDays(1), MaandagDatum.AddDays(1)).MoetLukken();

        signaal.GeefOordeel(false, null, Maandag.AddDays(2), MaandagDatum.AddDays(2)).MoetLukken();

        Assert.Equal(SignaalStatus.Heropend, signaal.Status);
        Assert.Single(signaal.Berichten);
    }

    [Fact]
    public void Een_heropend_signaal_opnieuw_beantwoorden_vraagt_een_nieuw_oordeel()
    {
        var signaal = Heropend();

        signaal.Beantwoord("Ik kom donderdag langs.", Regievoerder, Maandag.AddDays(2)).MoetLukken();

        Assert.Equal(SignaalStatus.Beantwoord, signaal.Status);
        Assert.Null(signaal.Geholpen);
        Assert.Equal("Ik kom donderdag langs.", signaal.Antwoord);
        Assert.Equal(3, signaal.Berichten.Count);
    }

    [Fact]
    public void Een_oordeel_zonder_antwoord_wordt_geweigerd()
    {
        var signaal = Nieuw();

        var uitkomst = signaal.GeefOordeel(false, null, Maandag.AddDays(1), MaandagDatum.AddDays(1));

        uitkomst.MoetWeigeren("nog geen antwoord");
        Assert.Equal(nameof(Signaal.Geholpen), uitkomst.Veld);
        Assert.Equal(SignaalStatus.Open, signaal.Status);
        Assert.Equal(Maandag, signaal.TermijnStart);
    }

    [Fact]
    public void Een_oordeel_over_een_gesloten_signaal_wordt_geweigerd()
    {
        var signaal = Gesloten();

        signaal.GeefOordeel(false, null, Maandag.AddDays(3), MaandagDatum.AddDays(3)).MoetWeigeren("gesloten");

        Assert.Equal(SignaalStatus.Gesloten, signaal.Status);
    }

    [Fact]
    public void Een_te_lange_uitleg_bij_het_oordeel_wordt_geweigerd_en_heropent_niets()
    {
        var signaal = Beantwoord();

        var uitkomst = signaal.GeefOordeel(false, new string('x', 2001), Maandag.AddDays(1), MaandagDatum.AddDays(1));

        uitkomst.MoetWeigeren("hoogstens 2000 tekens");
        Assert.Equal(nameof(Signaal.Toelichting), uitkomst.Veld);
        Assert.Equal(SignaalStatus.Beantwoord, signaal.Status);
        Assert.Null(signaal.Geholpen);
    }

    [Fact]
    public void De_regievoerder_sluit_een_beantwoord_signaal_met_wat_er_is_gedaan()
    {
        var signaal = Beantwoord();

        signaal.Sluit("  Mevrouw gebeld, afspraak met de school gemaakt  ", Regievoerder, Maandag.AddDays(2)).MoetLukken();

        Assert.Equal(SignaalStatus.Gesloten, signaal.Status);
        Assert.False(signaal.IsOpen);
        Assert.Equal("Mevrouw gebeld, afspraak met de school gemaakt", signaal.WatGedaan);
        Assert.Equal(Regievoerder, signaal.GeslotenDoor);
        Assert.Equal(Maandag.AddDays(2), signaal.GeslotenOp);
        Assert.Equal(Maandag.AddHours(2), signaal.BeantwoordOp);
    }

    [Fact]
    public void Een_heropend_signaal_sluiten_telt_als_antwoord()
    {
        var signaal = Heropend();

        signaal.Sluit("Samen met mevrouw de school gebeld", Regievoerder, Maandag.AddDays(2)).MoetLukken();

        Assert.Equal(SignaalStatus.Gesloten, signaal.Status);
        Assert.Equal(Maandag.AddDays(2), signaal.BeantwoordOp);
    }

    [Fact]
    public void Een_open_signaal_sluiten_zonder_antwoord_wordt_geweigerd()
    {
        var signaal = Nieuw();

        var uitkomst = signaal.Sluit("Opgelost", Regievoerder, Maandag.AddDays(1));

        uitkomst.MoetWeigeren("Beantwoord het signaal eerst");
        Assert.Equal(nameof(Signaal.Antwoord), uitkomst.Veld);
        Assert.Equal(SignaalStatus.Open, signaal.Status);
        Assert.Null(signaal.WatGedaan);
    }

    [Theory]
    [InlineData(" ", "Schrijf op wat er is gedaan")]
    [InlineData(null, "Schrijf op wat er is gedaan")]
    public void Sluiten_zonder_te_zeggen_wat_er_is_gedaan_wordt_geweigerd(string? watGedaan, string melding)
    {
        var signaal = Beantwoord();

        var uitkomst = signaal.Sluit(watGedaan, Regievoerder, Maandag.AddDays(1));

        uitkomst.MoetWeigeren(melding);
        Assert.Equal(nameof(Signaal.WatGedaan), uitkomst.Veld);
        Assert.Equal(SignaalStatus.Beantwoord, signaal.Status);
    }

    [Fact]
    public void Een_gesloten_signaal_nog_eens_sluiten_wordt_geweigerd()
    {
        var signaal = Gesloten();

        signaal.Sluit("Nog eens", "Peter", Maandag.AddDays(5)).MoetWeigeren("al gesloten");

        Assert.Equal(Regievoerder, signaal.GeslotenDoor);
    }

    [Fact]
    public void Alleen_een_signaal_dat_op_de_regievoerder_wacht_heeft_geen_antwoordmoment()
    {
        // Mijn casussen counts open signalen as BeantwoordOp == null: that must hold in every state.
        var signaal = Nieuw();
        Assert.Equal(signaal.IsOpen, signaal.BeantwoordOp is null);
        signaal.Beantwoord("Ik bel u vandaag.", Regievoerder, Maandag.AddHours(1)).MoetLukken();
        Assert.Equal(signaal.IsOpen, signaal.BeantwoordOp is null);
        signaal.GeefOordeel(false, null, Maandag.AddDays(1), MaandagDatum.AddDays(1)).MoetLukken();
        Assert.True(signaal.IsOpen);
        Assert.Equal(signaal.IsOpen, signaal.BeantwoordOp is null);
        signaal.Sluit("Gebeld en geregeld", Regievoerder, Maandag.AddDays(2)).MoetLukken();
        Assert.False(signaal.IsOpen);
        Assert.Equal(signaal.IsOpen, signaal.BeantwoordOp is null);
    }
}
