using Regie.Domain.Gedeeld;
using Regie.Domain.Vragenlijsten;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Vragenlijsten;

public sealed class VragenlijstTests
{
    [Fact]
    public void De_vragenlijst_voor_ouders_heeft_hoogstens_10_vragen_waarvan_3_open()
    {
        var ouders = VragenlijstDefinitie.Ouders;

        Assert.Equal(Doelgroep.Ouders, ouders.Doelgroep);
        Assert.InRange(ouders.Items.Count, 1, 10);
        Assert.InRange(ouders.Items.Count(i => i.Open), 0, 3);
        Assert.Equal(10, VragenlijstDefinitie.MaxItems(Doelgroep.Ouders));
    }

    [Fact]
    public void De_vragenlijst_voor_professionals_heeft_hoogstens_15_vragen_waarvan_3_open()
    {
        var professionals = VragenlijstDefinitie.Professionals;

        Assert.Equal(Doelgroep.Professionals, professionals.Doelgroep);
        Assert.InRange(professionals.Items.Count, 1, 15);
        Assert.InRange(professionals.Items.Count(i => i.Open), 0, 3);
        Assert.Equal(15, VragenlijstDefinitie.MaxItems(Doelgroep.Professionals));
    }

    [Fact]
    public void Beide_vragenlijsten_meten_rust_continuiteit_en_duidelijkheid()
    {
        foreach (var definitie in new[] { VragenlijstDefinitie.Ouders, VragenlijstDefinitie.Professionals })
        {
            foreach (var thema in Enum.GetValues<Thema>())
                Assert.Contains(definitie.Items, i => i.Thema == thema && !i.Open);
        }
    }

    [Fact]
    public void Een_vragenlijst_met_vier_open_vragen_wordt_geweigerd()
    {
        var items = Items(gesloten: 4, open: 4);

        var fout = Assert.Throws<DomeinException>(() => new VragenlijstDefinitie(Doelgroep.Professionals, items));

        Assert.Contains("hoogstens 3 open vragen", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_vragenlijst_voor_ouders_met_11_vragen_wordt_geweigerd()
    {
        var fout = Assert.Throws<DomeinException>(() => new VragenlijstDefinitie(Doelgroep.Ouders, Items(gesloten: 11, open: 0)));

        Assert.Contains("1 tot 10 vragen", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Voor_professionals_mogen_11_vragen_wel_maar_16_niet()
    {
        _ = new VragenlijstDefinitie(Doelgroep.Professionals, Items(gesloten: 11, open: 0));

        Assert.Throws<DomeinException>(() => new VragenlijstDefinitie(Doelgroep.Professionals, Items(gesloten: 16, open: 0)));
    }

    [Fact]
    public void Een_lege_vragenlijst_of_dubbele_codes_worden_geweigerd()
    {
        Assert.Throws<DomeinException>(() => new VragenlijstDefinitie(Doelgroep.Ouders, []));
        Assert.Throws<DomeinException>(() => new VragenlijstDefinitie(Doelgroep.Ouders,
            [new("V1", "Vraag", Thema.Rust, false), new("V1", "Nog een vraag", Thema.Rust, false)]));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("drie")]
    public void Een_score_buiten_1_tot_5_wordt_geweigerd(string score)
    {
        var fout = Invulling(new() { ["O1"] = score });

        Assert.True(fout.IsFout);
        Assert.Equal("O1", fout.Veld);
        Assert.Contains("Ik weet wie wat doet voor ons gezin.", fout.Melding, StringComparison.Ordinal);
        Assert.Contains("1 tot en met 5", fout.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_vraag_die_niet_bij_de_lijst_hoort_wordt_geweigerd()
    {
        Assert.True(Invulling(new() { ["P1"] = "3" }).IsFout);
    }

    [Fact]
    public void Een_lege_invulling_wordt_geweigerd()
    {
        Assert.Contains("minstens één vraag", Invulling(new() { ["O1"] = "", ["O8"] = " " }).Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void De_score_per_thema_is_het_gemiddelde_van_de_beantwoorde_gesloten_vragen()
    {
        var invulling = Invulling(new()
        {
            ["O1"] = "5", ["O2"] = "4", ["O3"] = "", // duidelijkheid: O3 overgeslagen
            ["O6"] = "2",                           // rust
            ["O8"] = "Eindelijk één aanspreekpunt", // open, telt niet mee
            ["O9"] = "Minder afspraken graag",
        }).Waarde!;

        Assert.Equal(4.5, invulling.Score(OudersV1, Thema.Duidelijkheid));
        Assert.Equal(2.0, invulling.Score(OudersV1, Thema.Rust));
        Assert.Null(invulling.Score(OudersV1, Thema.Continuiteit));
        Assert.Equal(5, invulling.Antwoorden.Count);
        Assert.Equal("Eindelijk één aanspreekpunt", invulling.Antwoorden.Single(a => a.ItemCode == "O8").Tekst);
    }

    [Fact]
    public void Een_invulling_bewaart_alleen_maand_en_filters_van_het_aanbod_en_geen_casus()
    {
        var casus = Leeg();
        var aanbod = Vragenlijstaanbod.VoorOuder(Guid.NewGuid(), OudersV1, casus, Vragenlijstaanbod.MomentAfsluiten(casus.Id), Nu);

        var invulling = VragenlijstInvulling.Maak(aanbod, OudersV1, new Dictionary<string, string?> { ["O1"] = "4" }, [], Nu).Waarde!;

        Assert.Equal(new DateOnly(Nu.Year, Nu.Month, 1), invulling.Maand);
        Assert.Equal(casus.GemeenteId, invulling.GemeenteId);
        Assert.Equal(casus.Indicaties, invulling.Indicaties);
        Assert.NotEqual(aanbod.Id, invulling.Id);
        Assert.DoesNotContain(typeof(VragenlijstInvulling).GetProperties(),
            p => p.Name is "CasusId" or "GebruikerId" or "BetrokkeneId" or "AanbodId" or "IngevuldOp");
    }

    [Theory]
    [InlineData("Fijn dat Sanne er was", "Sanne")]
    [InlineData("de heer de vries belde niet terug", "vries")]
    [InlineData("Ellen heeft veel geholpen", "Ellen")]
    [InlineData("Tukker-familie is geholpen", "Tukker")]
    [InlineData("Gesprek met Jose ging goed", "Jose")]
    public void Een_open_antwoord_met_de_naam_van_een_betrokkene_wordt_geweigerd(string tekst, string gevonden)
    {
        var fout = Invulling(new() { ["O8"] = tekst }, ["Sanne de Vries", "Ellen Tukker", "José"]);

        Assert.True(fout.IsFout);
        Assert.Equal("O8", fout.Veld);
        Assert.Contains($"\"{gevonden}\"", fout.Melding, StringComparison.Ordinal);
        Assert.Contains("Laat namen weg", fout.Melding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Het ging van de ene naar de andere hulpverlener")]
    [InlineData("De vrieskist is kapot")]
    [InlineData("Sannes moeder")] // another word: not a name as typed
    public void Een_open_antwoord_zonder_namen_wordt_bewaard(string tekst)
    {
        Assert.True(Invulling(new() { ["O8"] = tekst }, ["Sanne de Vries", "Ellen Tukker"]).Gelukt);
    }

    [Fact]
    public void Een_nieuwe_versie_van_een_lijst_houdt_zich_aan_de_grenzen()
    {
        var meer = Items(gesloten: 8, open: 3);

        var teVeel = Vragenlijstversie.Volgende(OudersV1, meer, "Regiocoördinator", Nu);
        var goed = Vragenlijstversie.Volgende(OudersV1, Items(gesloten: 7, open: 3), "Regiocoördinator", Nu);

        Assert.Contains("1 tot 10 vragen", teVeel.Melding, StringComparison.Ordinal);
        Assert.Equal(2, goed.Waarde!.Volgnummer);
        Assert.Equal(Doelgroep.Ouders, goed.Waarde.Doelgroep);
    }

    [Fact]
    public void Een_aanbod_wordt_een_keer_ingevuld()
    {
        var casus = Leeg();
        var aanbod = Vragenlijstaanbod.VoorOuder(Guid.NewGuid(), OudersV1, casus, Vragenlijstaanbod.MomentAfsluiten(casus.Id), Nu);

        Assert.True(aanbod.MarkeerIngevuld());
        Assert.False(aanbod.MarkeerIngevuld());
        Assert.False(aanbod.ZieAf());
    }

    private static readonly Vragenlijstversie OudersV1 = Vragenlijstversie.Eerste(Doelgroep.Ouders, Nu);

    private static Uitkomst<VragenlijstInvulling> Invulling(Dictionary<string, string?> invoer, string[]? namen = null)
    {
        var casus = Leeg();
        var aanbod = Vragenlijstaanbod.VoorOuder(Guid.NewGuid(), OudersV1, casus, Vragenlijstaanbod.MomentAfsluiten(casus.Id), Nu);
        return VragenlijstInvulling.Maak(aanbod, OudersV1, invoer, namen ?? [], Nu);
    }

    private static List<VragenlijstItem> Items(int gesloten, int open) =>
        Enumerable.Range(1, gesloten).Select(i => new VragenlijstItem($"G{i}", $"Gesloten vraag {i}", Thema.Rust, false))
            .Concat(Enumerable.Range(1, open).Select(i => new VragenlijstItem($"X{i}", $"Open vraag {i}", Thema.Rust, true)))
            .ToList();
}
