using Regie.Domain.Regio;

namespace Regie.Domain.Tests.Regio;

public sealed class KleineAantallenTests
{
    private const int Minimum = KleineAantallen.StandaardMinimum;

    [Fact]
    public void Aantallen_van_1_tot_het_minimum_zijn_primair_verborgen_en_nul_wordt_getoond()
    {
        var lijst = KleineAantallen.Onderdruk([0, 1, 4, 5, 30, 30], Minimum);

        Assert.Equal(new Cijfer(0, Onderdrukkingsreden.Getoond), lijst.Cellen[0]);
        Assert.Equal(Onderdrukkingsreden.Primair, lijst.Cellen[1].Reden);
        Assert.Equal(Onderdrukkingsreden.Primair, lijst.Cellen[2].Reden);
        Assert.Null(lijst.Cellen[1].Waarde);
        Assert.Equal("< 5", lijst.Cellen[2].Tekst);
        Assert.Equal(5, lijst.Cellen[3].Waarde);
        Assert.Equal(70, lijst.Totaal.Waarde);
    }

    [Fact]
    public void Een_rij_met_een_klein_aantal_krijgt_het_volgende_kleinste_aantal_erbij_verborgen()
    {
        var lijst = KleineAantallen.Onderdruk([9, 2, 7, 20], Minimum);

        Assert.Equal(Onderdrukkingsreden.Primair, lijst.Cellen[1].Reden);
        Assert.Equal(Onderdrukkingsreden.Secundair, lijst.Cellen[2].Reden);
        Assert.Equal([9, null, null, 20], lijst.Cellen.Select(c => c.Waarde));
        Assert.Equal(38, lijst.Totaal.Waarde);
        // The small one reads "< 5", the one hidden to protect it "verborgen": "< 5" on a 7 would be untrue.
        Assert.Equal(["9", "< 5", "verborgen", "20"], lijst.Cellen.Select(c => c.Tekst));
    }

    [Fact]
    public void Een_klein_aantal_met_een_verborgen_aantal_dat_samen_zes_is_krijgt_een_derde_erbij()
    {
        // "< 5" is 1 to 4 and "verborgen" is 0 or at least 5, so a hidden 1 and 5 (together 6 by the total) are both fixed.
        var lijst = KleineAantallen.Onderdruk([1, 5, 30, 40], Minimum);

        Assert.Equal(Onderdrukkingsreden.Primair, lijst.Cellen[0].Reden);
        Assert.Equal(Onderdrukkingsreden.Secundair, lijst.Cellen[1].Reden);
        Assert.Equal(Onderdrukkingsreden.Secundair, lijst.Cellen[2].Reden);
        Assert.Equal(40, lijst.Cellen[3].Waarde);
    }

    [Fact]
    public void Een_cel_die_onder_een_breder_filter_maar_een_klein_aantal_groter_is_wordt_verborgen()
    {
        // Gemeente X per maatregel, and the same under "OTS" only: OTS 21 of 23 geopend would give the 2 others back.
        int[] breed = [23, 40, 12];
        int[] ots = [21, 30, 12];

        var lijst = KleineAantallen.Onderdruk(ots, Minimum, breed);

        Assert.Equal(Onderdrukkingsreden.Verschil, lijst.Cellen[0].Reden);
        Assert.Equal("verborgen", lijst.Cellen[0].Tekst);
        // Gelijk (12 = 12) verraadt niets: het verschil is 0. De rij beschermt zich daarna zoals altijd.
        Assert.Equal(2, lijst.Cellen.Count(c => c.Verborgen));
        var totaal = lijst.Totaal.Waarde ?? 0;
        Assert.True(lijst.Totaal.Verborgen || totaal == 63);
        foreach (var (cel, i) in lijst.Cellen.Select((c, i) => (c, i)))
        {
            if (cel.Waarde is { } getoond) Assert.False(KleineAantallen.IsKlein(breed[i] - getoond, Minimum));
        }
    }

    [Fact]
    public void Een_verschil_in_het_totaal_wordt_ook_verborgen()
    {
        // Every cell differs by 5 or more, the totals by 3: the total goes, and then one cell with it.
        var lijst = KleineAantallen.Onderdruk([20, 30], Minimum, [20, 33]);

        Assert.Equal(Onderdrukkingsreden.Verschil, lijst.Totaal.Reden);
        Assert.Equal(Onderdrukkingsreden.Verschil, lijst.Cellen[1].Reden);
        Assert.Equal(20, lijst.Cellen[0].Waarde);
    }

    [Fact]
    public void Een_tabel_met_een_breder_filter_verbergt_de_verschillen_en_houdt_de_lussen_dicht()
    {
        int[,] breed = { { 20, 25, 40 }, { 20, 25, 30 } };
        int[,] gefilterd = { { 18, 25, 40 }, { 20, 25, 30 } };

        var uit = KleineAantallen.Onderdruk(gefilterd, Minimum, breed);

        Assert.Equal(Onderdrukkingsreden.Verschil, uit.Cel(0, 0).Reden);
        Assert.Empty(Aanvaller.PerLijnTeBerekenen(gefilterd, uit));
        Assert.Empty(Aanvaller.SamenTeBerekenen(uit));
    }

    [Fact]
    public void Een_bredere_telling_van_een_andere_vorm_of_kleiner_dan_de_gefilterde_is_een_fout()
    {
        Assert.Throws<ArgumentException>(() => KleineAantallen.Onderdruk([5, 6], Minimum, [5, 6, 7]));
        Assert.Throws<ArgumentException>(() => KleineAantallen.Onderdruk([5, 6], Minimum, [5, 5]));
    }

    [Fact]
    public void Losse_aantallen_worden_elk_apart_beschermd()
    {
        var uit = KleineAantallen.OnderdrukLos([3, 20, 30, 0], Minimum, [3, 22, 40, 2]);

        Assert.Equal(["< 5", "verborgen", "30", "0"], uit.Select(c => c.Tekst));
    }

    [Fact]
    public void Verborgen_cellen_die_samen_een_klein_aantal_zijn_krijgen_een_derde_erbij()
    {
        // 1 and 1 hidden next to a shown total of 32 and a shown 30 would give both back: each must be 1.
        var lijst = KleineAantallen.Onderdruk([1, 30, 1], Minimum);

        Assert.All(lijst.Cellen, c => Assert.True(c.Verborgen));
        Assert.Equal(32, lijst.Totaal.Waarde);
    }

    [Fact]
    public void Vijf_verborgen_enen_met_een_getoond_totaal_krijgen_een_groter_aantal_erbij()
    {
        var lijst = KleineAantallen.Onderdruk([1, 1, 1, 1, 1, 40], Minimum);

        Assert.Equal(Onderdrukkingsreden.Secundair, lijst.Cellen[5].Reden);
    }

    [Fact]
    public void Een_klein_totaal_van_een_lijst_is_zelf_verborgen()
    {
        var lijst = KleineAantallen.Onderdruk([0, 3, 0], Minimum);

        Assert.Equal(Onderdrukkingsreden.Primair, lijst.Totaal.Reden);
        Assert.Equal(Onderdrukkingsreden.Primair, lijst.Cellen[1].Reden);
        Assert.Equal([0, null, 0], lijst.Cellen.Select(c => c.Waarde));
    }

    [Fact]
    public void Als_naast_de_verborgen_enen_alleen_nullen_staan_wordt_het_totaal_verborgen()
    {
        // Five hidden 1s next to a shown total of 5 and shown zeros would each be 1; no other count is left to hide.
        var lijst = KleineAantallen.Onderdruk([1, 1, 0, 1, 1, 1], Minimum);

        Assert.Equal(Onderdrukkingsreden.Secundair, lijst.Totaal.Reden);
        Assert.Equal(0, lijst.Cellen[2].Waarde);
    }

    [Fact]
    public void In_een_tabel_vormen_het_kleine_aantal_en_de_aanvullingen_een_gesloten_rechthoek()
    {
        int[,] tabel = { { 3, 8, 40 }, { 20, 25, 30 }, { 15, 18, 22 } };

        var uit = KleineAantallen.Onderdruk(tabel, Minimum);

        Assert.Equal(Onderdrukkingsreden.Primair, uit.Cel(0, 0).Reden);
        var secundair = Verborgen(uit).Where(c => uit.Uitgebreid(c.Rij, c.Kolom).Reden == Onderdrukkingsreden.Secundair);
        Assert.Equal([(0, 1), (2, 0), (2, 1)], secundair);
        Assert.Equal(51, uit.Rijtotaal(0).Waarde);
        Assert.Equal(38, uit.Kolomtotaal(0).Waarde);
        Assert.Equal(181, uit.Eindtotaal.Waarde);
        Assert.Equal(40, uit.Cel(0, 2).Waarde);
    }

    [Fact]
    public void Een_klein_rijtotaal_is_verborgen_en_zijn_kolom_van_totalen_krijgt_een_aanvulling()
    {
        int[,] tabel = { { 1, 2 }, { 20, 30 } };

        var uit = KleineAantallen.Onderdruk(tabel, Minimum);

        Assert.Equal(Onderdrukkingsreden.Primair, uit.Rijtotaal(0).Reden);
        Assert.True(uit.Rijtotaal(1).Verborgen); // else 53 − 50 gives the 3 back
        Assert.Equal([21, 32], new[] { uit.Kolomtotaal(0).Waarde, uit.Kolomtotaal(1).Waarde });
        Assert.Equal(53, uit.Eindtotaal.Waarde);
        Assert.Empty(Aanvaller.PerLijnTeBerekenen(tabel, uit));
        Assert.Empty(Aanvaller.SamenTeBerekenen(uit));
    }

    [Fact]
    public void Een_kolomtotaal_onder_het_minimum_is_verborgen()
    {
        int[,] tabel = { { 2, 10 }, { 0, 12 } };

        var uit = KleineAantallen.Onderdruk(tabel, Minimum);

        Assert.Equal(Onderdrukkingsreden.Primair, uit.Kolomtotaal(0).Reden);
        Assert.Empty(Aanvaller.PerLijnTeBerekenen(tabel, uit));
        Assert.Empty(Aanvaller.SamenTeBerekenen(uit));
    }

    public static TheoryData<int[,]> Handgemaakt() => new()
    {
        { new[,] { { 3, 8, 40 }, { 20, 25, 30 }, { 15, 18, 22 } } },
        { new[,] { { 1, 0, 0, 12 }, { 0, 6, 2, 9 }, { 14, 0, 3, 0 }, { 7, 7, 7, 7 } } },
        { new[,] { { 4 }, { 9 }, { 30 } } },
        { new[,] { { 1, 1, 1 }, { 1, 1, 1 } } },
        { new[,] { { 0, 0 }, { 0, 0 } } },
        { new[,] { { 50, 60 }, { 70, 4 } } },
        // Two separate closed loops joined by one hidden cell: per line everything looks fine, together that cell is fixed.
        { new[,] { { 2, 9, 50, 50, 50, 50 }, { 9, 9, 50, 50, 50, 50 }, { 50, 9, 2, 9, 50, 50 }, { 50, 50, 9, 9, 50, 50 } } },
    };

    [Theory]
    [MemberData(nameof(Handgemaakt))]
    public void In_een_handgemaakte_tabel_is_geen_verborgen_aantal_terug_te_rekenen(int[,] tabel)
    {
        var uit = KleineAantallen.Onderdruk(tabel, Minimum);

        Assert.Empty(Aanvaller.PerLijnTeBerekenen(tabel, uit));
        Assert.Empty(Aanvaller.SamenTeBerekenen(uit));
        AlleKleineAantallenVerborgen(tabel, uit);
    }

    [Fact]
    public void Zonder_iets_kleins_blijft_alles_zichtbaar()
    {
        int[,] tabel = { { 0, 5, 6 }, { 7, 0, 100 } };

        var uit = KleineAantallen.Onderdruk(tabel, Minimum);

        Assert.Empty(Verborgen(uit));
    }

    [Fact]
    public void Het_minimum_komt_van_buiten()
    {
        var lijst = KleineAantallen.Onderdruk([7, 12, 30], 10);
        Assert.Equal(Onderdrukkingsreden.Primair, lijst.Cellen[0].Reden);
        Assert.Equal(Onderdrukkingsreden.Secundair, lijst.Cellen[1].Reden);
    }

    internal static List<(int Rij, int Kolom)> Verborgen(OnderdrukteTabel uit) =>
        [.. from i in Enumerable.Range(0, uit.Rijen + 1)
            from j in Enumerable.Range(0, uit.Kolommen + 1)
            where uit.Uitgebreid(i, j).Verborgen
            select (i, j)];

    internal static void AlleKleineAantallenVerborgen(int[,] tabel, OnderdrukteTabel uit)
    {
        var echt = Aanvaller.MetTotalen(tabel);
        for (var i = 0; i <= uit.Rijen; i++)
        {
            for (var j = 0; j <= uit.Kolommen; j++)
            {
                var cijfer = uit.Uitgebreid(i, j);
                var klein = echt[i, j] is > 0 and < Minimum;
                Assert.Equal(klein, cijfer.Reden == Onderdrukkingsreden.Primair);
                if (!cijfer.Verborgen) Assert.Equal(echt[i, j], cijfer.Waarde);
            }
        }
    }
}
