using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Sessies;

namespace Regie.Web.Pages.Account;

/// <summary>Changing one's own password, with the current one. Other browsers where the account is logged in are
/// logged out; this one stays in.</summary>
[EnableRateLimiting(Beveiliging.InlogLimiet)]
public sealed class WachtwoordWijzigenModel(RegieDbContext db, UserManager<Gebruiker> users, SignInManager<Gebruiker> signIn,
    Logboekschrijver logboek, SessieStore sessies, TimeProvider clock, ILogger<WachtwoordWijzigenModel> log) : PageModel
{
    public const string Gewijzigd = "Uw wachtwoord is gewijzigd. Op andere apparaten waar u nog ingelogd was, bent u uitgelogd.";

    [BindProperty]
    [Required(ErrorMessage = "Vul uw huidige wachtwoord in.")]
    [StringLength(200, ErrorMessage = "Een wachtwoord is hoogstens 200 tekens.")]
    [DataType(DataType.Password)]
    [Display(Name = "Huidig wachtwoord")]
    public string? HuidigWachtwoord { get; set; }

    [BindProperty] public WachtwoordKeuze Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null) return Challenge();
        if (!ModelState.IsValid) return Page();
        await WachtwoordKeuze.ControleerAsync(users, gebruiker, Input.Wachtwoord, ModelState, "Input.Wachtwoord");
        if (!ModelState.IsValid) return Page();

        // Saved together with the new password (UserManager saves this DbContext).
        logboek.Schrijf(null, "Account", LogboekActie.Gewijzigd, $"Wachtwoord gewijzigd door de gebruiker zelf, account {gebruiker.Id}");
        var result = await users.ChangePasswordAsync(gebruiker, HuidigWachtwoord!, Input.Wachtwoord!);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            foreach (var fout in result.Errors)
                ModelState.AddModelError(fout.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(HuidigWachtwoord) : "Input.Wachtwoord", fout.Description);
            return Page();
        }

        await Wachtwoordherstel.VervalOpenLinksAsync(db, gebruiker.Id, clock.GetUtcNow(), ct);
        var beeindigd = await sessies.BeeindigAsync(db, gebruiker.Id, SessieStore.SleutelVan(User), ct);
        // The new security stamp would end this session too within a minute; a fresh ticket keeps it.
        await signIn.RefreshSignInAsync(gebruiker);
        log.LogInformation("Wachtwoord gewijzigd voor {GebruikerId}; {Aantal} andere sessies beëindigd", gebruiker.Id, beeindigd);
        TempData["Melding"] = Gewijzigd;
        return RedirectToPage();
    }
}
