namespace Regie.Benchmarks;

/// <summary>Samples, every 50 ms, the summed resident memory (VmRSS) of the Chromium processes below this process
/// (browser, zygote, renderers, GPU/utility). Shared pages are counted once per process, so the sum is an upper bound.</summary>
public sealed class BrowserGeheugen : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _lus;
    private long _piek;

    public BrowserGeheugen() => _lus = Task.Run(LusAsync);

    public void Reset() => Interlocked.Exchange(ref _piek, SomRss());

    public double PiekMb => Interlocked.Read(ref _piek) / 1024d / 1024d;

    private async Task LusAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var nu = SomRss();
            long oud;
            while ((oud = Interlocked.Read(ref _piek)) < nu && Interlocked.CompareExchange(ref _piek, nu, oud) != oud) { }
            try { await Task.Delay(50, _stop.Token); }
            catch (OperationCanceledException) { break; }
        }
    }

    public static long SomRss()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var ouders = new Dictionary<int, (int Ouder, string Naam)>();
        foreach (var map in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(map), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(map, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var dicht = stat.LastIndexOf(')');
                var naam = stat[(open + 1)..dicht];
                var velden = stat[(dicht + 2)..].Split(' ');
                ouders[pid] = (int.Parse(velden[1], System.Globalization.CultureInfo.InvariantCulture), naam);
            }
            catch (IOException) { /* the process ended meanwhile */ }
            catch (UnauthorizedAccessException) { }
        }
        var ik = Environment.ProcessId;
        long som = 0;
        foreach (var (pid, (_, naam)) in ouders)
        {
            if (!naam.StartsWith("chrom", StringComparison.Ordinal) || !IsNazaat(pid, ik, ouders)) continue;
            try
            {
                var regel = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(r => r.StartsWith("VmRSS:", StringComparison.Ordinal));
                if (regel is not null) som += long.Parse(regel.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return som;
    }

    private static bool IsNazaat(int pid, int voorouder, Dictionary<int, (int Ouder, string Naam)> ouders)
    {
        for (var i = 0; i < 64 && ouders.TryGetValue(pid, out var p); i++)
        {
            if (p.Ouder == voorouder) return true;
            pid = p.Ouder;
        }
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _lus;
        _stop.Dispose();
    }
}
