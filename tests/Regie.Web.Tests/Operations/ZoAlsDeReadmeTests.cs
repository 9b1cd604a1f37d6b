using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Regie.Web.Demo;
using Regie.Web.Tests.Pdf;

namespace Regie.Web.Tests.Operations;

/// <summary>The app started the README's way: <c>dotnet run --project src/Regie.Web</c>, environment Development (its
/// launch profile), its own embedded PostgreSQL, a real port. Development validates the service container, which the
/// in-memory test host once did not; this run catches what only the user's run would show.</summary>
public sealed partial class ZoAlsDeReadmeTests
{
    [Fact]
    public async Task Dotnet_run_in_development_levert_de_versie_pdf_en_het_overzicht_voor_ouders_zonder_fout_in_het_log()
    {
        var map = Path.Combine(Path.GetTempPath(), $"{TestDatabaseServer.MapVoorvoegsel}{Environment.ProcessId}-readme-{Guid.NewGuid():N}");
        var poort = VrijePoort();
        var log = new StringBuilder();
        using var app = StartApp(map, poort, log);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{poort}") };
            await WachtTotHijDraaitAsync(http, app, log);

            var consulent = await IngelogdAsync(poort, "jeugdconsulent");
            var casussen = await (await consulent.GetAsync("/Casussen")).Content.ReadAsStringAsync();
            var casusId = CasusLink().Match(casussen).Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(casusId), "Mijn casussen toont geen casus: " + casussen);

            var versie = await consulent.GetAsync($"/Casussen/{casusId}/Versies/1/Pdf");
            Assert.Equal(HttpStatusCode.OK, versie.StatusCode);
            Assert.True(PdfInhoud.Lees(await versie.Content.ReadAsByteArrayAsync()).Bevat(DemoData.TukkerCode));

            var ouder = await IngelogdAsync(poort, "ouder");
            var eenPagina = await ouder.GetAsync("/Ouders/WieDoetWat.pdf");
            Assert.Equal(HttpStatusCode.OK, eenPagina.StatusCode);
            Assert.True(PdfInhoud.Lees(await eenPagina.Content.ReadAsByteArrayAsync()).Bevat("Tukker"));
        }
        finally
        {
            await StopAsync(app, map);
        }

        var fouten = log.ToString().Split('\n').Where(r => r.Contains(" ERR]", StringComparison.Ordinal)
            || r.Contains(" FTL]", StringComparison.Ordinal) || r.Contains("Exception", StringComparison.Ordinal)).ToList();
        Assert.True(fouten.Count == 0, "Fouten in het log van de app:\n" + string.Join('\n', fouten) + "\n\n" + log);
        Assert.DoesNotContain(DemoData.Wachtwoord, log.ToString(), StringComparison.Ordinal);
    }

    private static Process StartApp(string map, int poort, StringBuilder log)
    {
        var configuratie =
#if DEBUG
            "Debug";
#else
            "Release";
#endif
        var start = new ProcessStartInfo("dotnet",
            ["run", "--no-build", "-c", configuratie, "--project", Path.Combine(RepoMap(), "src", "Regie.Web"), "--", "--urls", $"http://127.0.0.1:{poort}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoMap(),
        };
        foreach (var sleutel in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ConnectionStrings__Regie", "ConnectionStrings__RegieMigraties", "ASPNETCORE_URLS" })
            start.Environment.Remove(sleutel);
        start.Environment["Regie__EmbeddedPostgres__DataDirectory"] = map;
        var app = Process.Start(start)!;
        app.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        app.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        return app;
    }

    private static async Task WachtTotHijDraaitAsync(HttpClient http, Process app, StringBuilder log)
    {
        var tot = DateTime.UtcNow.AddMinutes(3); // initdb, migrations and demo data on a busy 2-core machine
        while (DateTime.UtcNow < tot)
        {
            Assert.False(app.HasExited, "De app stopte tijdens het starten:\n" + log);
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(500);
        }
        Assert.Fail("De app antwoordde niet binnen drie minuten:\n" + log);
    }

    private static async Task<HttpClient> IngelogdAsync(int poort, string account)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{poort}"),
        };
        var antwoord = await RegieApp.PostFormulierAsync(client, "/Account/Inloggen", new()
        {
            ["Input.Email"] = $"{account}@{DemoData.Domein}",
            ["Input.Wachtwoord"] = DemoData.Wachtwoord,
        });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return client;
    }

    /// <summary>SIGTERM to the app under <c>dotnet run</c>, so it stops its PostgreSQL as on Ctrl+C; then the folder goes.</summary>
    private static async Task StopAsync(Process dotnetRun, string map)
    {
        foreach (var pid in Kinderen(dotnetRun.Id).Append(dotnetRun.Id))
            using (Process.Start("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)])) { }
        using var wachten = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await dotnetRun.WaitForExitAsync(wachten.Token);
        }
        catch (OperationCanceledException)
        {
            dotnetRun.Kill(entireProcessTree: true);
        }
        using var opruimen = Process.Start("sh", ["-c", TestDatabaseServer.StopEnVerwijder(map)]);
        await opruimen.WaitForExitAsync();
    }

    private static IEnumerable<int> Kinderen(int ouder) =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName)
            .Select(naam => int.TryParse(naam, out var pid) ? pid : 0).Where(pid => pid > 0)
            .Where(pid =>
            {
                try
                {
                    // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after the last ')'.
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1] == ouder.ToString(CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    return false;
                }
            }).ToList();

    private static string RepoMap()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Regie.sln"))) map = map.Parent;
        return map?.FullName ?? throw new InvalidOperationException("Regie.sln niet gevonden boven " + AppContext.BaseDirectory);
    }

    private static int VrijePoort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("href=\"/Casussen/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"")]
    private static partial Regex CasusLink();
}
