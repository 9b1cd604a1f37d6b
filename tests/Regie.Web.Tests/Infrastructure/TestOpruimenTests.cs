using System.Diagnostics;

namespace Regie.Web.Tests.Infrastructure;

/// <summary>A test run leaves no PostgreSQL cluster behind in the temp folder: not after a normal end, not after a kill.</summary>
public sealed class TestOpruimenTests
{
    [Fact]
    public async Task De_bewaker_ruimt_de_map_op_zodra_het_testproces_weg_is()
    {
        using var kortProces = Process.Start("sleep", "1");
        var map = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"{TestDatabaseServer.MapVoorvoegsel}{kortProces.Id}-bewaker-{Guid.NewGuid():N}"));
        await File.WriteAllTextAsync(Path.Combine(map.FullName, "PG_VERSION"), "15");

        TestDatabaseServer.BewaakOpruimen(kortProces.Id, map.FullName);

        Assert.True(map.Exists);
        var tot = DateTime.UtcNow.AddSeconds(20);
        while (Directory.Exists(map.FullName) && DateTime.UtcNow < tot) await Task.Delay(200);
        Assert.False(Directory.Exists(map.FullName), "De map van een beëindigd testproces staat er nog.");
    }

    [Fact]
    public void Bij_de_start_verdwijnen_mappen_van_eerdere_runs_maar_niet_die_van_een_lopende_run()
    {
        using var afgelopen = Process.Start("true")!;
        afgelopen.WaitForExit();
        var oud = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"{TestDatabaseServer.MapVoorvoegsel}{afgelopen.Id}-oud-{Guid.NewGuid():N}"));
        var lopend = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"{TestDatabaseServer.MapVoorvoegsel}{Environment.ProcessId}-lopend-{Guid.NewGuid():N}"));
        try
        {
            TestDatabaseServer.OpruimenVanEerdereRuns();

            Assert.False(Directory.Exists(oud.FullName));
            Assert.True(Directory.Exists(lopend.FullName));
        }
        finally
        {
            lopend.Delete(recursive: true);
        }
    }
}
