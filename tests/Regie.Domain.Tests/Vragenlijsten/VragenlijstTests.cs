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
        var fout = Assert.Throws<DomeinException>(() => Invulling(new() { ["O1"] = score }));

        Assert.Contains("Ik weet wie wat doet voor ons gezin.", fout.Message, StringComparison.Ordinal);
        Assert.Contains("1 tot en met 5", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_vraag_die_niet_bij_de_lijst_hoort_wordt_geweigerd()
    {
        Assert.Throws<DomeinException>(() => Invulling(new() { ["P1"] = "3" }));
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
        });

        Assert.Equal(4.5, invulling.Score(Thema.Duidelijkheid));
        Assert.Equal(2.0, invulling.Score(Thema.Rust));
        Assert.Null(invulling.Score(Thema.Continuiteit));
        Assert.Equal(5, invulling.Antwoorden.Count);
        Assert.Equal("Eindelijk één aanspreekpunt", invulling.Antwoorden.Single(a => a.ItemCode == "O8").Tekst);
    }

    [Fact]
    public void Scores_van_professionals_worden_per_thema_gemiddeld()
    {
        var invulling = new VragenlijstInvulling(Guid.NewGuid(), VragenlijstDefinitie.Professionals,
            new Dictionary<string, string?> { ["P8"] = "1", ["P9"] = "2", ["P10"] = "3", ["P11"] = "4" }, Nu);

        Assert.Equal(2.5, invulling.Score(Thema.Continuiteit));
        Assert.Equal(Doelgroep.Professionals, invulling.Doelgroep);
    }

    private static VragenlijstInvulling Invulling(Dictionary<string, string?> invoer) =>
        new(Guid.NewGuid(), VragenlijstDefinitie.Ouders, invoer, Nu);

    private static List<VragenlijstItem> Items(int gesloten, int open) =>
        Enumerable.Range(1, gesloten).Select(i => new VragenlijstItem($"G{i}", $"Gesloten vraag {i}", Thema.Rust, false))
            .Concat(Enumerable.Range(1, open).Select(i => new VragenlijstItem($"X{i}", $"Open vraag {i}", Thema.Rust, true)))
            .ToList();
}
