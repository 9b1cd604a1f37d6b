using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Regie.Web.Data;

public static class RegieClaims
{
    public const string Naam = "regie:naam";
    public const string MedewerkerId = "regie:medewerker";
    public const string BetrokkeneId = "regie:betrokkene";
    public const string OrganisatieId = "regie:organisatie";

    /// <summary>Set for a gemeente's regie-contact; only for the menu (the Escalaties policy reads the database).</summary>
    public const string RegieContact = "regie:regiecontact";

    /// <summary>Shows the Escalaties link: a regiocoördinator, or a regie-contact as of the last claims refresh.</summary>
    public static bool BehandeltEscalaties(ClaimsPrincipal user) => user.IsInRole(Rollen.Regiocoordinator) || user.HasClaim(c => c.Type == RegieContact);

    /// <summary>The account (Identity's user id).</summary>
    public static Guid? GebruikerIdVan(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? MedewerkerIdVan(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(MedewerkerId), out var id) ? id : null;

    public static Guid? OrganisatieIdVan(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(OrganisatieId), out var id) ? id : null;

    public static Guid? BetrokkeneIdVan(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(BetrokkeneId), out var id) ? id : null;

    public static string NaamVan(ClaimsPrincipal user) => user.FindFirstValue(Naam) ?? user.Identity?.Name ?? "";
}

/// <summary>Puts the links a page needs (medewerker, betrokkene, display name) into the login cookie.</summary>
public sealed class RegieClaimsFactory(UserManager<Gebruiker> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, RegieDbContext db)
    : UserClaimsPrincipalFactory<Gebruiker, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Gebruiker user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(RegieClaims.Naam, user.Naam));
        if (user.MedewerkerId is { } m)
        {
            identity.AddClaim(new Claim(RegieClaims.MedewerkerId, m.ToString()));
            var organisatieId = await db.Medewerkers.Where(x => x.Id == m).Select(x => x.OrganisatieId).SingleAsync();
            identity.AddClaim(new Claim(RegieClaims.OrganisatieId, organisatieId.ToString()));
            // Refreshed with the security stamp check (every minute), so a change in Beheer reaches the menu without a new login.
            if (await db.Organisaties.AnyAsync(o => o.RegieContactId == m)) identity.AddClaim(new Claim(RegieClaims.RegieContact, "ja"));
        }
        if (user.BetrokkeneId is { } b) identity.AddClaim(new Claim(RegieClaims.BetrokkeneId, b.ToString()));
        return identity;
    }
}
