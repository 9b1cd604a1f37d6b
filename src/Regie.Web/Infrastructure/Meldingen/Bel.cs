using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Meldingen;

/// <summary>The count on the bell. A page that reads its data in one statement (the casus loader) counts the unread meldingen
/// in it and leaves the number here, so the bell costs no round trip of its own; any other page counts when the layout asks.</summary>
public static class Bel
{
    private const string Sleutel = "Regie.Bel";

    public static void Zet(HttpContext context, int aantal) => context.Items[Sleutel] = aantal;

    public static async Task<int> OngelezenAsync(HttpContext context, RegieDbContext db)
    {
        if (context.Items.TryGetValue(Sleutel, out var bekend) && bekend is int aantal) return aantal;
        if (RegieClaims.GebruikerIdVan(context.User) is not { } gebruiker) return 0;
        aantal = await db.Meldingen.CountAsync(m => m.GebruikerId == gebruiker && m.GelezenOp == null, context.RequestAborted);
        Zet(context, aantal);
        return aantal;
    }
}
