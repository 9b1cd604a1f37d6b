using System.Globalization;

namespace Regie.Belasting;

/// <summary>The command line: <c>meten|schalen|storing|duurtest [--database groot|pad] [--duur s] [--minuten m]</c>.</summary>
public sealed record Opties(string Opdracht, string? Database, int Duur, double Minuten)
{
    public const string Gebruik = """
        Gebruik: dotnet run -c Release --project benchmarks/Regie.Belasting -- <opdracht> [opties]
          meten     [--database groot|pad] [--duur 15]   elke pagina naast /health/live en de minimale pagina (wrk)
          schalen   [--database groot|pad] [--duur 15]   twee instanties achter nginx, naast één instantie direct
          storing   [--database groot|pad]               PostgreSQL 10 s weg en één instantie gedood, onder belasting
          duurtest  [--database groot|pad] [--minuten 10] 64 verbindingen, lezen en opslaan door elkaar
          regio     [--database groot|pad] [--duur 15]   dashboard en export van de regiocoördinator naast het casusoverzicht
        Zonder --database: een vers tijdelijk cluster met de demodata van de app.
        """;

    /// <summary>Short name for reports: "demo" or the folder name of the database.</summary>
    public string DatabaseNaam => Database is null ? "demo" : Path.GetFileName(Path.TrimEndingDirectorySeparator(Database));

    public static Opties? Lees(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("meten" or "schalen" or "storing" or "duurtest" or "regio")) return null;
        string? database = null;
        var duur = 15;
        var minuten = 10.0;
        for (var i = 1; i < args.Length; i++)
        {
            var waarde = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--database" when waarde is not null: database = waarde; i++; break;
                case "--duur" when int.TryParse(waarde, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 300: duur = d; i++; break;
                case "--minuten" when double.TryParse(waarde, CultureInfo.InvariantCulture, out var m) && m is > 0 and <= 60: minuten = m; i++; break;
                default: return null;
            }
        }
        return new Opties(args[0], database, duur, minuten);
    }
}

/// <summary>Where things are: the checkout (found from the working folder upwards) and its parts.</summary>
public static class Repo
{
    public static string Map { get; } = Zoek();

    public static string AppMap => Path.Combine(Map, "src", "Regie.Web");

    public static string AppDll => Path.Combine(AppMap, "bin", "Release", "net10.0", "Regie.Web.dll");

    public static string Resultaten => Path.Combine(Map, "benchmarks", "Regie.Belasting", "resultaten");

    private static string Zoek()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var map = new DirectoryInfo(start); map is not null; map = map.Parent)
                if (File.Exists(Path.Combine(map.FullName, "Regie.sln"))) return map.FullName;
        }
        throw new InvalidOperationException("Regie.sln niet gevonden: start vanuit de repository.");
    }
}
