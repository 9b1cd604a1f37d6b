using Regie.Domain.Handreiking;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Handreiking;

public sealed class SnapshotTests
{
    [Fact]
    public void De_versie_bevat_betrokkenen_taken_regie_en_afspraken_zoals_ze_waren()
    {
        var t = Nieuw();
        t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", "Bepaalt de onderzoeksvragen", Nu).MoetLukken();
        var overleg = t.MaakKlaarVoorVaststellen();
        t.Casus.LegOverlegVast(overleg.Id, [t.Vader.Id, t.Consulent.Id], "Sanne voert de procesregie").MoetLukken();

        var inhoud = t.StelVast(overleg).Inhoud;

        Assert.Equal("TW-2026-0042", inhoud.CasusCode);
        Assert.Equal("Tukker", inhoud.Gezinsnaam);
        Assert.Equal(["OB3B", "OB4A"], inhoud.Indicaties);
        Assert.Equal("Geen", inhoud.Maatregel);
        Assert.Equal(t.Casus.Hulpvraag, inhoud.Hulpvraag);
        Assert.Equal(Vandaag.AddDays(90), inhoud.VolgendeEvaluatie);
        Assert.Equal(5, inhoud.Betrokkenen.Count);
        var vader = Assert.Single(inhoud.Betrokkenen, b => b.Id == t.Vader.Id);
        Assert.Equal(("Henk Tukker", "vader", "06-12345678"), (vader.Naam, vader.RolOfRelatie, vader.Telefoon));
        var taak = Assert.Single(inhoud.Taken);
        Assert.Equal(("Onderzoek naar de problemen van Wesley op school", "Fatima El Amrani", "Onderwijs", "Open"),
            (taak.Omschrijving, taak.Wie, taak.Resultaat, taak.Status));
        Assert.Equal("Sanne de Vries", inhoud.Procesregie.Naam);
        Assert.Equal("Gemeente Enschede", inhoud.Procesregie.Organisatie);
        Assert.Equal(TelefoonConsulent, inhoud.Procesregie.Telefoon);
        Assert.Equal("ma t/m do 9-17 uur", inhoud.Procesregie.Bereikbaarheid);
        Assert.Equal(Mandaat, inhoud.Procesregie.Mandaat);
        var inhoudelijk = Assert.Single(inhoud.InhoudelijkeRegie);
        Assert.Equal(("Fatima El Amrani", "Onderzoek school"), (inhoudelijk.Naam, inhoudelijk.Onderdeel));
        Assert.Equal(7, inhoud.Stappen.Count);
        Assert.Equal("Afspraak bij Communicatie", inhoud.Stappen.Single(s => s.Nummer == 5).Afspraken);
        Assert.All(inhoud.Stappen, s => Assert.Equal("Afgesproken", s.Status));
        Assert.Equal(["Henk Tukker", "Sanne de Vries"], inhoud.Overleg.Aanwezigen);
        Assert.Equal("Sanne voert de procesregie", inhoud.Overleg.Besluiten);
    }

    [Fact]
    public void De_versie_zet_inhoudelijke_regie_en_betrokkenen_in_een_vaste_volgorde()
    {
        // The database returns rows in any order; two versions with the same content must read the same.
        var t = Nieuw();
        t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Schoolverzuim", null, Nu).MoetLukken();
        t.Casus.WijsInhoudelijkeRegieToe(t.Zorgaanbieder.Id, "Onderzoek school", null, Nu).MoetLukken();
        var overleg = t.MaakKlaarVoorVaststellen();

        var inhoud = t.StelVast(overleg).Inhoud;

        Assert.Equal(["Onderzoek school", "Schoolverzuim"], inhoud.InhoudelijkeRegie.Select(r => r.Onderdeel));
        Assert.Equal(inhoud.Betrokkenen.OrderBy(b => Enum.Parse<Regie.Domain.Casussen.BetrokkeneSoort>(b.Soort)).ThenBy(b => b.Naam, StringComparer.Ordinal).Select(b => b.Naam),
            inhoud.Betrokkenen.Select(b => b.Naam));
    }

    [Fact]
    public void Latere_wijzigingen_in_de_casus_veranderen_een_bestaande_versie_niet()
    {
        var t = Nieuw();
        var overleg = t.MaakKlaarVoorVaststellen();
        var versie = t.StelVast(overleg);
        var hulpvraag = t.Casus.Hulpvraag;

        t.Consulent.WijzigContact("Sanne de Vries-Bakker", "jeugdconsulent", "06-99999999", null, null);
        t.Casus.WijzigHulpvraag("Een heel andere hulpvraag", Nu.AddDays(1)).MoetLukken();
        t.Casus.WijzigStap(5, "Nieuwe afspraken over communicatie", StapStatus.InBespreking, "Sanne", Nu.AddDays(1)).MoetLukken();
        t.Casus.VoegTaakToe("Nieuwe taak", t.Vader.Id, null, null, Vandaag).MoetLukken();
        t.Casus.BeeindigBetrokkenheid(t.Moeder.Id, Vandaag, "Verhuisd", Nu.AddDays(1)).MoetLukken();
        t.Casus.WijzigIndicaties(["OB4C"]).MoetLukken();
        t.Casus.PlanEvaluatie(Vandaag.AddDays(10), Vandaag).MoetLukken();

        var inhoud = versie.Inhoud;
        Assert.Equal(hulpvraag, inhoud.Hulpvraag);
        Assert.Equal("Sanne de Vries", inhoud.Procesregie.Naam);
        Assert.Equal(TelefoonConsulent, inhoud.Procesregie.Telefoon);
        Assert.Equal("Afspraak bij Communicatie", inhoud.Stappen.Single(s => s.Nummer == 5).Afspraken);
        Assert.Equal("Afgesproken", inhoud.Stappen.Single(s => s.Nummer == 5).Status);
        Assert.Single(inhoud.Taken);
        Assert.Contains(inhoud.Betrokkenen, b => b.Naam == "Anja Tukker");
        Assert.Equal(["OB3B", "OB4A"], inhoud.Indicaties);
        Assert.Equal(Vandaag.AddDays(90), inhoud.VolgendeEvaluatie);
        Assert.Equal(VersieStatus.Geldend, versie.Status);
    }

    [Fact]
    public void Vertrokken_betrokkenen_en_gestopte_taken_staan_niet_in_een_nieuwe_versie()
    {
        var t = Nieuw();
        var gestopt = t.Casus.VoegTaakToe("Huiswerkbegeleiding", t.Moeder.Id, null, null, Vandaag).MoetLukken();
        t.Casus.WijzigTaakStatus(gestopt.Id, Regie.Domain.Casussen.TaakStatus.Gestopt).MoetLukken();
        t.Casus.BeeindigBetrokkenheid(t.Jeugdbeschermer.Id, Vandaag, "Geen maatregel nodig", Nu).MoetLukken();

        var inhoud = t.StelVast().Inhoud;

        Assert.DoesNotContain(inhoud.Betrokkenen, b => b.Naam == "Peter Bos");
        Assert.DoesNotContain(inhoud.Taken, taak => taak.Omschrijving == "Huiswerkbegeleiding");
    }
}
