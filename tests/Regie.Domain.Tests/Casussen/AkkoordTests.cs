using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

public sealed class AkkoordTests
{
    /// <summary>Tukker ready to vaststellen, both ouders with gezag, laid before them.</summary>
    private static (TestCasus T, Overleg Overleg) Voorgelegd()
    {
        var t = Nieuw();
        GeefGezag(t, t.Vader);
        GeefGezag(t, t.Moeder);
        var overleg = t.MaakKlaarVoorVaststellen();
        t.Casus.LegVoorAanOuders(Nu).MoetLukken();
        return (t, overleg);
    }

    private static void GeefGezag(TestCasus t, Betrokkene ouder) =>
        t.Casus.WijzigContactVan(ouder.Id, ouder.RolOfRelatie, ouder.Telefoon, ouder.Email, ouder.Bereikbaarheid,
            new Gezinsgegevens(true, null, Vandaag)).MoetLukken();

    private static Betrokkene Jongere(TestCasus t, int jaar) =>
        t.Casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, "Wesley Tukker", "zoon", Geboortedatum: Vandaag.AddYears(-jaar)), Startdatum).MoetLukken();

    [Fact]
    public void Beslissers_zijn_ouders_met_gezag_en_jongeren_vanaf_16()
    {
        var t = Nieuw();
        GeefGezag(t, t.Moeder);
        var zestien = Jongere(t, 16);
        var jonger = t.Casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, "Lisa Tukker", "dochter", Geboortedatum: Vandaag.AddYears(-16).AddDays(1)), Startdatum).MoetLukken();

        var beslissers = t.Casus.Beslissers(Vandaag);

        Assert.Equal([t.Moeder.Id, zestien.Id], beslissers.Select(b => b.Id));
        Assert.DoesNotContain(jonger, beslissers);
        Assert.DoesNotContain(t.Vader, beslissers);
    }

    [Fact]
    public void Voorleggen_kan_pas_als_alles_is_afgesproken()
    {
        var t = Nieuw();
        GeefGezag(t, t.Moeder);

        t.Casus.LegVoorAanOuders(Nu).MoetWeigeren("Nog niet afgesproken");
        Assert.Null(t.Casus.VoorgelegdOp);
    }

    [Fact]
    public void Alleen_een_kind_onder_de_16_kan_niet_alleen_akkoord_geven()
    {
        var t = Nieuw();
        Jongere(t, 14);
        t.MaakKlaarVoorVaststellen();

        t.Casus.LegVoorAanOuders(Nu).MoetWeigeren(Casus.KindAlleenMelding);
        Assert.Null(t.Casus.VoorgelegdOp);
    }

    [Fact]
    public void Voorleggen_bewaart_wanneer_en_een_beslisser_antwoordt_in_eigen_naam()
    {
        var (t, _) = Voorgelegd();
        Assert.Equal(Nu, t.Casus.VoorgelegdOp);
        Assert.True(t.Casus.WachtOpOuders);

        var reactie = t.Casus.GeefAkkoord(t.Moeder.Id, true, null, t.Casus.Conceptstand(), Nu.AddHours(1)).MoetLukken();

        Assert.Equal((t.Moeder.Id, true, false, Nu.AddHours(1)), (reactie.BetrokkeneId, reactie.Akkoord, reactie.Vervallen, reactie.GegevenOp));
        Assert.Same(reactie, t.Casus.GeldigeReactie(t.Moeder.Id));
    }

    [Fact]
    public void Opnieuw_antwoorden_vervangt_het_eerdere_antwoord()
    {
        var (t, _) = Voorgelegd();
        t.Casus.GeefAkkoord(t.Moeder.Id, true, null, t.Casus.Conceptstand(), Nu).MoetLukken();

        t.Casus.GeefAkkoord(t.Moeder.Id, false, "Ik wil minder afspraken.", t.Casus.Conceptstand(), Nu.AddMinutes(5)).MoetLukken();

        var reactie = Assert.Single(t.Casus.Akkoordreacties);
        Assert.Equal((false, "Ik wil minder afspraken."), (reactie.Akkoord, reactie.Opmerking));
    }

    [Fact]
    public void Niet_akkoord_zonder_uitleg_wordt_geweigerd_en_noemt_het_veld()
    {
        var (t, _) = Voorgelegd();

        var uitkomst = t.Casus.GeefAkkoord(t.Moeder.Id, false, "  ", t.Casus.Conceptstand(), Nu);

        uitkomst.MoetWeigeren("waarom");
        Assert.Equal(nameof(Akkoordreactie.Opmerking), uitkomst.Veld);
        Assert.Empty(t.Casus.Akkoordreacties);
    }

    [Fact]
    public void Wie_niet_beslist_of_een_oude_stand_las_kan_niet_antwoorden()
    {
        var (t, _) = Voorgelegd();
        var jongere = Jongere(t, 14);

        t.Casus.GeefAkkoord(jongere.Id, true, null, t.Casus.Conceptstand(), Nu).MoetWeigeren("niet zelf akkoord");
        t.Casus.GeefAkkoord(t.Consulent.Id, true, null, t.Casus.Conceptstand(), Nu).MoetWeigeren("niet zelf akkoord");
        t.Casus.GeefAkkoord(t.Moeder.Id, true, null, "oud", Nu).MoetWeigeren(Casus.VeranderdMelding);
        Assert.Empty(t.Casus.Akkoordreacties);
    }

    [Fact]
    public void Zonder_voorleggen_kan_niemand_antwoorden()
    {
        var t = Nieuw();
        GeefGezag(t, t.Moeder);
        t.MaakKlaarVoorVaststellen();

        t.Casus.GeefAkkoord(t.Moeder.Id, true, null, t.Casus.Conceptstand(), Nu).MoetWeigeren("geen afspraken klaar");
    }

    [Fact]
    public void Een_gewijzigde_stap_laat_gegeven_antwoorden_vervallen_en_verandert_de_stand()
    {
        var (t, _) = Voorgelegd();
        var stand = t.Casus.Conceptstand();
        t.Casus.GeefAkkoord(t.Moeder.Id, true, null, stand, Nu).MoetLukken();

        t.Casus.WijzigStap(1, "Een andere afspraak", StapStatus.Afgesproken, "Sanne", Nu.AddHours(1)).MoetLukken();

        Assert.True(Assert.Single(t.Casus.Akkoordreacties).Vervallen);
        Assert.Null(t.Casus.GeldigeReactie(t.Moeder.Id));
        Assert.NotEqual(stand, t.Casus.Conceptstand());
        Assert.True(t.Casus.WachtOpOuders);
        t.Casus.GeefAkkoord(t.Moeder.Id, true, null, t.Casus.Conceptstand(), Nu.AddHours(2)).MoetLukken();
        Assert.False(Assert.Single(t.Casus.Akkoordreacties).Vervallen);
    }

    [Fact]
    public void Dezelfde_stap_opnieuw_bewaren_laat_niets_vervallen()
    {
        var (t, _) = Voorgelegd();
        t.Casus.GeefAkkoord(t.Moeder.Id, true, null, t.Casus.Conceptstand(), Nu).MoetLukken();
        var stap = t.Casus.Stap(1);

        t.Casus.WijzigStap(1, stap.Afspraken, StapStatus.Afgesproken, "Sanne", Nu.AddHours(1)).MoetLukken();

        Assert.NotNull(t.Casus.GeldigeReactie(t.Moeder.Id));
    }

    [Fact]
    public void Een_nieuwe_of_gewijzigde_taak_laat_gegeven_antwoorden_vervallen()
    {
        var (t, _) = Voorgelegd();
        t.Casus.GeefAkkoord(t.Moeder.Id, true, null, t.Casus.Conceptstand(), Nu).MoetLukken();
        var taak = t.Casus.Taken[0];

        t.Casus.WijzigTaak(taak.Id, "Iets anders doen", taak.BetrokkeneId, taak.Resultaat, taak.Termijn, Vandaag).MoetLukken();

        Assert.Null(t.Casus.GeldigeReactie(t.Moeder.Id));
    }

    [Fact]
    public void Een_stap_terug_naar_bespreking_laat_antwoorden_vervallen_en_stopt_het_antwoorden()
    {
        var (t, _) = Voorgelegd();
        t.Casus.GeefAkkoord(t.Moeder.Id, true, null, t.Casus.Conceptstand(), Nu).MoetLukken();

        t.Casus.WijzigHulpvraag("Een nieuwe hulpvraag", Nu.AddHours(1)).MoetLukken();

        Assert.Null(t.Casus.GeldigeReactie(t.Moeder.Id));
        Assert.False(t.Casus.WachtOpOuders);
        t.Casus.GeefAkkoord(t.Vader.Id, true, null, t.Casus.Conceptstand(), Nu).MoetWeigeren("geen afspraken klaar");
    }

    [Fact]
    public void Vaststellen_neemt_het_eigen_antwoord_en_wat_aan_tafel_is_vastgelegd_en_beeindigt_het_voorleggen()
    {
        var (t, overleg) = Voorgelegd();
        var gegeven = Nu.AddHours(-2);
        t.Casus.GeefAkkoord(t.Moeder.Id, true, "Fijn zo.", t.Casus.Conceptstand(), gegeven).MoetLukken();

        var versie = t.Casus.StelVast(overleg.Id, null, t.Consulent.Id, "Sanne de Vries", Nu,
            new Dictionary<Guid, OudersAntwoord> { [t.Vader.Id] = new(false, "Te veel hulpverleners."), [t.Moeder.Id] = new(false, "genegeerd") })
            .MoetLukken();

        Assert.Equal(
            [
                new VersieAkkoord("Anja Tukker", "moeder", true, "Fijn zo.", true, null, gegeven),
                new VersieAkkoord("Henk Tukker", "vader", false, "Te veel hulpverleners.", false, "Sanne de Vries", Nu),
            ],
            versie.Akkoorden!);
        Assert.False(versie.OudersAkkoord);
        Assert.Null(t.Casus.VoorgelegdOp);
        Assert.Empty(t.Casus.Akkoordreacties);
    }

    [Fact]
    public void Vaststellen_gebruikt_geen_vervallen_antwoord()
    {
        var (t, overleg) = Voorgelegd();
        t.Casus.GeefAkkoord(t.Moeder.Id, true, null, t.Casus.Conceptstand(), Nu).MoetLukken();
        t.Casus.WijzigStap(2, "Nieuwe doelen", StapStatus.Afgesproken, "Sanne", Nu).MoetLukken();

        t.Casus.StelVast(overleg.Id, null, t.Consulent.Id, "Sanne", Nu,
            new Dictionary<Guid, OudersAntwoord> { [t.Vader.Id] = new(true, null) }).MoetWeigeren("Leg vast of Anja Tukker akkoord is");
    }

    [Fact]
    public void Zonder_beslissers_blijft_het_ene_antwoord_van_de_ouders()
    {
        var t = Nieuw();

        var versie = t.StelVast();

        Assert.Null(versie.Akkoorden);
        Assert.True(versie.OudersAkkoord);
    }
}
