using System.Globalization;

namespace Regie.Datagenerator;

/// <summary>The command line: <c>--map</c> (cluster folder), <c>--casussen</c>, <c>--logboek</c>, <c>--poort</c>, <c>--opnieuw</c>.</summary>
public sealed record Opties(string Map, int Casussen, long Logboekregels, int Poort, bool Opnieuw, int Zaad)
{
    public const string Gebruik =
        "Gebruik: dotnet run -c Release --project benchmarks/Regie.Datagenerator -- [--map benchmarks/.data/groot] "
        + "[--casussen 100000] [--logboek <regels, standaard 100 per casus>] [--poort 5111] [--zaad 2026] [--opnieuw]";

    public static Opties Lees(string[] args, string wortel)
    {
        var map = Path.Combine(wortel, "benchmarks", ".data", "groot");
        int casussen = 100_000, poort = 5111, zaad = 2026;
        long? logboek = null;
        var opnieuw = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Waarde() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} mist een waarde.");
            switch (args[i])
            {
                case "--map": map = Path.GetFullPath(Waarde()); break;
                case "--casussen": casussen = int.Parse(Waarde(), CultureInfo.InvariantCulture); break;
                case "--logboek": logboek = long.Parse(Waarde(), CultureInfo.InvariantCulture); break;
                case "--poort": poort = int.Parse(Waarde(), CultureInfo.InvariantCulture); break;
                case "--zaad": zaad = int.Parse(Waarde(), CultureInfo.InvariantCulture); break;
                case "--opnieuw": opnieuw = true; break;
                default: throw new ArgumentException($"Onbekende optie {args[i]}.");
            }
        }
        if (casussen is < 1 or > 1_000_000) throw new ArgumentException("--casussen ligt tussen 1 en 1.000.000.");
        // 100 lines per casus: 10 million for the full 100,000.
        return new Opties(map, casussen, logboek ?? casussen * 100L, poort, opnieuw, zaad);
    }
}
