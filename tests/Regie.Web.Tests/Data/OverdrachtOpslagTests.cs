using Microsoft.EntityFrameworkCore;
using Regie.Domain.Regievoering;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Data;

/// <summary>Changes the Tukker regie, so it has a database of its own.</summary>
public sealed class OverdrachtOpslagTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Een_warme_overdracht_wordt_opgeslagen_zonder_twee_regievoerders_tegelijk()
    {
        var casusId = Guid.Empty;
        await using (var db = app.NieuweDbContext())
        {
            var casus = await db.Casussen.Include(c => c.Betrokkenen).Include(c => c.Stappen).Include(c => c.Regietoewijzingen).Include(c => c.Overdrachten)
                .SingleAsync(c => c.Code == DemoData.TukkerCode);
            casusId = casus.Id;
            var peter = casus.Betrokkenen.Single(b => b.Naam == "Peter Jansen");
            var overdracht = casus.StelOverdrachtVoor(peter.Id, "Geldzorgen staan nu centraal.", RegieApp.Start).Waarde!;
            await db.SaveChangesAsync();
            Assert.True(casus.AccepteerOverdracht(overdracht.Id, RegieApp.Start.AddHours(1)).Gelukt);
            await db.SaveChangesAsync();
        }

        await using var controle = app.NieuweDbContext();
        var procesregie = await controle.Regietoewijzingen.Where(r => r.CasusId == casusId && r.Soort == RegieSoort.Procesregie)
            .OrderBy(r => r.Van).ToListAsync();
        Assert.Equal(2, procesregie.Count);
        Assert.NotNull(procesregie[0].Tot);
        Assert.Null(procesregie[1].Tot);
    }
}
