using Regie.Domain.Regio;

namespace Regie.Domain.Tests.Regio;

/// <summary>Someone who reads a suppressed table and tries to work out a hidden count: line by line (a total minus the
/// shown cells, knowing that hidden cells are at least 1 unless they are 0), and by combining all rows and columns.</summary>
internal static class Aanvaller
{
    /// <summary>The extended table: the inner cells with the row totals as the last column and the column totals as the
    /// last row, as the original counts.</summary>
    public static int[,] MetTotalen(int[,] aantallen)
    {
        int r = aantallen.GetLength(0), k = aantallen.GetLength(1);
        var t = new int[r + 1, k + 1];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < k; j++)
            {
                t[i, j] = aantallen[i, j];
                t[i, k] += aantallen[i, j];
                t[r, j] += aantallen[i, j];
                t[r, k] += aantallen[i, j];
            }
        }
        return t;
    }

    /// <summary>The lines of the extended table, each as its cells with its total last.</summary>
    public static IEnumerable<(int Rij, int Kolom)[]> Lijnen(int rijen, int kolommen) =>
        Enumerable.Range(0, rijen + 1).Select(i => Enumerable.Range(0, kolommen + 1).Select(j => (i, j)).ToArray())
            .Concat(Enumerable.Range(0, kolommen + 1).Select(j => Enumerable.Range(0, rijen + 1).Select(i => (i, j)).ToArray()));

    /// <summary>Hidden cells one line gives away: the only hidden cell of a line, or a hidden cell whose largest possible
    /// value (the line's hidden sum minus the least the others can be) is its least possible value.</summary>
    public static List<(int Rij, int Kolom)> PerLijnTeBerekenen(int[,] aantallen, OnderdrukteTabel tabel)
    {
        var echt = MetTotalen(aantallen);
        var gevonden = new List<(int, int)>();
        foreach (var lijn in Lijnen(tabel.Rijen, tabel.Kolommen))
        {
            var verborgen = lijn.Where(c => tabel.Uitgebreid(c.Rij, c.Kolom).Verborgen).ToList();
            if (verborgen.Count == 1) { gevonden.Add(verborgen[0]); continue; }
            var totaal = tabel.Uitgebreid(lijn[^1].Rij, lijn[^1].Kolom);
            if (verborgen.Count == 0 || totaal.Verborgen) continue;

            var verborgenSom = totaal.Waarde!.Value - lijn[..^1].Sum(c => tabel.Uitgebreid(c.Rij, c.Kolom).Waarde ?? 0);
            int Minst((int Rij, int Kolom) c) => Math.Min(1, echt[c.Rij, c.Kolom]);
            foreach (var cel in verborgen)
            {
                var hoogst = verborgenSom - verborgen.Where(c => c != cel).Sum(Minst);
                if (hoogst == Minst(cel)) gevonden.Add(cel);
            }
        }
        return gevonden;
    }

    /// <summary>Hidden cells that all the rows and columns together fix: the cell's unit vector lies in the span of the
    /// line equations over the hidden cells (Gaussian elimination).</summary>
    public static List<(int Rij, int Kolom)> SamenTeBerekenen(OnderdrukteTabel tabel)
    {
        var verborgen = new List<(int Rij, int Kolom)>();
        for (var i = 0; i <= tabel.Rijen; i++)
        {
            for (var j = 0; j <= tabel.Kolommen; j++)
            {
                if (tabel.Uitgebreid(i, j).Verborgen) verborgen.Add((i, j));
            }
        }
        // A line says: its cells minus its total are 0. Only the hidden cells are unknowns.
        var vergelijkingen = Lijnen(tabel.Rijen, tabel.Kolommen)
            .Select(lijn => verborgen.Select(v => lijn.Contains(v) ? (v == lijn[^1] ? -1.0 : 1.0) : 0.0).ToArray())
            .ToList();
        var rang = Rang(vergelijkingen);
        return [.. verborgen.Where((v, n) =>
        {
            var eenheid = new double[verborgen.Count];
            eenheid[n] = 1;
            return Rang([.. vergelijkingen, eenheid]) == rang;
        })];
    }

    private static int Rang(List<double[]> rijen)
    {
        var m = rijen.Select(r => (double[])r.Clone()).ToList();
        var rang = 0;
        for (var kolom = 0; kolom < (m.Count == 0 ? 0 : m[0].Length) && rang < m.Count; kolom++)
        {
            var spil = Enumerable.Range(rang, m.Count - rang).OrderByDescending(i => Math.Abs(m[i][kolom])).First();
            if (Math.Abs(m[spil][kolom]) < 1e-9) continue;
            (m[rang], m[spil]) = (m[spil], m[rang]);
            for (var i = 0; i < m.Count; i++)
            {
                if (i == rang) continue;
                var factor = m[i][kolom] / m[rang][kolom];
                for (var j = kolom; j < m[i].Length; j++) m[i][j] -= factor * m[rang][j];
            }
            rang++;
        }
        return rang;
    }
}
