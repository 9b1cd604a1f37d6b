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
using Regie.Web.Pages.Account;

namespace Regie.Web.Pages.Uitnodigen;

/// <summary>The invited professional or ouder chooses a password through the single-use link.</summary>
[EnableRateLimiting(Beveiliging.InlogLimiet)]
public sealed class UitnodigingModel(RegieDbContext db, UserManager<Gebruiker> users, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    // One message for unknown, expired and used links, so the page reveals nothing about the account behind it.
    public const string Onbruikbaar = "Deze uitnodiging is verlopen of al gebruikt. Vraag om een nieuwe uitnodiging.";

    [BindProperty] public Invoer Input { get; set; } = new();

    public bool IsBruikbaar { get; private set; }
    public string Naam { get; private set; } = "";
    public string Email { get; private set; } = "";

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Kies een wachtwoord.")]
        [StringLength(200, ErrorMessage = "Een wachtwoord is hoogstens 200 tekens.")]
        [DataType(DataType.Password)]
        [Display(Name = "Nieuw wachtwoord")]
        public string? Wachtwoord { get; set; }

        [Required(ErrorMessage = "Vul het wachtwoord nog een keer in.")]
        [Compare(nameof(Wachtwoord), ErrorMessage = "De twee wachtwoorden zijn niet gelijk. Vul twee keer hetzelfde wachtwoord in.")]
        [StringLength(200, ErrorMessage = "Een wachtwoord is hoogstens 200 tekens.")]
        [DataType(DataType.Password)]
        [Display(Name = "Herhaal het wachtwoord")]
        public string? Herhaling { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        GeenCache();
        var (_, gebruiker) = await ZoekAsync(token, ct);
        if (gebruiker is not null) Toon(gebruiker);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        GeenCache();
        var (uitnodiging, gebruiker) = await ZoekAsync(token, ct);
        if (uitnodiging is null || gebruiker is null) return Page();
        Toon(gebruiker);
        if (!ModelState.IsValid) return Page();

        // Identity's own rules first, so a refused password leaves the invitation untouched.
        await WachtwoordKeuze.ControleerAsync(users, gebruiker, Input.Wachtwoord, ModelState, "Input.Wachtwoord");
        if (!ModelState.IsValid) return Page();

        // Marked used in the same SaveChanges as the password (UserManager saves this DbContext). The invitation's
        // row version makes a second, simultaneous use fail instead of setting a password twice.
        uitnodiging.MarkeerGebruikt(clock.GetUtcNow());
        gebruiker.EmailConfirmed = true;
        logboek.Schrijf(null, "Account", LogboekActie.Gewijzigd, $"Wachtwoord ingesteld via uitnodiging voor account {gebruiker.Id}");
        IdentityResult result;
        try
        {
            result = await users.AddPasswordAsync(gebruiker, Input.Wachtwoord!);
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

        TempData["Melding"] = "Uw wachtwoord is ingesteld. U kunt nu inloggen met uw e-mailadres en dit wachtwoord.";
        return RedirectToPage("/Account/Inloggen");
    }

    private async Task<(Uitnodiging? Uitnodiging, Gebruiker? Gebruiker)> ZoekAsync(string token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return (null, null);
        var hash = Uitnodiging.Hash(token);
        var uitnodiging = await db.Uitnodigingen.SingleOrDefaultAsync(u => u.TokenHash == hash, ct);
        if (uitnodiging is null || !uitnodiging.IsBruikbaar(clock.GetUtcNow())) return (null, null);
        var gebruiker = await users.FindByIdAsync(uitnodiging.GebruikerId.ToString());
        // A deactivated account, or one that already has a password, cannot be taken over with an old link.
        if (gebruiker is null || !gebruiker.Actief || gebruiker.PasswordHash is not null) return (null, null);
        return (uitnodiging, gebruiker);
    }

    private void Toon(Gebruiker gebruiker)
    {
        IsBruikbaar = true;
        Naam = gebruiker.Naam;
        Email = gebruiker.Email ?? "";
    }

    // The page's URL is a secret until it is used: keep it out of caches.
    private void GeenCache() => Response.Headers.CacheControl = "no-store";
}
