using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Web.Data;

namespace Regie.Web.Pages.Casussen;

/// <summary>The header every casus page shows, and which tab is open.</summary>
public sealed record CasusKop(Guid Id, string Code, string Gezinsnaam, CasusStatus Status, bool Herbeoordelen, string Tab);

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

    public static Task<CasusKop> KopAsync(this RegieDbContext db, Guid casusId, string tab, CancellationToken ct) =>
        db.Casussen.AsNoTracking().Where(c => c.Id == casusId)
            .Select(c => new CasusKop(c.Id, c.Code, c.Gezinsnaam, c.Status, c.Herbeoordelen, tab))
            .SingleAsync(ct);

    /// <summary>Said when someone else saved the same thing first; the user's input stays in the form.</summary>
    public const string GelijktijdigGewijzigd =
        "Iemand anders heeft dit net gewijzigd. Uw invoer staat nog in het formulier: bekijk de nieuwe stand en sla opnieuw op.";
}
