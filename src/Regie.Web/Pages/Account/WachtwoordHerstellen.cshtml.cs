using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Sessies;

namespace Regie.Web.Pages.Account;

/// <summary>Choosing a new password through the link from "wachtwoord vergeten". It ends every session of the account.</summary>
[EnableRateLimiting(Beveiliging.InlogLimiet)]
public sealed class WachtwoordHerstellenModel(RegieDbContext db, UserManager<Gebruiker> users, Logboekschrijver logboek,
    SessieStore sessies, TimeProvider clock) : PageModel
{
    // One message for unknown, expired and used links: the page tells nothing about the account behind it.
    public const string Onbruikbaar = "Deze link werkt niet meer: hij is al gebruikt of ouder dan een uur. Vraag hieronder een nieuwe link aan.";

    [BindProperty] public WachtwoordKeuze Input { get; set; } = new();

    public bool IsBruikbaar { get; private set; }
    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        GeenCache();
        var (herstel, gebruiker) = await ZoekAsync(token, ct);
        (IsBruikbaar, Email) = (herstel is not null, gebruiker?.Email ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        GeenCache();
        var (herstel, gebruiker) = await ZoekAsync(token, ct);
        if (herstel is null || gebruiker is null) return Page();
        (IsBruikbaar, Email) = (true, gebruiker.Email ?? "");
        if (!ModelState.IsValid) return Page();
        await WachtwoordKeuze.ControleerAsync(users, gebruiker, Input.Wachtwoord, ModelState, "Input.Wachtwoord");
        if (!ModelState.IsValid) return Page();

        // One SaveChanges (UserManager saves this DbContext): the new password, the link marked used and the logboek line.
        // The link's row version makes a second, simultaneous use fail instead of setting a password twice.
        var nu = clock.GetUtcNow();
        herstel.MarkeerGebruikt(nu);
        gebruiker.PasswordHash = users.PasswordHasher.HashPassword(gebruiker, Input.Wachtwoord!);
        // Whoever can read the mailbox may log in again: a lockout from wrong passwords ends here.
        gebruiker.AccessFailedCount = 0;
        gebruiker.LockoutEnd = null;
        logboek.Schrijf(null, "Account", LogboekActie.Gewijzigd, $"Wachtwoord hersteld via de e-maillink voor account {gebruiker.Id}");
        IdentityResult result;
        try
        {
            result = await users.UpdateSecurityStampAsync(gebruiker);
        }
        catch (DbUpdateConcurrencyException)
        {
            result = IdentityResult.Failed(users.ErrorDescriber.ConcurrencyFailure());
        }
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            IsBruikbaar = false;
            return Page();
        }

        await Wachtwoordherstel.VervalOpenLinksAsync(db, gebruiker.Id, nu, ct);
        await sessies.BeeindigAsync(db, gebruiker.Id, behalve: null, ct);
        TempData["Melding"] = "Uw nieuwe wachtwoord is ingesteld. Log nu in met uw e-mailadres en het nieuwe wachtwoord. Overal waar u nog ingelogd was, bent u uitgelogd.";
        return RedirectToPage("/Account/Inloggen");
    }

    private async Task<(Wachtwoordherstel? Herstel, Gebruiker? Gebruiker)> ZoekAsync(string token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return (null, null);
        var hash = Uitnodiging.Hash(token);
        var herstel = await db.Wachtwoordherstellen.SingleOrDefaultAsync(w => w.TokenHash == hash, ct);
        if (herstel is null || !herstel.IsBruikbaar(clock.GetUtcNow())) return (null, null);
        var gebruiker = await users.FindByIdAsync(herstel.GebruikerId.ToString());
        return gebruiker is { Actief: true } ? (herstel, gebruiker) : (null, null);
    }

    // The page's URL is a secret until it is used: keep it out of caches.
    private void GeenCache() => Response.Headers.CacheControl = "no-store";
}
