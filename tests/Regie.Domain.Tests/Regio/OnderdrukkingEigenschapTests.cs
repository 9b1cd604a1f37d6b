using Regie.Domain.Regio;

namespace Regie.Domain.Tests.Regio;

public sealed class OnderdrukkingEigenschapTests
{
    [Fact]
    public void In_500_willekeurige_kleine_tabellen_is_geen_verborgen_aantal_terug_te_rekenen()
    {
        var toeval = new Random(15);
        for (var n = 0; n < 500; n++)
        {
            var tabel = new int[toeval.Next(1, 7), toeval.Next(1, 7)];
            for (var i = 0; i < tabel.GetLength(0); i++)
            {
                for (var j = 0; j < tabel.GetLength(1); j++)
                {
                    // Mostly small counts and zeros, as a gemeente × indicatie table for one month looks.
                    tabel[i, j] = toeval.Next(4) switch { 0 => 0, 1 => toeval.Next(1, 5), 2 => toeval.Next(5, 12), _ => toeval.Next(12, 60) };
                }
            }

            var uit = KleineAantallen.Onderdruk(tabel, KleineAantallen.StandaardMinimum);

            Assert.True(Aanvaller.PerLijnTeBerekenen(tabel, uit).Count == 0, $"tabel {n}: per rij of kolom terug te rekenen");
            Assert.True(Aanvaller.SamenTeBerekenen(uit).Count == 0, $"tabel {n}: met rijen en kolommen samen terug te rekenen");
            KleineAantallenTests.AlleKleineAantallenVerborgen(tabel, uit);
        }
    }

    [Fact]
    public void In_500_willekeurige_lijsten_is_geen_verborgen_aantal_terug_te_rekenen()
    {
        var toeval = new Random(16);
        for (var n = 0; n < 500; n++)
        {
            var aantallen = Enumerable.Range(0, toeval.Next(1, 9))
                .Select(_ => toeval.Next(3) switch { 0 => 0, 1 => toeval.Next(1, 5), _ => toeval.Next(5, 40) })
                .ToArray();
            var tabel = new int[1, aantallen.Length];
            for (var j = 0; j < aantallen.Length; j++) tabel[0, j] = aantallen[j];

            var lijst = KleineAantallen.Onderdruk(aantallen, KleineAantallen.StandaardMinimum);

            // The list read as a one-row table: its row is the only line that adds up.
            var alsTabel = KleineAantallen.Onderdruk(tabel, KleineAantallen.StandaardMinimum);
            var lijn = Aanvaller.Lijnen(1, aantallen.Length).First();
            var verborgen = lijn.Where(c => (c.Kolom < aantallen.Length ? lijst.Cellen[c.Kolom] : lijst.Totaal).Verborgen).ToList();
            Assert.NotEqual(1, verborgen.Count);
            Assert.Equal(aantallen.Count(a => a is > 0 and < 5), lijst.Cellen.Count(c => c.Reden == Onderdrukkingsreden.Primair));
            if (verborgen.Count > 0 && !lijst.Totaal.Verborgen)
            {
                var som = verborgen.Sum(c => aantallen[c.Kolom]);
                Assert.True(som >= KleineAantallen.StandaardMinimum && som > verborgen.Count, $"lijst {n}: verborgen samen {som}");
            }
            Assert.Empty(Aanvaller.SamenTeBerekenen(alsTabel));
        }
    }

    /// <summary>A reader who sees "&lt; 5" (1 to 4) and "verborgen" (0 or at least 5) apart, and the same list under a
    /// wider filter: no small count is fixed by the shown total, and the wider list minus this one is never small where
    /// both are shown.</summary>
    [Fact]
    public void In_500_willekeurige_lijsten_met_een_breder_filter_is_geen_klein_aantal_of_klein_verschil_terug_te_rekenen()
    {
        const int minimum = KleineAantallen.StandaardMinimum;
        var toeval = new Random(17);
        for (var n = 0; n < 500; n++)
        {
            var aantallen = Enumerable.Range(0, toeval.Next(1, 6))
                .Select(_ => toeval.Next(3) switch { 0 => 0, 1 => toeval.Next(1, 5), _ => toeval.Next(5, 30) })
                .ToArray();
            var breed = aantallen.Select(a => a + toeval.Next(3) switch { 0 => 0, 1 => toeval.Next(1, 5), _ => toeval.Next(5, 20) }).ToArray();

            var lijst = KleineAantallen.Onderdruk(aantallen, minimum, breed);

            for (var i = 0; i < aantallen.Length; i++)
            {
                // A shown 0 leaves the wider cell as the difference, and that view protects it itself.
                if (lijst.Cellen[i].Waarde is { } getoond and > 0) Assert.False(KleineAantallen.IsKlein(breed[i] - getoond, minimum), $"lijst {n}: verschil in cel {i}");
            }
            if (lijst.Totaal.Waarde is { } totaal and > 0) Assert.False(KleineAantallen.IsKlein(breed.Sum() - totaal, minimum), $"lijst {n}: verschil in het totaal");
            if (lijst.Totaal.Verborgen) continue;

            // Every way to fill the hidden cells within what their text says, adding up to the shown total.
            var verborgen = Enumerable.Range(0, aantallen.Length).Where(i => lijst.Cellen[i].Verborgen).ToList();
            var som = lijst.Totaal.Waarde!.Value - lijst.Cellen.Sum(c => c.Waarde ?? 0);
            var mogelijk = verborgen.ToDictionary(i => i, _ => new HashSet<int>());
            void Vul(int k, int rest, int[] gekozen)
            {
                if (k == verborgen.Count) { if (rest == 0) for (var j = 0; j < k; j++) mogelijk[verborgen[j]].Add(gekozen[j]); return; }
                var waarden = lijst.Cellen[verborgen[k]].IsKlein ? Enumerable.Range(1, minimum - 1) : Enumerable.Range(0, rest + 1).Where(v => v == 0 || v >= minimum);
                foreach (var v in waarden.Where(v => v <= rest)) { gekozen[k] = v; Vul(k + 1, rest - v, gekozen); }
            }
            Vul(0, som, new int[verborgen.Count]);
            foreach (var i in verborgen.Where(i => lijst.Cellen[i].IsKlein))
                Assert.True(mogelijk[i].Count >= 2, $"lijst {n}: cel {i} is alleen {string.Join(",", mogelijk[i])}");
        }
    }
}
