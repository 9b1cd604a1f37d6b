using System.Security.Claims;
using Regie.Domain.Logboek;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Logboek;

/// <summary>Adds a logboek line to the same DbContext as the change it describes, so both are saved in one transaction.
/// For a view, the page saves right after writing.</summary>
public sealed class Logboekschrijver(RegieDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Who a line written outside a request (a scheduled job) names; its user id is null.</summary>
    public const string Systeem = "systeem";

    public void Schrijf(Guid? casusId, string entiteit, LogboekActie actie, string? omschrijving = null)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var id = Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var g) ? g : (Guid?)null;
        // An ouder's name is the family's: the line keeps the role and the id, pages look the name up when read.
        // No request at all: the scheduler did it, not an anonymous visitor.
        var naam = context is null ? Systeem
            : user?.IsInRole(Rollen.Ouder) == true ? Rollen.Ouder
            : user?.IsInRole(Rollen.Jeugdige) == true ? Rollen.Jeugdige
            : user?.FindFirstValue(RegieClaims.Naam) ?? user?.Identity?.Name ?? "anoniem";
        db.Logboek.Add(new LogboekRegel(clock.GetUtcNow(), id, naam, casusId, entiteit, actie, omschrijving,
            context?.Connection.RemoteIpAddress?.ToString()));
    }
}
