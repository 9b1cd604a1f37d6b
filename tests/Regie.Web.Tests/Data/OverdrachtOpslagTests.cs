using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Regievoering;
using Regie.Web.Demo;
using Regie.Web.Pages.Casussen;

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

/// <summary>Two overdracht proposals at the same moment: the database's rule "one open overdracht" is checked at commit,
/// and the second save gets the Dutch conflict message in its form instead of an error page.</summary>
public sealed class GelijktijdigeOverdrachtTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Twee_gelijktijdige_voorstellen_geven_de_tweede_een_nederlandse_conflictmelding()
    {
        await using var eerste = app.NieuweDbContext();
        await using var tweede = app.NieuweDbContext();
        var casusEen = await eerste.LaadVoorWijzigingAsync(await TukkerIdAsync(eerste), default);
        var casusTwee = await tweede.LaadVoorWijzigingAsync(casusEen.Id, default);
        var peter = casusEen.Betrokkenen.Single(b => b.Naam == "Peter Jansen").Id;
        Assert.True(casusEen.StelOverdrachtVoor(peter, "Eerste voorstel.", RegieApp.Start).Gelukt);
        Assert.True(casusTwee.StelOverdrachtVoor(peter, "Tweede voorstel.", RegieApp.Start).Gelukt);

        var modelState = new ModelStateDictionary();
        Assert.True(await eerste.BewaarAsync(new ModelStateDictionary(), "Voorstel.OpvolgerId", default));
        var bewaard = await tweede.BewaarAsync(modelState, "Voorstel.OpvolgerId", default);

        Assert.False(bewaard);
        Assert.Equal(CasusQueries.GelijktijdigGewijzigd, Assert.Single(modelState["Voorstel.OpvolgerId"]!.Errors).ErrorMessage);
        await using var controle = app.NieuweDbContext();
        Assert.Equal(1, await controle.Overdrachten.CountAsync(o => o.CasusId == casusEen.Id && o.Status == OverdrachtStatus.Voorgesteld));
    }

    private static Task<Guid> TukkerIdAsync(Regie.Web.Data.RegieDbContext db) =>
        db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
}
