using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Vragenlijsten;

/// <summary>The current version of each list: the newest one, or the list the method came with, stored as version 1 the
/// first time it is needed (so a fresh database and a test database need no seeding). Call it before a page makes changes
/// of its own: that first save would take them along.</summary>
public sealed class Vragenlijstbron(RegieDbContext db, TimeProvider clock)
{
    public async Task<Vragenlijstversie> HuidigeAsync(Doelgroep doelgroep, CancellationToken ct)
    {
        if (await NieuwsteAsync(doelgroep, ct) is { } versie) return versie;
        var eerste = Vragenlijstversie.Eerste(doelgroep, clock.GetUtcNow());
        db.Vragenlijstversies.Add(eerste);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another request stored version 1 at the same moment: use theirs.
        }
        db.Entry(eerste).State = EntityState.Detached;
        return (await NieuwsteAsync(doelgroep, ct))!;
    }

    public Task<Vragenlijstversie?> VersieAsync(Guid id, CancellationToken ct) =>
        db.Vragenlijstversies.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, ct);

    private Task<Vragenlijstversie?> NieuwsteAsync(Doelgroep doelgroep, CancellationToken ct) =>
        db.Vragenlijstversies.AsNoTracking().Where(v => v.Doelgroep == doelgroep).OrderByDescending(v => v.Volgnummer).FirstOrDefaultAsync(ct);
}
