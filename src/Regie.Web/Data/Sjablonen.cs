using Microsoft.EntityFrameworkCore;
using Regie.Domain.Handreiking;

namespace Regie.Web.Data;

public sealed class Sjablonen(RegieDbContext db, TimeProvider clock)
{
    /// <summary>A fresh database starts with the regional default wording as sjabloon version 1.</summary>
    public async Task ZorgVoorStandaardAsync(CancellationToken ct)
    {
        if (await db.Sjablonen.AnyAsync(ct)) return;
        db.Sjablonen.Add(HandreikingSjabloon.Standaard(clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    public Task<HandreikingSjabloon> NieuwsteAsync(CancellationToken ct) =>
        db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync(ct);
}
