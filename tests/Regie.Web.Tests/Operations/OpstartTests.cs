using System.Diagnostics;

namespace Regie.Web.Tests.Operations;

/// <summary>Starts the real app as its own process with a broken set-up and reads what it tells the operator.</summary>
public sealed class OpstartTests
{
    [Fact]
    public async Task Een_onbereikbare_database_geeft_een_duidelijke_regel_met_de_host_en_de_app_stopt()
    {
        var (exitCode, uitvoer) = await StartAppAsync(new()
        {
            ["ConnectionStrings__Regie"] = "Host=127.0.0.1;Port=1;Database=regie;Username=regie",
        });

        Assert.Equal(1, exitCode);
        var regels = uitvoer.Split('\n').Where(r => r.Contains("niet bereikbaar", StringComparison.Ordinal)).ToList();
        var regel = Assert.Single(regels);
        Assert.Contains("127.0.0.1:1", regel, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", uitvoer, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public async Task Zonder_connection_string_en_zonder_PostgreSQL_zegt_de_app_hoe_het_op_te_lossen()
    {
        var leeg = Directory.CreateTempSubdirectory("regie-geen-pg-");
        try
        {
            var (exitCode, uitvoer) = await StartAppAsync(new()
            {
                ["Regie__EmbeddedPostgres__BinDirectory"] = leeg.FullName,
                ["Regie__EmbeddedPostgres__DataDirectory"] = Path.Combine(leeg.FullName, "data"),
            });

            Assert.Equal(1, exitCode);
            Assert.Contains("apt-get install", uitvoer, StringComparison.Ordinal);
            Assert.Contains("ConnectionStrings__Regie", uitvoer, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", uitvoer, StringComparison.Ordinal);
        }
        finally
        {
            leeg.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Buiten_development_start_de_app_niet_zonder_publieke_url()
    {
        var (exitCode, uitvoer) = await StartAppAsync(new()
        {
            ["ConnectionStrings__Regie"] = "Host=127.0.0.1;Port=1;Database=regie;Username=regie",
            ["Regie__PubliekeUrl"] = "",
        });

        Assert.Equal(1, exitCode);
        Assert.Single(uitvoer.Split('\n'), r => r.Contains("Regie:PubliekeUrl", StringComparison.Ordinal));
        Assert.DoesNotContain("niet bereikbaar", uitvoer, StringComparison.Ordinal); // refused before touching the database
        Assert.DoesNotContain("   at ", uitvoer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buiten_development_start_de_app_niet_met_demodata_zonder_demomodus()
    {
        var (exitCode, uitvoer) = await StartAppAsync(new()
        {
            ["ConnectionStrings__Regie"] = "Host=127.0.0.1;Port=1;Database=regie;Username=regie",
            ["Regie__DemoData"] = "true",
        });

        Assert.Equal(1, exitCode);
        Assert.Single(uitvoer.Split('\n'), r => r.Contains("Regie:DemoModus", StringComparison.Ordinal));
        Assert.DoesNotContain(Demo.DemoData.Wachtwoord, uitvoer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Regie__RateLimit__InloggenPerMinuut", "0", "Regie:RateLimit:InloggenPerMinuut moet tussen 1 en 100000 liggen.")]
    [InlineData("Regie__RequireTwoFactor", "ja", "Regie:RequireTwoFactor is 'ja', dat is geen geldige waarde (gebruik true of false).")]
    [InlineData("Regie__Pdf__TimeoutSeconds", "0", "Regie:Pdf:TimeoutSeconds moet tussen 1 en 600 liggen.")]
    [InlineData("Regie__CasuscodePrefix", "TW-", "Regie:CasuscodePrefix bestaat uit 2 tot 4 letters")]
    [InlineData("Regie__CasuscodePrefix", "T", "Regie:CasuscodePrefix bestaat uit 2 tot 4 letters")]
    [InlineData("Regie__CasuscodePrefix", "TW1", "Regie:CasuscodePrefix bestaat uit 2 tot 4 letters")]
    [InlineData("Regie__Bewaartermijn", "5", "Regie:Bewaartermijn is het aantal jaren dat een afgesloten casus bewaard blijft: tussen 20 en 115.")]
    [InlineData("Regie__Bewaartermijn", "twintig", "Regie:Bewaartermijn is 'twintig'")]
    [InlineData("Regie__Indicaties__1__Code", "ob3b", "Regie:Indicaties noemt de code OB3B 2 keer; noem elke code één keer.")]
    public async Task Een_ongeldige_instelling_stopt_de_app_met_een_duidelijke_regel(string sleutel, string waarde, string melding)
    {
        var (exitCode, uitvoer) = await StartAppAsync(new()
        {
            ["ConnectionStrings__Regie"] = "Host=127.0.0.1;Port=1;Database=regie;Username=regie",
            [sleutel] = waarde,
        });

        Assert.Equal(1, exitCode);
        Assert.Single(uitvoer.Split('\n'), r => r.Contains("Regie kan niet starten", StringComparison.Ordinal)
                                                && r.Contains(melding, StringComparison.Ordinal));
        Assert.DoesNotContain("niet bereikbaar", uitvoer, StringComparison.Ordinal); // refused before touching the database
        Assert.DoesNotContain("   at ", uitvoer, StringComparison.Ordinal);
    }

    internal static async Task<(int ExitCode, string Uitvoer)> StartAppAsync(Dictionary<string, string> omgeving)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Regie.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment.Remove("ConnectionStrings__Regie");
        start.Environment.Remove("ConnectionStrings__RegieMigraties");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Regie__PubliekeUrl"] = "https://regie.example.nl";
        start.Environment["Regie__DemoData"] = "false";
        foreach (var (sleutel, waarde) in omgeving) start.Environment[sleutel] = waarde;

        using var proces = Process.Start(start)!;
        var stdout = proces.StandardOutput.ReadToEndAsync();
        var stderr = proces.StandardError.ReadToEndAsync();
        using var afbreken = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await proces.WaitForExitAsync(afbreken.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            Assert.Fail("De app stopte niet binnen een minuut: ze had direct moeten stoppen.");
        }
        return (proces.ExitCode, await stdout + await stderr);
    }
}
