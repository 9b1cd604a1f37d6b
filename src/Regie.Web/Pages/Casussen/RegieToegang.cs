using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen;

/// <summary>Access and saving shared by the Regie and Afsluiten pages.</summary>
public static class RegieToegang
{
    /// <summary>A regie change: VoertRegie on a casus that is still open. VoertRegie alone would still let a betrokkene
    /// of the gemeente in after closing, so Bewerken (which a closed casus refuses) is asked first.</summary>
    public static async Task<CasusToegang?> VoertRegieOpOpenCasusAsync(this CasusAutorisatie autorisatie, ClaimsPrincipal user,
        Guid casusId, RegieDbContext db, Logboekschrijver logboek, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(user, casusId, CasusActie.Bewerken, ct);
        if (toegang is null) return null;
        if (await autorisatie.MagAsync(user, toegang, CasusActie.VoertRegie)) return toegang;
        logboek.Schrijf(casusId, "Casus", LogboekActie.Geweigerd, $"Geen toegang voor {CasusActie.VoertRegie}");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Saves the change with its logboek line. False when someone else changed the same thing first
    /// (a row version, or one of the database's own rules such as one open overdracht per casus).</summary>
    public static async Task<bool> BewaarAsync(this RegieDbContext db, ModelStateDictionary modelState, string veld, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException
            || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            db.ChangeTracker.Clear();
            modelState.AddModelError(veld, CasusQueries.GelijktijdigGewijzigd);
            return false;
        }
    }

    /// <summary>Only the posted form's fields count: the other forms on the page were not sent.</summary>
    public static void AlleenGeldig(this ModelStateDictionary modelState, string prefix)
    {
        foreach (var key in modelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
            modelState.Remove(key);
    }

    private static readonly TimeZoneInfo Nederland =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var tz) ? tz : TimeZoneInfo.Utc;

    public static DateOnly Vandaag(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Nederland).DateTime);
}
