using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;
using Regie.Domain.Signalen;
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
    public const string Jeugdige = "Jeugdige";
    /// <summary>The portal pages a jeugdige from 16 shares with the ouders (overview, toestemming, inzage); the rest stays the ouders'.</summary>
    public const string Portaal = "Portaal";

    /// <summary>The bell and /Meldingen: professionals and regiocoördinatoren (ouders read their answers in the portal).</summary>
    public const string Meldingen = "Meldingen";
    /// <summary>The escalated signalen: a gemeente's regie-contact, or a regiocoördinator (see <see cref="RegieContact"/>).</summary>
    public const string Escalaties = "Escalaties";

    public static void AddRegiePolicies(this AuthorizationOptions o)
    {
        o.AddPolicy(Professional, p => p.RequireRole(Rollen.Professionals));
        o.AddPolicy(OpentCasus, p => p.RequireRole(Rollen.Gemeente));
        o.AddPolicy(Beheer, p => p.RequireRole(Rollen.Beheerder));
        o.AddPolicy(Regio, p => p.RequireRole(Rollen.Regiocoordinator));
        o.AddPolicy(Ouder, p => p.RequireRole(Rollen.Ouder));
        o.AddPolicy(Jeugdige, p => p.RequireRole(Rollen.Jeugdige));
        o.AddPolicy(Portaal, p => p.RequireRole(Rollen.Ouder, Rollen.Jeugdige));
        o.AddPolicy(Meldingen, p => p.RequireRole([.. Rollen.Professionals, Rollen.Regiocoordinator]));
        o.AddPolicy(Escalaties, p => p.RequireAuthenticatedUser().RequireAssertion(async context =>
            context.Resource is HttpContext http && (await RegieContact.ToegangAsync(http, http.RequestAborted)).MagZien));
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

    /// <summary>The ouders' portal: an ouder of this casus, or a jeugdige of this casus from 16 with their own account.</summary>
    OuderPortaal,

    /// <summary>An ouder rings the bell (a signaal): an ouder of this casus, while the casus is not closed.</summary>
    GeeftSignaal,

    /// <summary>A professional raises an opschaling: an active professional betrokkene, while the casus is not closed.</summary>
    SchaaltOp,

    /// <summary>Answer and close signalen and opschalingen: the procesregievoerder.</summary>
    BeantwoordtSignaal,

    /// <summary>Add (or not) a professional who asked to join instead of opening a second casus: the procesregievoerder
    /// (while the casus has none, a betrokkene of the casus' gemeente), while the casus is not closed.</summary>
    BeantwoordtToegangsverzoek,
    /// <summary>Record and withdraw toestemmingen, decide to share without one: the procesregievoerder. Not only while the
    /// casus is open: a withdrawal after closing still has to be written down.</summary>
    RegistreertToestemming,

    /// <summary>Answer an ouder's correctieverzoek (AVG art. 16): the procesregievoerder (while the casus has none, a
    /// betrokkene of the casus' gemeente), also after afsluiten: the right to correction outlives the hulp.</summary>
    BeantwoordtCorrectie,

    /// <summary>Record that the family asks for the file to be destroyed: as <see cref="VoertRegie"/>, also after closing (a
    /// closed casus has no regievoerder, and families mostly ask then: the gemeente's professional records it). The beheerder
    /// decides; docs/toegang.md.</summary>
    LegtVernietigingsverzoekVast,
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
    bool IsRegievoerderVertrokken = false,
    bool IsJeugdigeVanCasus = false,
    bool IsZonderRegievoerder = false);

/// <summary>Who may do what with one casus, from the facts read with it. The one place these rules are written.</summary>
public static class CasusRegels
{
    public static bool Mag(ClaimsPrincipal user, CasusToegang casus, CasusActie actie)
    {
        var professional = Rollen.Professionals.Any(user.IsInRole) && casus.EigenBetrokkeneId is not null;
        var gemeente = user.IsInRole(Rollen.Gemeente) && casus.IsVanGemeenteVanCasus;
        // Who answers the casus' questions: its regievoerder, or while it has none the gemeente (Melder.AanBeslisserAsync).
        var beslist = casus.IsRegievoerder || gemeente && casus.IsZonderRegievoerder;
        return actie switch
        {
            CasusActie.Lezen => professional,
            CasusActie.Bewerken => professional && !casus.IsAfgesloten,
            CasusActie.VoertRegie => professional && (casus.IsRegievoerder || gemeente),
            CasusActie.WijzigtRegie => professional && (casus.IsRegievoerder || gemeente) && !casus.IsAfgesloten,
            CasusActie.StelVastOfSluitAf => professional && casus.IsRegievoerder && !casus.IsAfgesloten,
            CasusActie.WijstRegieOpnieuwToe => professional && gemeente && casus.IsRegievoerderVertrokken && !casus.IsAfgesloten,
            CasusActie.NodigOudersUit => professional && casus.IsRegievoerder && !casus.IsAfgesloten,
            CasusActie.OuderPortaal => (user.IsInRole(Rollen.Ouder) && casus.IsOuderVanCasus)
                || (user.IsInRole(Rollen.Jeugdige) && casus.IsJeugdigeVanCasus),
            CasusActie.GeeftSignaal => user.IsInRole(Rollen.Ouder) && casus.IsOuderVanCasus && !casus.IsAfgesloten,
            CasusActie.SchaaltOp => professional && !casus.IsAfgesloten,
            CasusActie.BeantwoordtSignaal => professional && casus.IsRegievoerder,
            CasusActie.BeantwoordtToegangsverzoek => professional && beslist && !casus.IsAfgesloten,
            CasusActie.BeantwoordtCorrectie => professional && beslist,
            CasusActie.RegistreertToestemming => professional && casus.IsRegievoerder,
            CasusActie.LegtVernietigingsverzoekVast => professional && (casus.IsRegievoerder || gemeente),
            _ => false,
        };
    }
}

/// <summary>Who handles the escalated signalen of the casussen of one gemeente. <paramref name="RegieContactVan"/>: the gemeente
/// whose regie-contact the user is (null when none). A regiocoördinator handles those of gemeenten without a regie-contact.</summary>
public sealed record EscalatieToegang(Guid? RegieContactVan, bool IsRegiocoordinator)
{
    public bool MagZien => RegieContactVan is not null || IsRegiocoordinator;

    /// <summary>For an escalation this user may see (<see cref="RegieContact.Escalaties"/>).</summary>
    public bool Mag(EscalatieActie actie) => actie switch
    {
        EscalatieActie.LeestTekst or EscalatieActie.WordtBetrokkene => RegieContactVan is not null,
        EscalatieActie.Doorzetten => MagZien,
        _ => false,
    };
}

public enum EscalatieActie
{
    /// <summary>The indiener's words and the exchange: the regie-contact. A regiocoördinator standing in sees that there is a
    /// signaal and who to call, not what the family wrote (aggregates, never names).</summary>
    LeestTekst,

    /// <summary>Doorzettingsmacht: ask the regievoerder to act, call an MDO, propose another regievoerder.</summary>
    Doorzetten,

    /// <summary>Join the casus as a professional betrokkene, and so see all of it: the regie-contact (a medewerker).</summary>
    WordtBetrokkene,
}

/// <summary>The gemeente's regie-contact: doorzettingsmacht on escalated signalen without being a betrokkene, so they see the
/// signaal and the casus header, never its content. While a gemeente has none (or its account is gone) the regiocoördinatoren
/// stand in, as <see cref="Meldingen.Melder.AanGemeenteAsync"/> sends their meldingen.</summary>
public static class RegieContact
{
    /// <summary>The facts, read once per request (the policy and the page both ask).</summary>
    public static async Task<EscalatieToegang> ToegangAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Items[typeof(EscalatieToegang)] is EscalatieToegang gelezen) return gelezen;
        var user = http.User;
        Guid? gemeente = null;
        if (user.IsInRole(Rollen.Gemeente) && RegieClaims.MedewerkerIdVan(user) is { } medewerker)
        {
            var db = http.RequestServices.GetRequiredService<RegieDbContext>();
            gemeente = await db.Organisaties.Where(o => o.Type == OrganisatieType.Gemeente && o.RegieContactId == medewerker)
                .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        }
        var toegang = new EscalatieToegang(gemeente, user.IsInRole(Rollen.Regiocoordinator));
        http.Items[typeof(EscalatieToegang)] = toegang;
        return toegang;
    }

    /// <summary>Gemeenten whose escalations go to the regiocoördinatoren: no regie-contact, or no active account for them.</summary>
    public static IQueryable<Organisatie> GemeentenZonderRegieContact(this RegieDbContext db) =>
        db.Organisaties.Where(o => o.Type == OrganisatieType.Gemeente
            && (o.RegieContactId == null || !db.Users.Any(u => u.Actief && u.MedewerkerId == o.RegieContactId)));

    /// <summary>The signalen this user handles: escalated, not closed, of a casus of their gemeente (or, for a
    /// regiocoördinator, of a gemeente without regie-contact).</summary>
    public static IQueryable<Signaal> Escalaties(this RegieDbContext db, EscalatieToegang toegang)
    {
        var gemeenten = toegang.RegieContactVan is { } eigen ? db.Organisaties.Where(o => o.Id == eigen)
            : toegang.IsRegiocoordinator ? db.GemeentenZonderRegieContact()
            : db.Organisaties.Where(o => false);
        return db.Signalen.Where(s => s.GeescaleerdOp != null && s.Status != SignaalStatus.Gesloten
            && db.Casussen.Any(c => c.Id == s.CasusId && c.GeanonimiseerdOp == null && gemeenten.Any(g => g.Id == c.GemeenteId)));
    }
}
