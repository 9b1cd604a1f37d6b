using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Regievoering;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;

namespace Regie.Web.Pages.Beheer;

/// <summary>Where a medewerker holds procesregie, by casus code only: the beheerder reads no casus content.</summary>
public static class BeheerRegie
{
    public sealed record Regel(Guid MedewerkerId, Guid CasusId, string Code);

    public static Task<List<Regel>> ProcesregieAsync(this RegieDbContext db, Guid? medewerkerId, CancellationToken ct) =>
        (from r in db.Regietoewijzingen.ActieveProcesregie()
         join b in db.Betrokkenen on r.BetrokkeneId equals b.Id
         join c in db.Casussen on r.CasusId equals c.Id
         where c.Status != CasusStatus.Afgesloten && b.MedewerkerId != null
               && (medewerkerId == null || b.MedewerkerId == medewerkerId)
         orderby c.Code
         select new Regel(b.MedewerkerId!.Value, c.Id, c.Code)).AsNoTracking().ToListAsync(ct);

    public static string Codes(IEnumerable<Regel> regels) => string.Join(", ", regels.Select(r => r.Code));

    /// <summary>An active gemeente whose escalations go to the regiocoördinatoren; <see cref="NietActief"/>: it has a
    /// regie-contact, but their account is gone.</summary>
    public sealed record ZonderRegieContact(Guid Id, string Naam, bool NietActief);

    public static Task<List<ZonderRegieContact>> ZonderRegieContactAsync(this RegieDbContext db, CancellationToken ct) =>
        db.GemeentenZonderRegieContact().Where(o => o.Actief).OrderBy(o => o.Naam)
            .Select(o => new ZonderRegieContact(o.Id, o.Naam, o.RegieContactId != null)).AsNoTracking().ToListAsync(ct);
}
