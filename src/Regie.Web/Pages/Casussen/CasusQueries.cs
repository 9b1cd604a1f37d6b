using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen;

public static class CasusQueries
{
    /// <summary>A professional sees a casus only while they are an active betrokkene of it.</summary>
    public static IQueryable<Casus> WaarActiefBetrokken(this IQueryable<Casus> casussen, Guid? medewerkerId) =>
        medewerkerId is { } id
            ? casussen.Where(c => c.Betrokkenen.Any(b => b.MedewerkerId == id && b.BetrokkenTot == null))
            : casussen.Where(_ => false);

    /// <summary>The whole aggregate, tracked, for a change: the rules need all of it (steps, regie, versions).</summary>
    public static Task<Casus> LaadVoorWijzigingAsync(this RegieDbContext db, Guid casusId, CancellationToken ct) =>
        db.Casussen.AsSplitQuery()
            .Include(c => c.Betrokkenen).Include(c => c.Stappen).Include(c => c.Taken)
            .Include(c => c.Regietoewijzingen).Include(c => c.Overdrachten).Include(c => c.Overleggen).Include(c => c.Versies)
            .SingleAsync(c => c.Id == casusId, ct);

    /// <summary>The same, untracked, for reading.</summary>
    public static Task<Casus> LaadVoorLezenAsync(this RegieDbContext db, Guid casusId, CancellationToken ct) =>
        db.Casussen.AsNoTracking().AsSplitQuery()
            .Include(c => c.Betrokkenen).Include(c => c.Stappen).Include(c => c.Taken)
            .Include(c => c.Regietoewijzingen).Include(c => c.Overdrachten).Include(c => c.Overleggen).Include(c => c.Versies)
            .SingleAsync(c => c.Id == casusId, ct);

    /// <summary>The header every casus page shows. Loading it writes and saves the page's Bekeken line (NEN 7513), so no
    /// render of casus content, a GET or a refused post, can go without one; the pages write no Bekeken line themselves.
    /// Call it with nothing unsaved tracked (a refused post clears the tracker first): the save must not carry a half change.</summary>
    public static async Task<CasusKop> KopAsync(this RegieDbContext db, Logboekschrijver logboek, Guid casusId, string tab,
        string entiteit, string? omschrijving, CancellationToken ct)
    {
        if (db.ChangeTracker.HasChanges())
            throw new InvalidOperationException("Casuskop geladen met onbewaarde wijzigingen: die zouden met de Bekeken-regel mee bewaard worden.");
        var kop = await db.Casussen.AsNoTracking().Where(c => c.Id == casusId)
            .Select(c => new CasusKop(c.Id, c.Code, c.Gezinsnaam, c.Status, c.Herbeoordelen, tab))
            .SingleAsync(ct);
        logboek.Schrijf(casusId, entiteit, LogboekActie.Bekeken, omschrijving);
        await db.SaveChangesAsync(ct);
        return kop;
    }

    /// <summary>Said when someone else saved the same thing first; the user's input stays in the form.</summary>
    public const string GelijktijdigGewijzigd =
        "Iemand anders heeft dit net gewijzigd. Uw invoer staat nog in het formulier: bekijk de nieuwe stand en sla opnieuw op.";
}
