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
}
