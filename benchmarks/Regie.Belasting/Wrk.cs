using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Regie.Belasting;

/// <summary>One measurement: requests per second, latency percentiles and errors.</summary>
public sealed record Meting(double PerSeconde, double P50Ms, double P99Ms, long Verzoeken, long Fouten);

/// <summary>wrk from Debian for GETs (2 threads, 32 connections, --latency). A small Lua script counts every answer
/// that is not 200, so a lost session (302 to the login page) or a 503 shows as an error, not as a fast page.</summary>
public static partial class Wrk
{
    private const string Lua = """
        local threads = {}
        function setup(thread) table.insert(threads, thread) end
        function init(args) niet200 = 0 end
        function response(status, headers, body) if status ~= 200 then niet200 = niet200 + 1 end end
        function done(summary, latency, requests)
          local n = 0
          for _, t in ipairs(threads) do n = n + t:get("niet200") end
          io.write(string.format("NIET-200: %d\n", n))
        end
        """;

    private static readonly Lazy<string> Script = new(() =>
    {
        var pad = Path.Combine(Path.GetTempPath(), $"regie-belasting-{Environment.ProcessId}.lua");
        File.WriteAllText(pad, Lua);
        return pad;
    });

    public static async Task<Meting> MeetAsync(Sessie sessie, string pad, int seconden, CancellationToken ct, int verbindingen = 32)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t2", $"-c{verbindingen}", $"-d{seconden}s", "--latency", "-s", Script.Value, "-H", $"Cookie: {sessie.CookieHeader}" })
            start.ArgumentList.Add(a);
        if (sessie.Host is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Host: {sessie.Host}");
        }
        start.ArgumentList.Add(new Uri(sessie.Basis, pad).ToString());
        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEndAsync(ct);
        var fout = proces.StandardError.ReadToEndAsync(ct);
        await proces.WaitForExitAsync(ct);
        var tekst = await uit;
        if (proces.ExitCode != 0) throw new InvalidOperationException($"wrk gaf {proces.ExitCode}: {await fout}{tekst}");
        var socket = SocketFouten().Match(tekst);
        var socketFouten = socket.Success ? Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture)) : 0;
        return new Meting(
            Getal(PerSeconde(), tekst),
            Ms(Percentiel("50"), tekst),
            Ms(Percentiel("99"), tekst),
            (long)Getal(Aantal(), tekst),
            (long)Getal(Niet200(), tekst) + socketFouten);
    }

    private static double Getal(Regex regex, string tekst) =>
        regex.Match(tekst) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"wrk-uitvoer niet begrepen ({regex}):\n{tekst}");

    private static double Ms(Regex regex, string tekst)
    {
        var m = regex.Match(tekst);
        if (!m.Success) throw new InvalidOperationException($"wrk-uitvoer zonder percentiel:\n{tekst}");
        var waarde = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => waarde / 1000, "ms" => waarde, "s" => waarde * 1000, _ => waarde * 60_000 };
    }

    private static Regex Percentiel(string p) => new($@"^\s+{p}%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex PerSeconde();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Aantal();

    [GeneratedRegex(@"NIET-200: (\d+)")]
    private static partial Regex Niet200();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketFouten();

    /// <summary>Installs a Debian package when its command is missing (apt-get update first), as .ci/run does.</summary>
    public static async Task ZorgVoorPakketAsync(string commando, string pakket, CancellationToken ct)
    {
        if (new[] { "/usr/bin", "/usr/sbin", "/usr/local/bin" }.Any(m => File.Exists(Path.Combine(m, commando)))) return;
        Console.WriteLine($"{pakket} installeren (apt-get)…");
        foreach (var argumenten in new[] { new[] { "update", "-q" }, new[] { "install", "-y", "-q", pakket } })
        {
            var start = new ProcessStartInfo("apt-get", argumenten);
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var apt = Process.Start(start)!;
            await apt.WaitForExitAsync(ct);
            if (apt.ExitCode != 0) throw new InvalidOperationException($"apt-get {string.Join(' ', argumenten)} is mislukt ({apt.ExitCode}).");
        }
    }
}
