using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Vragenlijsten;

/// <summary>The current version of each list: the newest one. Version 1, the list the method came with, is stored at
/// start-up (<see cref="ZorgVoorEersteAsync"/>, as the standard sjabloon is), so reading a list never writes.</summary>
public sealed class Vragenlijstbron(RegieDbContext db, TimeProvider clock)
{
    public async Task ZorgVoorEersteAsync(CancellationToken ct)
    {
        foreach (var doelgroep in Enum.GetValues<Doelgroep>())
        {
            if (await db.Vragenlijstversies.AnyAsync(v => v.Doelgroep == doelgroep, ct)) continue;
            var eerste = Vragenlijstversie.Eerste(doelgroep, clock.GetUtcNow());
            db.Vragenlijstversies.Add(eerste);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another app instance starting at the same moment stored it: theirs counts.
            }
            db.Entry(eerste).State = EntityState.Detached;
        }
    }

    public Task<Vragenlijstversie> HuidigeAsync(Doelgroep doelgroep, CancellationToken ct) =>
        db.Vragenlijstversies.AsNoTracking().Where(v => v.Doelgroep == doelgroep).OrderByDescending(v => v.Volgnummer).FirstAsync(ct);

    public Task<Vragenlijstversie?> VersieAsync(Guid id, CancellationToken ct) =>
        db.Vragenlijstversies.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, ct);
}
