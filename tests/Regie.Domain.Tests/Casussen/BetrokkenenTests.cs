using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

public sealed class BetrokkenenTests
{
    private static readonly DateTimeOffset Later = Nu.AddDays(14);

    [Fact]
    public void Vertrek_van_een_betrokkene_zet_stap_1_en_3_terug_en_vraagt_herbeoordeling()
    {
        var t = Nieuw();
        t.StelVast();

        t.Casus.BeeindigBetrokkenheid(t.Moeder.Id, Vandaag.AddDays(14), "Verhuisd naar Duitsland", Later).MoetLukken();

        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(1).Status);
        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(3).Status);
        Assert.Equal(StapStatus.Afgesproken, t.Casus.Stap(4).Status);
        Assert.Equal(StapStatus.Afgesproken, t.Casus.Stap(2).Status);
        Assert.True(t.Casus.Herbeoordelen);
        Assert.False(t.Moeder.IsActief);
        Assert.Equal(Vandaag.AddDays(14), t.Moeder.BetrokkenTot);
        Assert.Equal("Verhuisd naar Duitsland", t.Moeder.RedenEinde);
    }

    [Fact]
    public void Een_einddatum_in_de_toekomst_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, DateOnly.FromDateTime(Later.UtcDateTime).AddDays(30), "Stopt volgende maand", Later)
            .MoetWeigeren("in de toekomst");

        Assert.True(t.Zorgaanbieder.IsActief);
    }

    [Fact]
    public void De_lopende_taken_van_wie_vertrekt_stoppen_en_afgeronde_blijven_staan()
    {
        var t = Nieuw();
        var lopend = t.Casus.VoegTaakToe("Onderzoek afronden", t.Zorgaanbieder.Id, null, null, Vandaag).MoetLukken();
        var klaar = t.Casus.VoegTaakToe("Intake doen", t.Zorgaanbieder.Id, null, null, Vandaag).MoetLukken();
        t.Casus.WijzigTaakStatus(klaar.Id, TaakStatus.Klaar).MoetLukken();

        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Onderzoek afgerond", Later).MoetLukken();

        Assert.Equal(TaakStatus.Gestopt, lopend.Status);
        Assert.Equal(TaakStatus.Klaar, klaar.Status);
    }

    [Fact]
    public void Vertrek_van_een_houder_van_inhoudelijke_regie_zet_ook_stap_4_terug_en_beeindigt_die_regie()
    {
        var t = Nieuw();
        var regie = t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetLukken();
        t.StelVast();

        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Onderzoek afgerond", Later).MoetLukken();

        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(4).Status);
        Assert.False(regie.IsActief);
        Assert.Equal(Later, regie.Tot);
        Assert.Contains("Fatima El Amrani is niet meer betrokken", regie.RedenEinde, StringComparison.Ordinal);
        Assert.Contains("Onderzoek afgerond", regie.RedenEinde, StringComparison.Ordinal);
    }

    [Fact]
    public void De_procesregievoerder_kan_niet_vertrekken()
    {
        var t = Nieuw();
        t.StelVast();

        t.Casus.BeeindigBetrokkenheid(t.Consulent.Id, Vandaag, "Andere baan", Later)
            .MoetWeigeren("Sanne de Vries voert de procesregie", "Draag de regie eerst over");

        Assert.True(t.Consulent.IsActief);
        Assert.Same(t.Consulent, t.Casus.Procesregievoerder);
        Assert.Null(t.Casus.ActieveProcesregie!.Tot);
        Assert.False(t.Casus.Herbeoordelen);
        Assert.All(t.Casus.Stappen, s => Assert.Equal(StapStatus.Afgesproken, s.Status));
    }

    [Fact]
    public void Na_overdracht_kan_de_vorige_regievoerder_wel_vertrekken()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Nu).MoetLukken();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();
        t.Casus.AccepteerOverdracht(overdracht.Id, Nu).MoetLukken();

        t.Casus.BeeindigBetrokkenheid(t.Consulent.Id, Vandaag, "Andere baan", Later).MoetLukken();

        Assert.False(t.Consulent.IsActief);
        Assert.Same(t.Zorgaanbieder, t.Casus.Procesregievoerder);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Vertrek_zonder_reden_wordt_geweigerd(string? reden)
    {
        var t = Nieuw();

        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, reden, Nu).MoetWeigeren("waarom de betrokkenheid stopt");

        Assert.True(t.Zorgaanbieder.IsActief);
        Assert.False(t.Casus.Herbeoordelen);
    }

    [Fact]
    public void Vertrek_met_einddatum_voor_de_begindatum_wordt_geweigerd()
    {
        var t = Nieuw();

        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Startdatum.AddDays(-1), "Gestopt", Nu).MoetWeigeren("vóór de datum");

        Assert.True(t.Zorgaanbieder.IsActief);
    }

    [Fact]
    public void Twee_keer_vertrekken_wordt_geweigerd()
    {
        var t = Nieuw();
        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Gestopt", Nu).MoetLukken();

        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Gestopt", Nu).MoetWeigeren("al niet meer betrokken");
    }

    [Fact]
    public void Dezelfde_medewerker_twee_keer_toevoegen_wordt_geweigerd()
    {
        var t = Nieuw();
        var gegevens = Professional("Kees Jansen", "maatschappelijk werker", "MEE", OrganisatieType.Zorgaanbieder);
        t.Casus.VoegBetrokkeneToe(gegevens, Vandaag).MoetLukken();

        t.Casus.VoegBetrokkeneToe(gegevens, Vandaag).MoetWeigeren("Kees Jansen is al betrokken");

        Assert.Single(t.Casus.Betrokkenen, b => b.Naam == "Kees Jansen");
    }

    [Fact]
    public void Actief_betrokken_geldt_alleen_zolang_de_medewerker_betrokken_is()
    {
        var t = Nieuw();
        var medewerkerId = t.Zorgaanbieder.MedewerkerId!.Value;
        Assert.True(t.Casus.IsActiefBetrokken(medewerkerId));

        t.Casus.BeeindigBetrokkenheid(t.Zorgaanbieder.Id, Vandaag, "Gestopt", Nu).MoetLukken();

        Assert.False(t.Casus.IsActiefBetrokken(medewerkerId));
        Assert.False(t.Casus.IsActiefBetrokken(Guid.NewGuid()));
    }

    [Fact]
    public void Een_professional_zonder_organisatie_wordt_geweigerd_bij_de_organisatie()
    {
        var casus = Leeg();

        var fout = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Professional, "Kees", "begeleider"), Vandaag);

        Assert.Equal("Een professional hoort bij een organisatie.", fout.Melding);
        Assert.Equal(nameof(BetrokkeneGegevens.OrganisatieNaam), fout.Veld);
        Assert.Empty(casus.Betrokkenen);
    }

    [Fact]
    public void Een_ouder_die_geen_gezinslid_is_wordt_geweigerd_bij_het_vinkje_ouder()
    {
        var casus = Leeg();

        var fout = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Netwerk, "Oma", "grootmoeder", IsOuder: true), Vandaag);

        Assert.Equal("Een ouder is een gezinslid.", fout.Melding);
        Assert.Equal(nameof(BetrokkeneGegevens.IsOuder), fout.Veld);
        Assert.Empty(casus.Betrokkenen);
    }

    [Fact]
    public void Een_gezinslid_met_een_organisatie_wordt_geweigerd()
    {
        var casus = Leeg();

        var fout = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, "Henk", "vader", OrganisatieId: Guid.NewGuid()), Vandaag);

        Assert.Equal("Alleen een professional hoort bij een organisatie.", fout.Melding);
        Assert.Equal(nameof(BetrokkeneGegevens.Soort), fout.Veld);
    }

    [Theory]
    [InlineData(" ", "vader", nameof(BetrokkeneGegevens.Naam), "De naam is verplicht.")]
    [InlineData("Henk", "", nameof(BetrokkeneGegevens.RolOfRelatie), "De rol of relatie is verplicht.")]
    public void Een_betrokkene_zonder_naam_of_rol_wordt_geweigerd_bij_dat_veld(string naam, string rol, string veld, string melding)
    {
        var casus = Leeg();

        var fout = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, naam, rol), Vandaag);

        Assert.Equal((melding, veld), (fout.Melding, fout.Veld));
        Assert.Empty(casus.Betrokkenen);
    }

    [Fact]
    public void Een_te_lang_telefoonnummer_wordt_geweigerd_bij_de_telefoon()
    {
        var fout = Leeg().VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, "Henk", "vader", new string('0', 51)), Vandaag);

        Assert.Equal(("Het telefoonnummer mag hoogstens 50 tekens lang zijn.", nameof(BetrokkeneGegevens.Telefoon)), (fout.Melding, fout.Veld));
    }

    [Fact]
    public void Contactgegevens_wijzigen_is_alles_of_niets()
    {
        var t = Nieuw();

        var fout = t.Consulent.WijzigContact("Sanne Bakker", "wijkcoach", new string('0', 51), null, null);

        Assert.Equal(nameof(Betrokkene.Telefoon), fout.Veld);
        Assert.Equal(("Sanne de Vries", "jeugdconsulent", TelefoonConsulent), (t.Consulent.Naam, t.Consulent.RolOfRelatie, t.Consulent.Telefoon));
    }

    [Fact]
    public void Vertrek_laat_de_procesregie_van_een_ander_ongemoeid()
    {
        var t = Nieuw();
        t.Casus.WijsProcesregieToe(t.Consulent.Id, null, Nu).MoetLukken();

        t.Casus.BeeindigBetrokkenheid(t.Vader.Id, Vandaag, "Uit huis geplaatst", Nu).MoetLukken();

        Assert.Single(t.Casus.Regietoewijzingen, r => r.Soort == RegieSoort.Procesregie && r.IsActief);
    }
}
