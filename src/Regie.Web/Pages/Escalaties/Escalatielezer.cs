using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Escalaties;

public sealed record Regievoerder(string Naam, string? Organisatie, string? Telefoon, string? Bereikbaarheid);

/// <summary>The casus header the regie-contact may see: code, status, regievoerder, open signalen. No gezinsnaam, no content.
/// <see cref="IkBenBetrokken"/>: the user already is an active betrokkene, so the casus pages are open to them.</summary>
public sealed record EscalatieKop(Guid CasusId, string Code, CasusStatus Status, string Gemeente, Regievoerder? Regievoerder,
    int OpenSignalen, bool IkBenBetrokken);

public sealed record Escalatie(Signaal Signaal, IReadOnlyList<SignaalBericht> Berichten, EscalatieKop Kop, EscalatieToegang Toegang)
{
    public bool Mag(EscalatieActie actie) => Toegang.Mag(actie);
}

/// <summary>Reads one escalated signaal with its casus header in one statement, only when the user handles it
/// (<see cref="RegieContact.Escalaties"/>); anything else is not found, and the refusal is logged on the casus.</summary>
public static class Escalatielezer
{
    public static async Task<Escalatie?> LeesAsync(this RegieDbContext db, HttpContext http, Logboekschrijver logboek, Guid signaalId,
        CancellationToken ct)
    {
        var toegang = await RegieContact.ToegangAsync(http, ct);
        var medewerker = RegieClaims.MedewerkerIdVan(http.User);
        var rij = await (
            from s in db.Escalaties(toegang).AsNoTracking()
            where s.Id == signaalId
            join c in db.Casussen on s.CasusId equals c.Id
            select new
            {
                Signaal = s,
                Berichten = s.Berichten.OrderBy(b => b.Op).ToList(),
                Kop = new EscalatieKop(c.Id, c.Code, c.Status,
                    db.Organisaties.Where(o => o.Id == c.GemeenteId).Select(o => o.Naam).FirstOrDefault() ?? "",
                    (from r in db.Regietoewijzingen.ActieveProcesregie()
                     join b in db.Betrokkenen on r.BetrokkeneId equals b.Id
                     where r.CasusId == c.Id
                     select new Regievoerder(b.Naam, b.OrganisatieNaam, b.Telefoon, b.Bereikbaarheid)).FirstOrDefault(),
                    db.Signalen.Count(x => x.CasusId == c.Id && x.BeantwoordOp == null),
                    medewerker != null && db.Betrokkenen.Any(b => b.CasusId == c.Id && b.MedewerkerId == medewerker && b.BetrokkenTot == null)),
            }).AsSplitQuery().SingleOrDefaultAsync(ct);
        if (rij is not null) return new Escalatie(rij.Signaal, rij.Berichten, rij.Kop, toegang);

        // Not escalated, closed, or of another gemeente: as if it did not exist, with the attempt on the casus when there is one.
        var casusId = await db.Signalen.Where(s => s.Id == signaalId).Select(s => (Guid?)s.CasusId).FirstOrDefaultAsync(ct);
        logboek.Schrijf(casusId, "Escalatie", LogboekActie.Geweigerd, $"Signaal {signaalId}: geen toegang");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>What the doorzettingsmacht actions need of the casus: betrokkenen and regie (for the regievoerder, the
    /// professionals, an overdracht). Tracked only when the action changes the casus.</summary>
    public static Task<Casus> CasusVoorDoorzettenAsync(this RegieDbContext db, Guid casusId, bool volgen, CancellationToken ct)
    {
        var casussen = volgen ? db.Casussen : db.Casussen.AsNoTracking();
        return casussen.AsSplitQuery().Include(c => c.Betrokkenen).Include(c => c.Regietoewijzingen).Include(c => c.Overdrachten)
            .SingleAsync(c => c.Id == casusId, ct);
    }

    public const string Gelijktijdig = "Iemand anders heeft deze casus net gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.";

    /// <summary>False when someone else changed the same casus first (a row version, one open overdracht).</summary>
    public static async Task<bool> BewaarAsync(this RegieDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (Databaseconflict.IsGelijktijdig(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
