using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Web.Data;

namespace Regie.Web.Tests.Data;

/// <summary>For tests that change a casus straight through a DbContext (set-up, or two contexts racing): the whole
/// aggregate, tracked. The app itself reads a casus through the Casuslader.</summary>
internal static class CasusLaden
{
    public static Task<Casus> LaadVoorWijzigingAsync(this RegieDbContext db, Guid casusId, CancellationToken ct) =>
        db.Casussen.AsSplitQuery()
            .Include(c => c.Betrokkenen).Include(c => c.Stappen).Include(c => c.Taken)
            .Include(c => c.Regietoewijzingen).Include(c => c.Overdrachten).Include(c => c.Overleggen).Include(c => c.Versies).Include(c => c.Akkoordreacties)
            .SingleAsync(c => c.Id == casusId, ct);
}
