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
/// <see cref="CasusRegels"/>, with the facts the casus loader (Infrastructure/Casussen/Casuslader.cs) reads with the casus. The whole model is written out in docs/toegang.md.</summary>
public static class Policies
{
    public const string Professional = "Professional";
    public const string OpentCasus = "OpentCasus";
    public const string Beheer = "Beheer";
    public const string Regio = "Regio";
    public const string Ouder = "Ouder";

    /// <summary>The bell and /Meldingen: professionals and regiocoördinatoren (ouders read their answers in the portal).</summary>
    public const string Meldingen = "Meldingen";

    public static void AddRegiePolicies(this AuthorizationOptions o)
    {
        o.AddPolicy(Professional, p => p.RequireRole(Rollen.Professionals));
        o.AddPolicy(OpentCasus, p => p.RequireRole(Rollen.Gemeente));
        o.AddPolicy(Beheer, p => p.RequireRole(Rollen.Beheerder));
        o.AddPolicy(Regio, p => p.RequireRole(Rollen.Regiocoordinator));
        o.AddPolicy(Ouder, p => p.RequireRole(Rollen.Ouder));
        o.AddPolicy(Meldingen, p => p.RequireRole([.. Rollen.Professionals, Rollen.Regiocoordinator]));
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

    /// <summary>An ouder rings the bell (a signaal): an ouder of this casus, while the casus is not closed.</summary>
    GeeftSignaal,

    /// <summary>A professional raises an opschaling: an active professional betrokkene, while the casus is not closed.</summary>
    SchaaltOp,

    /// <summary>Answer and close signalen and opschalingen: the procesregievoerder.</summary>
    BeantwoordtSignaal,
}

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
            CasusActie.GeeftSignaal => user.IsInRole(Rollen.Ouder) && casus.IsOuderVanCasus && !casus.IsAfgesloten,
            CasusActie.SchaaltOp => professional && !casus.IsAfgesloten,
            CasusActie.BeantwoordtSignaal => professional && casus.IsRegievoerder,
            _ => false,
        };
    }
}
