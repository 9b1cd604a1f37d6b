namespace Regie.Domain.Regio;

/// <summary>The counts of one table or list as lines that add up: every line is some cells plus its total (the last).
/// A table's totals are cells too, in an extra row and column, so a hidden total gets the same protection.</summary>
internal sealed class Rooster
{
    private readonly int[] _waarden;
    private readonly Onderdrukkingsreden[] _reden;
    private readonly int[][] _lijnen;
    private readonly int[][] _lijnenVanCel;

    // Set for a table only: the cross structure that the loop check needs.
    private readonly int _rijen = -1;
    private readonly int _kolommen = -1;

    private Rooster(int[] waarden, int[][] lijnen, int rijen = -1, int kolommen = -1)
    {
        _waarden = waarden;
        _reden = new Onderdrukkingsreden[waarden.Length];
        _lijnen = lijnen;
        _lijnenVanCel = [.. Enumerable.Range(0, waarden.Length)
            .Select(cel => Enumerable.Range(0, lijnen.Length).Where(l => lijnen[l].Contains(cel)).ToArray())];
        _rijen = rijen;
        _kolommen = kolommen;
    }

    public static Rooster VoorLijst(IReadOnlyList<int> aantallen)
    {
        if (aantallen.Any(a => a < 0)) throw new ArgumentException("Een aantal is nul of meer.", nameof(aantallen));
        return new([.. aantallen, aantallen.Sum()], [Enumerable.Range(0, aantallen.Count + 1).ToArray()]);
    }

    public static Rooster VoorTabel(int[,] aantallen)
    {
        int r = aantallen.GetLength(0), k = aantallen.GetLength(1), breed = k + 1;
        var waarden = new int[(r + 1) * breed];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var a = aantallen[i, j];
                if (a < 0) throw new ArgumentException("Een aantal is nul of meer.", nameof(aantallen));
                waarden[(i * breed) + j] = a;
                waarden[(i * breed) + k] += a;
                waarden[(r * breed) + j] += a;
                waarden[(r * breed) + k] += a;
            }
        }
        var rijlijnen = Enumerable.Range(0, r + 1).Select(i => Enumerable.Range(0, breed).Select(j => (i * breed) + j).ToArray());
        var kolomlijnen = Enumerable.Range(0, breed).Select(j => Enumerable.Range(0, r + 1).Select(i => (i * breed) + j).ToArray());
        return new(waarden, [.. rijlijnen, .. kolomlijnen], r, k);
    }

    public int[] Waarden => _waarden;

    public Cijfer[] Cijfers(int minimum) =>
        [.. _waarden.Select((w, i) => new Cijfer(_reden[i] == Onderdrukkingsreden.Getoond ? w : null, _reden[i], minimum))];

    /// <param name="ouders">The same counts, cell by cell, under each wider filter (one choice of the filter left out).</param>
    public void Onderdruk(int minimum, IEnumerable<Rooster> ouders)
    {
        for (var cel = 0; cel < _waarden.Length; cel++)
        {
            if (KleineAantallen.IsKlein(_waarden[cel], minimum)) _reden[cel] = Onderdrukkingsreden.Primair;
        }
        foreach (var ouder in ouders)
        {
            if (ouder._waarden.Length != _waarden.Length) throw new ArgumentException("De bredere telling heeft een andere vorm.", nameof(ouders));
            for (var cel = 0; cel < _waarden.Length; cel++)
            {
                var rest = ouder._waarden[cel] - _waarden[cel];
                if (rest < 0) throw new ArgumentException("De bredere telling is kleiner dan de gefilterde.", nameof(ouders));
                // A zero here says nothing the wider view does not show already (its cell is then the rest itself).
                if (_reden[cel] == Onderdrukkingsreden.Getoond && _waarden[cel] > 0 && KleineAantallen.IsKlein(rest, minimum))
                    _reden[cel] = Onderdrukkingsreden.Verschil;
            }
        }
        // Rows and columns interact: a cell hidden for its row can leave its column with one hidden cell, so go round until
        // nothing changes. Each round hides one more cell, so this ends.
        while (BeschermEenLijn(minimum) || (_rijen >= 0 && SluitEenLus()))
        {
        }
    }

    private bool IsVerborgen(int cel) => _reden[cel] != Onderdrukkingsreden.Getoond;

    /// <summary>Hides one more cell in the first line whose hidden cells could be worked out from what it shows.</summary>
    private bool BeschermEenLijn(int minimum)
    {
        for (var l = 0; l < _lijnen.Length; l++)
        {
            if (!IsVeilig(_lijnen[l], minimum))
            {
                Verberg(KiesAanvulling(_lijnen[l], l));
                return true;
            }
        }
        return false;
    }

    /// <summary>A line is safe when it hides nothing, or at least two cells and then, if its total is shown, the hidden
    /// cells hold together at least the minimum and more than one each: a hidden group is never itself a small number,
    /// and hidden cells that must all be 1 are not hidden.</summary>
    private bool IsVeilig(int[] lijn, int minimum)
    {
        var verborgen = lijn.Count(IsVerborgen);
        if (verborgen == 0) return true;
        if (verborgen == 1) return false;
        if (IsVerborgen(lijn[^1])) return true;
        var samen = lijn[..^1].Where(IsVerborgen).Sum(c => _waarden[c]);
        return samen >= minimum && samen > verborgen && KleineBlijvenOnbepaald(lijn, samen, minimum);
    }

    /// <summary>A page shows a small count as "&lt; 5", so a reader knows it lies between 1 and the minimum minus one, and
    /// that every other hidden count is 0 or at least the minimum. With the hidden sum of the line known, each small count
    /// must still have at least two possible values (a "&lt; 5" and a "verborgen" that add up to 6 are 1 and 5).</summary>
    private bool KleineBlijvenOnbepaald(int[] lijn, int samen, int minimum)
    {
        var kleine = lijn[..^1].Count(c => _reden[c] == Onderdrukkingsreden.Primair);
        var andere = lijn[..^1].Count(c => IsVerborgen(c) && _reden[c] != Onderdrukkingsreden.Primair);
        if (kleine == 0) return true;
        var mogelijk = Enumerable.Range(1, minimum - 1).Count(v => Kan(samen - v, kleine - 1, andere > 0, minimum));
        return mogelijk >= 2;
    }

    /// <summary>Whether <paramref name="rest"/> can be made of <paramref name="kleine"/> counts of 1 to minimum minus one
    /// plus (when there are any) other hidden counts of 0 or at least the minimum.</summary>
    private static bool Kan(int rest, int kleine, bool andere, int minimum)
    {
        var laagst = kleine;
        var hoogst = kleine * (minimum - 1);
        if (rest >= laagst && rest <= hoogst) return true;
        return andere && rest - laagst >= minimum;
    }

    /// <summary>The next smallest shown cell of the line, not zero; among equals one whose other line already hides a cell
    /// (that closes a loop, so fewer cells follow). The line's total only when no cell is left, a zero only as a last resort.</summary>
    private int KiesAanvulling(int[] lijn, int lijnnummer)
    {
        var getoond = lijn[..^1].Where(c => !IsVerborgen(c)).ToList();
        var kandidaten = getoond.Where(c => _waarden[c] > 0).ToList();
        if (kandidaten.Count == 0 && !IsVerborgen(lijn[^1]) && _waarden[lijn[^1]] > 0) return lijn[^1];
        if (kandidaten.Count == 0) kandidaten = getoond;
        if (kandidaten.Count == 0) throw new InvalidOperationException("Geen cel over om te verbergen; dit is een fout in de onderdrukking.");
        return kandidaten
            .OrderBy(c => _waarden[c])
            .ThenByDescending(c => _lijnenVanCel[c].Count(l => l != lijnnummer && _lijnen[l].Any(IsVerborgen)))
            .ThenBy(c => c)
            .First();
    }

    private void Verberg(int cel) => _reden[cel] = Onderdrukkingsreden.Secundair;

    /// <summary>Rows and columns together: a hidden cell can be worked out by combining lines exactly when it lies on no
    /// closed loop of hidden cells (a loop lets every other cell go one up and the rest one down with all totals unchanged).
    /// Finds one such cell and hides the smallest shown cell that closes a loop through it.</summary>
    private bool SluitEenLus()
    {
        for (var cel = 0; cel < _waarden.Length; cel++)
        {
            if (!IsVerborgen(cel)) continue;
            var (rij, kolom) = (cel / (_kolommen + 1), cel % (_kolommen + 1));
            var vanRij = Bereikbaar(rij, cel);
            if (vanRij[_rijen + 1 + kolom]) continue;

            // A shown cell from the rij's side to the kolom's side closes a loop through this one.
            var vanKolom = Bereikbaar(_rijen + 1 + kolom, cel);
            bool Verbindt(int r, int k) => (vanRij[r] && vanKolom[k]) || (vanKolom[r] && vanRij[k]);
            var kandidaten = Enumerable.Range(0, _waarden.Length)
                .Where(c => !IsVerborgen(c) && Verbindt(c / (_kolommen + 1), _rijen + 1 + (c % (_kolommen + 1))))
                .ToList();
            if (kandidaten.Count == 0) throw new InvalidOperationException("Geen lus te sluiten; dit is een fout in de onderdrukking.");
            Verberg(kandidaten.OrderBy(c => _waarden[c] == 0).ThenBy(c => _waarden[c]).ThenBy(c => c).First());
            return true;
        }
        return false;
    }

    /// <summary>The lines (a row is its index, a column the number of rows plus one plus its index) that hidden cells
    /// other than <paramref name="zonder"/> connect to the line <paramref name="start"/>.</summary>
    private bool[] Bereikbaar(int start, int zonder)
    {
        var breed = _kolommen + 1;
        var bereikt = new bool[_rijen + 1 + breed];
        var wachtrij = new Queue<int>([start]);
        bereikt[start] = true;
        while (wachtrij.Count > 0)
        {
            var punt = wachtrij.Dequeue();
            var cellen = punt <= _rijen
                ? Enumerable.Range(0, breed).Select(j => (punt * breed) + j)
                : Enumerable.Range(0, _rijen + 1).Select(i => (i * breed) + (punt - _rijen - 1));
            foreach (var c in cellen.Where(c => c != zonder && IsVerborgen(c)))
            {
                var ander = punt <= _rijen ? _rijen + 1 + (c % breed) : c / breed;
                if (bereikt[ander]) continue;
                bereikt[ander] = true;
                wachtrij.Enqueue(ander);
            }
        }
        return bereikt;
    }
}
