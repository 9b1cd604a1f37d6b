using System.Security.Claims;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen;

/// <summary>Access shared by the Regie and Afsluiten pages.</summary>
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
}
