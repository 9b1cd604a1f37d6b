using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Infrastructure.Autorisatie;

/// <summary>Named policies for what depends on the role alone. What depends on one casus goes through
/// <see cref="CasusAutorisatie"/>. The whole model is written out in docs/toegang.md.</summary>
public static class Policies
{
    public const string Professional = "Professional";
    public const string OpentCasus = "OpentCasus";
    public const string Beheer = "Beheer";
    public const string Regio = "Regio";
    public const string Ouder = "Ouder";

    public static void AddRegiePolicies(this AuthorizationOptions o)
    {
        o.AddPolicy(Professional, p => p.RequireRole(Rollen.Professionals));
        o.AddPolicy(OpentCasus, p => p.RequireRole(Rollen.Gemeente));
        o.AddPolicy(Beheer, p => p.RequireRole(Rollen.Beheerder));
        o.AddPolicy(Regio, p => p.RequireRole(Rollen.Regiocoordinator));
        o.AddPolicy(Ouder, p => p.RequireRole(Rollen.Ouder));
    }
}

public enum CasusActie
{
    /// <summary>Read the casus: an active professional betrokkene.</summary>
    Lezen,

    /// <summary>Change the handreiking: an active professional betrokkene, while the casus is not closed.</summary>
    Bewerken,

    /// <summary>See who viewed the casus: the regievoerder, or a betrokkene of the casus' gemeente.</summary>
    VoertRegie,

    /// <summary>Change regie (procesregie, inhoudelijke regie, overdracht): as <see cref="VoertRegie"/>, while the casus is not closed.</summary>
    WijzigtRegie,

    /// <summary>Vaststellen and afsluiten: the procesregievoerder only, while the casus is not closed. The gemeente follows the
    /// process but does not decide for the table, certainly not when a GI holds regie under a maatregel.</summary>
    StelVastOfSluitAf,

    /// <summary>Name a new procesregievoerder without warm overdracht: a betrokkene of the casus' gemeente, only when the
    /// regievoerder's account is gone (deactivated), while the casus is not closed.</summary>
    WijstRegieOpnieuwToe,

    /// <summary>Invite the ouders: the regievoerder.</summary>
    NodigOudersUit,

    /// <summary>The ouders' portal: an ouder of this casus.</summary>
    OuderPortaal,
}

public sealed record CasusActieRequirement(CasusActie Actie) : IAuthorizationRequirement;

/// <summary>What the rules need to know of one casus for one user, read in one query.</summary>
public sealed record CasusToegang(
    Guid CasusId,
    Guid GemeenteId,
    bool IsAfgesloten,
    Guid? EigenBetrokkeneId,
    bool IsRegievoerder,
    bool IsVanGemeenteVanCasus,
    bool IsOuderVanCasus,
    bool IsRegievoerderVertrokken = false);

/// <summary>Who may do what with one casus, from the facts read with it. The one place these rules are written.</summary>
public static class CasusRegels
{
    public static bool Mag(ClaimsPrincipal user, CasusToegang casus, CasusActie actie)
    {
        var professional = Rollen.Professionals.Any(user.IsInRole) && casus.EigenBetrokkeneId is not null;
        var gemeente = user.IsInRole(Rollen.Gemeente) && casus.IsVanGemeenteVanCasus;
        return actie switch
        {
            CasusActie.Lezen => professional,
            CasusActie.Bewerken => professional && !casus.IsAfgesloten,
            CasusActie.VoertRegie => professional && (casus.IsRegievoerder || gemeente),
            CasusActie.WijzigtRegie => professional && (casus.IsRegievoerder || gemeente) && !casus.IsAfgesloten,
            CasusActie.StelVastOfSluitAf => professional && casus.IsRegievoerder && !casus.IsAfgesloten,
            CasusActie.WijstRegieOpnieuwToe => professional && gemeente && casus.IsRegievoerderVertrokken && !casus.IsAfgesloten,
            CasusActie.NodigOudersUit => professional && casus.IsRegievoerder && !casus.IsAfgesloten,
            CasusActie.OuderPortaal => user.IsInRole(Rollen.Ouder) && casus.IsOuderVanCasus,
            _ => false,
        };
    }
}

public sealed class CasusAutorisatieHandler : AuthorizationHandler<CasusActieRequirement, CasusToegang>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CasusActieRequirement requirement, CasusToegang casus)
    {
        if (CasusRegels.Mag(context.User, casus, requirement.Actie)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>The one way a page asks "may this user do this with this casus?". A refusal is logged and the page
/// answers 404, so that the existence of a casus is never revealed to someone who may not see it.</summary>
public sealed class CasusAutorisatie(RegieDbContext db, IAuthorizationService autorisatie, Logboekschrijver logboek)
{
    public async Task<CasusToegang?> ToegangAsync(ClaimsPrincipal user, Guid casusId, CasusActie actie, CancellationToken ct)
    {
        var toegang = await LeesAsync(user, casusId, ct);
        if (toegang is not null && (await autorisatie.AuthorizeAsync(user, toegang, new CasusActieRequirement(actie))).Succeeded)
            return toegang;

        logboek.Schrijf(casusId, "Casus", LogboekActie.Geweigerd, $"Geen toegang voor {actie}");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>For showing or hiding a button once access to the casus itself is settled; the handler checks again.</summary>
    public async Task<bool> MagAsync(ClaimsPrincipal user, CasusToegang toegang, CasusActie actie) =>
        (await autorisatie.AuthorizeAsync(user, toegang, new CasusActieRequirement(actie))).Succeeded;

    private async Task<CasusToegang?> LeesAsync(ClaimsPrincipal user, Guid casusId, CancellationToken ct)
    {
        var medewerkerId = RegieClaims.MedewerkerIdVan(user);
        var organisatieId = RegieClaims.OrganisatieIdVan(user);
        var ouderBetrokkeneId = RegieClaims.BetrokkeneIdVan(user);
        var feiten = await db.Casussen.AsNoTracking().Where(c => c.Id == casusId)
            .Select(c => new
            {
                c.Id,
                c.GemeenteId,
                c.Status,
                Eigen = medewerkerId == null ? null : c.Betrokkenen
                    .Where(b => b.MedewerkerId == medewerkerId && b.BetrokkenTot == null).Select(b => (Guid?)b.Id).FirstOrDefault(),
                Regievoerder = c.Regietoewijzingen
                    .Where(r => r.Soort == RegieSoort.Procesregie && r.Tot == null).Select(r => (Guid?)r.BetrokkeneId).FirstOrDefault(),
                IsOuder = ouderBetrokkeneId != null && c.Betrokkenen.Any(b => b.Id == ouderBetrokkeneId && b.IsOuder && b.BetrokkenTot == null),
                Vertrokken = c.Regietoewijzingen.Where(r => r.Soort == RegieSoort.Procesregie && r.Tot == null)
                    .Join(c.Betrokkenen, r => r.BetrokkeneId, b => b.Id, (_, b) => b.MedewerkerId)
                    .Any(m => m != null && !db.Users.Any(u => u.MedewerkerId == m && u.Actief)),
            })
            .SingleOrDefaultAsync(ct);
        if (feiten is null) return null;
        return new CasusToegang(feiten.Id, feiten.GemeenteId, feiten.Status == CasusStatus.Afgesloten, feiten.Eigen,
            feiten.Eigen is not null && feiten.Eigen == feiten.Regievoerder,
            organisatieId is not null && organisatieId == feiten.GemeenteId,
            feiten.IsOuder, feiten.Vertrokken);
    }
}
