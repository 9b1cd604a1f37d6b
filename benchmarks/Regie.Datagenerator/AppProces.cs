using System.Diagnostics;
using System.Globalization;

namespace Regie.Datagenerator;

/// <summary>Runs the Release-built app once against the cluster, the way the harness starts it: it migrates as the owner,
/// makes its roles and seeds the demo accounts and casussen with its own code. Stopped as soon as /health/ready answers.</summary>
public static class AppProces
{
    private static readonly TimeSpan Wachttijd = TimeSpan.FromMinutes(3);

    public static async Task MigreerEnZaaiAsync(string wortel, Cluster cluster, int poort, CancellationToken ct)
    {
        var web = Path.Combine(wortel, "src", "Regie.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "Regie.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} ontbreekt: bouw eerst met `dotnet build -c Release src/Regie.Web`.");
        var adres = $"http://127.0.0.1:{poort.ToString(CultureInfo.InvariantCulture)}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", adres])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__RegieMigraties"] = cluster.Eigenaar;
        start.Environment["ConnectionStrings__Regie"] = cluster.App;
        start.Environment["Regie__DemoData"] = "true";
        start.Environment["Regie__DemoModus"] = "true";
        start.Environment["Regie__PubliekeUrl"] = adres;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";

        var uitvoer = new List<string>();
        using var app = new Process { StartInfo = start };
        app.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (uitvoer) uitvoer.Add(e.Data); };
        app.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (uitvoer) uitvoer.Add(e.Data); };
        app.Start();
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var klok = Stopwatch.StartNew();
            while (true)
            {
                if (app.HasExited) throw new InvalidOperationException($"De app stopte bij het starten (code {app.ExitCode}):\n{Laatste(uitvoer)}");
                if (klok.Elapsed > Wachttijd) throw new TimeoutException($"De app was na {Wachttijd.TotalMinutes} minuten niet klaar:\n{Laatste(uitvoer)}");
                try
                {
                    using var antwoord = await http.GetAsync(new Uri($"{adres}/health/ready"), ct);
                    if (antwoord.IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
                await Task.Delay(250, ct);
            }
        }
        finally
        {
            await StopAsync(app);
        }
    }

    /// <summary>SIGTERM first, so the app shuts down the way an operator stops it; killed when it does not.</summary>
    private static async Task StopAsync(Process app)
    {
        if (app.HasExited) return;
        using (var term = Process.Start("kill", ["-TERM", app.Id.ToString(CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
        using var wacht = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await app.WaitForExitAsync(wacht.Token);
        }
        catch (OperationCanceledException)
        {
            app.Kill(entireProcessTree: true);
        }
    }

    private static string Laatste(List<string> uitvoer)
    {
        lock (uitvoer) return string.Join('\n', uitvoer.TakeLast(20));
    }
}
