using Microsoft.EntityFrameworkCore;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Vragenlijsten;

/// <summary>The newest open offer of the logged-in account, as the bell's count: the casus loader reads it in its own
/// statement (so the ouders' portal stays at three round trips), any other page asks the database once.</summary>
public static class WachtendeVragenlijst
{
    private const string Sleutel = "Regie.Vragenlijst";

    /// <summary>The casus loader's subquery over its <c>@gebruiker</c> parameter; the enum is stored as its name.</summary>
    public const string Sql = $"""
        (SELECT a."Id" FROM "Vragenlijstaanbiedingen" a WHERE a."GebruikerId" = @gebruiker AND a."Status" = '{nameof(AanbodStatus.Open)}'
         ORDER BY a."AangebodenOp" DESC LIMIT 1)
        """;

    public static void Zet(HttpContext context, Guid? aanbodId) => context.Items[Sleutel] = aanbodId ?? Guid.Empty;

    public static async Task<Guid?> VindAsync(HttpContext context, RegieDbContext db)
    {
        if (context.Items.TryGetValue(Sleutel, out var bekend) && bekend is Guid id) return id == Guid.Empty ? null : id;
        if (RegieClaims.GebruikerIdVan(context.User) is not { } gebruiker) return null;
        var gevonden = await db.Vragenlijstaanbiedingen.AsNoTracking()
            .Where(a => a.GebruikerId == gebruiker && a.Status == AanbodStatus.Open)
            .OrderByDescending(a => a.AangebodenOp).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(context.RequestAborted);
        Zet(context, gevonden);
        return gevonden;
    }
}
