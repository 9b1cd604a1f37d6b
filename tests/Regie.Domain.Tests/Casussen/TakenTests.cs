using Regie.Domain.Casussen;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

public sealed class TakenTests
{
    [Fact]
    public void Een_taak_legt_vast_wat_wie_voor_welk_resultaat_tot_wanneer_doet()
    {
        var t = Nieuw();

        var taak = t.Casus.VoegTaakToe("Schuldhulpverlening aanvragen", t.Vader.Id, "Financiën", Vandaag.AddDays(14), Vandaag).MoetLukken();

        Assert.Equal("Schuldhulpverlening aanvragen", taak.Omschrijving);
        Assert.Equal(t.Vader.Id, taak.BetrokkeneId);
        Assert.Equal("Financiën", taak.Resultaat);
        Assert.Equal(Vandaag.AddDays(14), taak.Termijn);
        Assert.Equal(TaakStatus.Open, taak.Status);
    }

    [Fact]
    public void Een_termijn_in_het_verleden_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.VoegTaakToe("Schoolgesprek plannen", t.Consulent.Id, null, Vandaag.AddDays(-1), Vandaag).MoetWeigeren("termijn ligt in het verleden");

        Assert.Empty(t.Casus.Taken);
    }

    [Fact]
    public void Een_termijn_van_vandaag_mag()
    {
        var t = Nieuw();

        t.Casus.VoegTaakToe("Schoolgesprek plannen", t.Consulent.Id, null, Vandaag, Vandaag).MoetLukken();
    }

    [Fact]
    public void Een_taak_voor_een_vertrokken_betrokkene_wordt_geweigerd()
    {
        var t = Nieuw();
        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Gestopt", Nu).MoetLukken();

        t.Casus.VoegTaakToe("Onderzoek", t.Zorgaanbieder.Id, null, null, Vandaag).MoetWeigeren("iemand die nu betrokken is");
        t.Casus.VoegTaakToe("Onderzoek", Guid.NewGuid(), null, null, Vandaag).MoetWeigeren("iemand die nu betrokken is");

        Assert.Empty(t.Casus.Taken);
    }

    [Fact]
    public void Een_taak_zonder_omschrijving_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.VoegTaakToe(" ", t.Consulent.Id, null, null, Vandaag).MoetWeigeren("wat er gedaan wordt");
    }

    [Fact]
    public void De_status_van_een_taak_kan_worden_bijgewerkt()
    {
        var t = Nieuw();
        var taak = t.Casus.VoegTaakToe("Onderzoek", t.Zorgaanbieder.Id, null, null, Vandaag).MoetLukken();

        t.Casus.WijzigTaakStatus(taak.Id, TaakStatus.Klaar).MoetLukken();
        t.Casus.WijzigTaakStatus(Guid.NewGuid(), TaakStatus.Klaar).MoetWeigeren("hoort niet bij deze casus");

        Assert.Equal(TaakStatus.Klaar, taak.Status);
    }

    [Theory]
    [InlineData(" ", null, nameof(Taak.Omschrijving), "Schrijf op wat er gedaan wordt.")]
    [InlineData("1001", null, nameof(Taak.Omschrijving), "Wat er gedaan wordt mag hoogstens 1000 tekens lang zijn.")]
    [InlineData("Onderzoek", "301", nameof(Taak.Resultaat), "Het resultaat of levensgebied mag hoogstens 300 tekens lang zijn.")]
    public void Een_geweigerde_taak_noemt_het_veld_waar_het_om_gaat(string omschrijving, string? resultaat, string veld, string melding)
    {
        var t = Nieuw();
        static string Tekst(string? waarde) => int.TryParse(waarde, out var n) ? new string('x', n) : waarde!;

        var fout = t.Casus.VoegTaakToe(Tekst(omschrijving), t.Zorgaanbieder.Id, resultaat is null ? null : Tekst(resultaat), null, Vandaag);

        Assert.Equal((melding, veld), (fout.Melding, fout.Veld));
        Assert.Empty(t.Casus.Taken);
    }

    [Fact]
    public void Een_taak_voor_iemand_die_niet_betrokken_is_wordt_geweigerd_bij_wie()
    {
        var fout = Nieuw().Casus.VoegTaakToe("Onderzoek", Guid.NewGuid(), null, null, Vandaag);

        Assert.Equal(nameof(Taak.BetrokkeneId), fout.Veld);
    }
}
