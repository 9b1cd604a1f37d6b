using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Regie.Belasting;

/// <summary>One app process from the Release build on 127.0.0.1, configured as agreement 3 of issue 11 says.
/// Every instance is remembered, so that an exit (normal, Ctrl+C or failure) kills whatever is still running.</summary>
public sealed class AppInstantie : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, Process> Lopend = new();
    private readonly Process _proces;
    private readonly StreamWriter _log;

    private AppInstantie(string naam, int poort, Process proces, StreamWriter log, string logPad)
    {
        Naam = naam;
        Poort = poort;
        _proces = proces;
        _log = log;
        LogPad = logPad;
    }

    public string Naam { get; }
    public int Poort { get; }
    public string LogPad { get; }
    public int Pid => _proces.Id;
    public Uri Adres => new($"http://127.0.0.1:{Poort}");
    public bool Draait => !_proces.HasExited;

    /// <summary>Builds the app in Release when its dll is missing (normally the harness's own build already did).</summary>
    public static async Task ZorgVoorBuildAsync(CancellationToken ct)
    {
        if (File.Exists(Repo.AppDll)) return;
        Console.WriteLine("De app bouwen (Release)…");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Repo.AppMap]))!;
        await build.WaitForExitAsync(ct);
        if (build.ExitCode != 0) throw new InvalidOperationException("dotnet build -c Release src/Regie.Web is mislukt.");
    }

    public static async Task<AppInstantie> StartAsync(string naam, int poort, string publiekeUrl, Cluster cluster, string logMap, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repo.AppMap, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add(Repo.AppDll);
        var omgeving = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{poort}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__RegieMigraties"] = cluster.Eigenaar,
            ["ConnectionStrings__Regie"] = cluster.App,
            ["Regie__DemoData"] = "true",
            ["Regie__DemoModus"] = "true",
            ["Regie__PubliekeUrl"] = publiekeUrl,
            ["Regie__Benchmark__MinimalePagina"] = "true",
            // The harness logs in before every measurement, far more often than the 10 a minute a person needs.
            ["Regie__RateLimit__InloggenPerMinuut"] = "100000",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        foreach (var (sleutel, waarde) in omgeving) start.Environment[sleutel] = waarde;

        var logPad = Path.Combine(logMap, $"{naam}.log");
        var log = new StreamWriter(logPad, append: true) { AutoFlush = true };
        var proces = Process.Start(start)!;
        Lopend[proces.Id] = proces;
        proces.OutputDataReceived += (_, e) => Schrijf(log, e.Data);
        proces.ErrorDataReceived += (_, e) => Schrijf(log, e.Data);
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        var instantie = new AppInstantie(naam, poort, proces, log, logPad);
        await instantie.WachtOpKlaarAsync(TimeSpan.FromMinutes(3), ct);
        Console.WriteLine($"  {naam} draait op {instantie.Adres} (pid {proces.Id})");
        return instantie;
    }

    private static void Schrijf(StreamWriter log, string? regel)
    {
        if (regel is null) return;
        lock (log) log.WriteLine(regel);
    }

    public async Task WachtOpKlaarAsync(TimeSpan maximaal, CancellationToken ct)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < maximaal)
        {
            if (_proces.HasExited)
                throw new InvalidOperationException($"{Naam} stopte bij het starten (exitcode {_proces.ExitCode}); zie {LogPad}:\n{Staart()}");
            try
            {
                using var antwoord = await client.GetAsync(new Uri(Adres, "/health/ready"), ct);
                if (antwoord.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(500, ct);
        }
        throw new TimeoutException($"{Naam} werd niet gezond binnen {maximaal.TotalSeconds:0} s; zie {LogPad}.");
    }

    private string Staart()
    {
        lock (_log) _log.Flush();
        return string.Join('\n', File.ReadLines(LogPad).TakeLast(15));
    }

    /// <summary>Resident memory of the app process in MB (VmRSS from /proc).</summary>
    public double RssMb()
    {
        var regel = File.ReadLines($"/proc/{Pid}/status").First(r => r.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(regel.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>SIGKILL, as a crash: no shutdown, requests in flight are cut off.</summary>
    public void Dood()
    {
        // Children (Chromium) first looked up, then SIGKILL to the app itself at once: walking the process tree while
        // killing took seconds on a busy machine, during which the app still answered.
        var kinderen = Nakomelingen(Pid);
        _proces.Kill();
        _proces.WaitForExit(10_000);
        foreach (var kind in kinderen)
        {
            try
            {
                using var p = Process.GetProcessById(kind);
                p.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException) { }
        }
    }

    private static List<int> Nakomelingen(int ouder)
    {
        var ouders = new Dictionary<int, int>();
        foreach (var map in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(map), out var pid)) continue;
            try
            {
                // /proc/PID/stat: "pid (naam) toestand ppid …"; the name may hold spaces, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(map, "stat"));
                ouders[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (IOException) { }
        }
        var gevonden = new List<int>();
        var rij = new Queue<int>([ouder]);
        while (rij.TryDequeue(out var p))
            foreach (var kind in ouders.Where(o => o.Value == p).Select(o => o.Key)) { gevonden.Add(kind); rij.Enqueue(kind); }
        return gevonden;
    }

    public ValueTask DisposeAsync()
    {
        if (!_proces.HasExited) _proces.Kill(entireProcessTree: true);
        Lopend.TryRemove(_proces.Id, out _);
        _proces.Dispose();
        lock (_log) _log.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Last resort on exit: kill every instance this harness started that still runs.</summary>
    public static void DoodAlles()
    {
        foreach (var proces in Lopend.Values)
        {
            try
            {
                if (!proces.HasExited) proces.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException) { }
        }
    }
}
