using System.Globalization;
using System.Text;

namespace Regie.Belasting;

/// <summary>Markdown tables, the results folder and the closing line of each command.</summary>
public static class Rapport
{
    /// <summary>The 1-minute load average: the machine is shared, so every figure says how busy it was.</summary>
    public static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    public static string Machine(string loadVoor) =>
        $"{DateTime.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {loadVoor} bij de start en {Load()} aan het eind";

    public static string Tabel(IEnumerable<Rij> rijen)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| pagina | SQL per view | req/s | p50 ms | p99 ms | fouten | /health/live req/s | live ÷ pagina | minimale pagina req/s | minimaal ÷ pagina |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rijen)
        {
            var min = r.Minimaal;
            sb.Append(CultureInfo.InvariantCulture,
                $"| {r.Pagina.Naam}{(r.Pagina.IsOpslag ? $" ({r.Verbindingen} lussen)" : "")} | {r.Statements?.ToString(CultureInfo.InvariantCulture) ?? "–"} | {Meten.Getal(r.Meting.PerSeconde)} | {Meten.Getal(r.Meting.P50Ms)} | {Meten.Getal(r.Meting.P99Ms)} | {r.Meting.Fouten} ");
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {Meten.Getal(r.Live.PerSeconde)} | {Verhouding(r.Live, r.Meting)} | {(min is null ? "–" : Meten.Getal(min.PerSeconde))} | {(min is null ? "–" : Verhouding(min, r.Meting))} |");
        }
        return sb.ToString();
    }

    public static string Verhouding(Meting vloer, Meting pagina) =>
        pagina.PerSeconde > 0 ? (vloer.PerSeconde / pagina.PerSeconde).ToString("0.0", CultureInfo.InvariantCulture) : "–";

    public static void Schrijf(string bestand, string tekst)
    {
        Directory.CreateDirectory(Repo.Resultaten);
        var pad = Path.Combine(Repo.Resultaten, bestand);
        File.WriteAllText(pad, tekst);
        Console.WriteLine();
        Console.WriteLine(tekst);
        Console.WriteLine($"(ook in {Path.GetRelativePath(Repo.Map, pad)})");
    }

    /// <summary>Prints every failure and one closing line; the exit code is 1 when anything failed.</summary>
    public static int Uitslag(string opdracht, IReadOnlyList<string> fouten)
    {
        Console.WriteLine();
        foreach (var f in fouten) Console.WriteLine($"MISLUKT: {f}");
        Console.WriteLine(fouten.Count == 0 ? $"{opdracht}: alle controles geslaagd." : $"{opdracht}: {fouten.Count} controle(s) MISLUKT.");
        return fouten.Count == 0 ? 0 : 1;
    }
}
