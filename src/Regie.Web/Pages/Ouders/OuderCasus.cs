using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Pages.Ouders;

internal static class OuderCasus
{
    /// <summary>The casus of the signed-in ouder, from the betrokkene their account is linked to.</summary>
    public static Task<Guid?> VanAsync(this RegieDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var betrokkeneId = RegieClaims.BetrokkeneIdVan(user);
        return db.Betrokkenen.Where(b => b.Id == betrokkeneId).Select(b => (Guid?)b.CasusId).SingleOrDefaultAsync(ct);
    }
}
