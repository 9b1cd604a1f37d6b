using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Data;

namespace Regie.Web.Pages.Casussen;

/// <summary>What every casus page with several forms needs when one of them is posted.</summary>
public static class CasusFormulieren
{
    /// <summary>The logboek line for someone who joined, the same wherever they were added (ids only, no name).</summary>
    public static void BetrokkeneToegevoegd(this Logboekschrijver logboek, Guid casusId, Betrokkene betrokkene) =>
        logboek.Schrijf(casusId, "Betrokkene", LogboekActie.Aangemaakt, $"{Weergave.Soort(betrokkene.Soort)}: betrokkene {betrokkene.Id}");

    /// <summary>Only the posted form's fields count: the other forms on the page were not sent. (Each form is bound by
    /// its explicit name, so an empty post is still validated under its own prefix instead of none.)</summary>
    public static void AlleenGeldig(this ModelStateDictionary modelState, string prefix)
    {
        foreach (var key in modelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
            modelState.Remove(key);
    }

    /// <summary>Saves the change with its logboek line. False, with a Dutch message at <paramref name="veld"/>, when someone
    /// else changed the same thing first (a row version, or one of the database's own rules such as one open overdracht)
    /// or when a text turned out too long to store.</summary>
    public static async Task<bool> BewaarAsync(this RegieDbContext db, ModelStateDictionary modelState, string veld, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (Databaseconflict.IsGelijktijdig(e))
        {
            db.ChangeTracker.Clear();
            modelState.AddModelError(veld, CasusQueries.GelijktijdigGewijzigd);
            return false;
        }
        catch (Exception e) when (Databaseconflict.IsTeLang(e))
        {
            db.ChangeTracker.Clear();
            modelState.AddModelError(veld, "Deze tekst is te lang om te bewaren. Maak hem korter en sla opnieuw op.");
            return false;
        }
    }
}
