using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

public sealed class BewerkenTests
{
    private static readonly DateOnly Afsluitdatum = Vandaag.AddDays(1);

    [Fact]
    public void Contactgegevens_wijzigen_noemt_de_gewijzigde_velden()
    {
        var t = Nieuw();

        var velden = t.Casus.WijzigContactVan(t.Vader.Id, "vader", " 06 9999 0000 ", "henk@example.nl", "na 17.00 uur").MoetLukken();

        Assert.Equal(["Telefoon", "E-mail", "Bereikbaarheid"], velden);
        Assert.Equal(("06 9999 0000", "henk@example.nl", "na 17.00 uur"), (t.Vader.Telefoon, t.Vader.Email, t.Vader.Bereikbaarheid));
        Assert.Equal("Henk Tukker", t.Vader.Naam);
    }

    [Fact]
    public void Dezelfde_gegevens_opnieuw_geven_niets_gewijzigd()
    {
        var t = Nieuw();

        Assert.Empty(t.Casus.WijzigContactVan(t.Consulent.Id, "jeugdconsulent", TelefoonConsulent, null, "ma t/m do 9-17 uur").MoetLukken());
    }

    [Fact]
    public void De_rol_van_een_professional_heet_rol()
    {
        var t = Nieuw();

        Assert.Equal(["Rol"], t.Casus.WijzigContactVan(t.Consulent.Id, "procesregievoerder", TelefoonConsulent, null, "ma t/m do 9-17 uur").MoetLukken());
    }

    [Theory]
    [InlineData("", "06 1", null, "RolOfRelatie", "rol of relatie")]
    [InlineData("vader", "bel de buurvrouw", null, "Telefoon", "cijfers")]
    [InlineData("vader", "06 1234 5678", "geen-adres", "Email", "geldig e-mailadres")]
    public void Onjuiste_contactgegevens_worden_geweigerd_bij_het_juiste_veld(string rol, string telefoon, string? email, string veld, string melding)
    {
        var t = Nieuw();

        var uitkomst = t.Casus.WijzigContactVan(t.Vader.Id, rol, telefoon, email, null);

        uitkomst.MoetWeigeren(melding);
        Assert.Equal(veld, uitkomst.Veld);
        Assert.Equal("06-12345678", t.Vader.Telefoon);
    }

    [Fact]
    public void Een_te_lang_telefoonnummer_wordt_geweigerd()
    {
        var t = Nieuw();

        var uitkomst = t.Casus.WijzigContactVan(t.Vader.Id, "vader", new string('1', 51), null, null);

        uitkomst.MoetWeigeren("hoogstens 50 tekens");
        Assert.Equal(nameof(Betrokkene.Telefoon), uitkomst.Veld);
    }

    [Fact]
    public void Een_gestopte_betrokkene_wordt_niet_meer_gewijzigd()
    {
        var t = Nieuw();
        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Onderzoek klaar", Nu).MoetLukken();

        t.Casus.WijzigContactVan(t.Zorgaanbieder.Id, "behandelaar", "074 000 0000", null, null).MoetWeigeren("niet meer betrokken");

        Assert.Equal("074-7654321", t.Zorgaanbieder.Telefoon);
    }

    [Fact]
    public void In_een_afgesloten_casus_wordt_niets_meer_gewijzigd()
    {
        var t = Nieuw();
        var taak = t.Casus.VoegTaakToe("Schoolgesprek", t.Consulent.Id, null, null, Vandaag).MoetLukken();
        t.Casus.SluitAf("Doelen bereikt", "Het gaat goed", Afsluitdatum, Nu.AddDays(1)).MoetLukken();

        t.Casus.WijzigContactVan(t.Vader.Id, "vader", "06 1111 2222", null, null).MoetWeigeren("afgesloten");
        t.Casus.WijzigTaak(taak.Id, "Ander gesprek", t.Consulent.Id, null, null, Vandaag).MoetWeigeren("afgesloten");
        Assert.Empty(t.Casus.NeemProfielOver(t.Consulent.MedewerkerId!.Value, true, "06 1111 2222", false, null).MoetLukken());

        Assert.Equal("Schoolgesprek", taak.Omschrijving);
        Assert.Equal(TelefoonConsulent, t.Consulent.Telefoon);
    }

    [Fact]
    public void Een_nieuw_profiel_verandert_alleen_de_gewijzigde_velden_van_die_professional()
    {
        var t = Nieuw();
        t.Casus.WijzigContactVan(t.Consulent.Id, "jeugdconsulent", TelefoonConsulent, "sanne@enschede.nl", "alleen in deze casus: dinsdag").MoetLukken();

        var velden = t.Casus.NeemProfielOver(t.Consulent.MedewerkerId!.Value, true, "053 481 2222", false, "ma t/m vr").MoetLukken();

        Assert.Equal(["Telefoon"], velden);
        Assert.Equal(("053 481 2222", "sanne@enschede.nl", "alleen in deze casus: dinsdag"), (t.Consulent.Telefoon, t.Consulent.Email, t.Consulent.Bereikbaarheid));
        Assert.Equal("038-1234567", t.Jeugdbeschermer.Telefoon);
    }

    [Fact]
    public void Een_taak_wordt_gewijzigd_en_de_gewijzigde_velden_worden_genoemd()
    {
        var t = Nieuw();
        var taak = t.Casus.VoegTaakToe("Schoolgesprek", t.Consulent.Id, "School", Vandaag.AddDays(7), Vandaag).MoetLukken();

        var velden = t.Casus.WijzigTaak(taak.Id, "Schoolgesprek met mentor", t.Zorgaanbieder.Id, "School", Vandaag.AddDays(14), Vandaag).MoetLukken();

        Assert.Equal(["Omschrijving", "Wie", "Termijn"], velden);
        Assert.Equal(("Schoolgesprek met mentor", t.Zorgaanbieder.Id, Vandaag.AddDays(14)), (taak.Omschrijving, taak.BetrokkeneId, taak.Termijn));
    }

    [Fact]
    public void Een_taak_krijgt_geen_termijn_in_het_verleden()
    {
        var t = Nieuw();
        var taak = t.Casus.VoegTaakToe("Schoolgesprek", t.Consulent.Id, null, Vandaag.AddDays(7), Vandaag).MoetLukken();

        var uitkomst = t.Casus.WijzigTaak(taak.Id, "Schoolgesprek", t.Consulent.Id, null, Vandaag.AddDays(-1), Vandaag);

        uitkomst.MoetWeigeren("termijn ligt in het verleden");
        Assert.Equal(nameof(Taak.Termijn), uitkomst.Veld);
        Assert.Equal(Vandaag.AddDays(7), taak.Termijn);
    }

    [Fact]
    public void Een_verlopen_termijn_die_blijft_staan_houdt_een_betere_omschrijving_niet_tegen()
    {
        var t = Nieuw();
        var taak = t.Casus.VoegTaakToe("Schoolgesprek", t.Consulent.Id, null, Vandaag, Vandaag).MoetLukken();

        Assert.Equal(["Omschrijving"], t.Casus.WijzigTaak(taak.Id, "Schoolgesprek plannen", t.Consulent.Id, null, Vandaag, Vandaag.AddDays(3)).MoetLukken());
    }

    [Fact]
    public void Een_taak_gaat_niet_naar_iemand_die_gestopt_is()
    {
        var t = Nieuw();
        var taak = t.Casus.VoegTaakToe("Schoolgesprek", t.Consulent.Id, null, null, Vandaag).MoetLukken();
        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Onderzoek klaar", Nu).MoetLukken();

        var uitkomst = t.Casus.WijzigTaak(taak.Id, "Schoolgesprek", t.Zorgaanbieder.Id, null, null, Vandaag);

        uitkomst.MoetWeigeren("iemand die nu betrokken is");
        Assert.Equal(nameof(Taak.BetrokkeneId), uitkomst.Veld);
    }

    [Fact]
    public void Een_taak_zonder_omschrijving_of_van_een_andere_casus_wordt_geweigerd()
    {
        var t = Nieuw();
        var taak = t.Casus.VoegTaakToe("Schoolgesprek", t.Consulent.Id, null, null, Vandaag).MoetLukken();

        Assert.Equal(nameof(Taak.Omschrijving), t.Casus.WijzigTaak(taak.Id, "  ", t.Consulent.Id, null, null, Vandaag).Veld);
        t.Casus.WijzigTaak(Guid.NewGuid(), "x", t.Consulent.Id, null, null, Vandaag).MoetWeigeren("hoort niet bij deze casus");
    }

    [Fact]
    public void Een_eigen_profiel_noemt_de_gewijzigde_velden_en_weigert_een_onjuist_nummer()
    {
        var m = new Medewerker(Guid.NewGuid(), "Sanne de Vries", "sanne@enschede.nl", "Jeugdconsulent", "053 481 1111", null);

        Assert.Equal(["Telefoon", "Bereikbaarheid"], m.WijzigContact("Jeugdconsulent", "053 481 2222", "ma t/m do").MoetLukken());
        var fout = m.WijzigContact("Jeugdconsulent", "bel me", null);

        fout.MoetWeigeren("cijfers");
        Assert.Equal(nameof(Medewerker.Telefoon), fout.Veld);
        Assert.Equal(("053 481 2222", "ma t/m do"), (m.Telefoon, m.Bereikbaarheid));
    }
}
