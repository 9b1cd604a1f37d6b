using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Regie.Web.Infrastructure;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;
using Regie.Domain.Logboek;

namespace Regie.Web.Pages.Account;

[EnableRateLimiting(Beveiliging.InlogLimiet)]
public sealed class InloggenModel(SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, Inlogpogingen pogingen,
    RegieDbContext db, Logboekschrijver logboek, ILogger<InloggenModel> log) : PageModel
{
    // One message for every wrong combination and one for too many tries, the same whether or not the e-mailadres
    // has an account, so the page never tells whether it exists.
    public const string OngeldigeInlog = "Het e-mailadres of het wachtwoord klopt niet.";
    public const string Geblokkeerd = "Het e-mailadres of het wachtwoord klopt niet, of er is te vaak geprobeerd. Wacht een kwartier en probeer het opnieuw.";

    // Checked for an unknown address too, so a wrong password costs the same time whether or not the account exists.
    private static string? nepHash;

    [BindProperty] public Invoer Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")]
        [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
        [Display(Name = "E-mailadres")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        [StringLength(200, ErrorMessage = "Een wachtwoord is hoogstens 200 tekens.")]
        [DataType(DataType.Password)]
        [Display(Name = "Wachtwoord")]
        public string? Wachtwoord { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();

        var email = Input.Email!;
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        var vertraging = pogingen.Vertraging(email);
        if (vertraging > TimeSpan.Zero) await Task.Delay(vertraging, ct);

        var gebruiker = await users.FindByEmailAsync(email);
        var account = gebruiker?.Id.ToString() ?? "onbekend adres";
        if (pogingen.IsGeblokkeerd(email, ip))
        {
            ControleerNep(Input.Wachtwoord!);
            log.LogWarning("Inlogpoging geweigerd na te veel pogingen voor {Account}", account);
            await LogboekAsync(LogboekActie.Geweigerd, $"Inloggen geweigerd na te veel pogingen voor account {account}", ct);
            ModelState.AddModelError(string.Empty, Geblokkeerd);
            return Page();
        }

        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (gebruiker is null || !gebruiker.Actief) ControleerNep(Input.Wachtwoord!);
        else
        {
            // No account-wide lockout on passwords: with it anyone who knows an e-mailadres could lock its owner out.
            // The lockout from wrong 2FA codes still applies (PasswordSignInAsync refuses a locked-out account).
            result = await signIn.PasswordSignInAsync(gebruiker, Input.Wachtwoord!, isPersistent: false, lockoutOnFailure: false);
            if (result.IsLockedOut || result.IsNotAllowed) ControleerNep(Input.Wachtwoord!);
        }

        if (result.Succeeded || result.RequiresTwoFactor)
        {
            pogingen.Gelukt(email, ip);
            // Once signed in the row names the user itself (Gebruiker, GebruikerId); a GUID would only clutter the Beheer logboek.
            await LogboekAsync(LogboekActie.Aangemaakt, result.Succeeded
                ? "Ingelogd met wachtwoord"
                : $"Wachtwoord goed, code uit de app gevraagd: account {account}", ct);
            if (result.RequiresTwoFactor)
                return RedirectToPage("/Account/InloggenMetCode", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        pogingen.Mislukt(email, ip);
        log.LogWarning("Inloggen mislukt voor {Account}{Geblokkeerd}", account, result.IsLockedOut ? " (geblokkeerd na foute codes)" : "");
        await LogboekAsync(LogboekActie.Geweigerd, $"Inloggen mislukt: account {account}", ct);
        ModelState.AddModelError(string.Empty, pogingen.IsGeblokkeerd(email, ip) ? Geblokkeerd : OngeldigeInlog);
        return Page();
    }

    private void ControleerNep(string wachtwoord)
    {
        nepHash ??= users.PasswordHasher.HashPassword(new Gebruiker(), "Regie-bestaat-niet-" + Guid.NewGuid());
        _ = users.PasswordHasher.VerifyHashedPassword(new Gebruiker(), nepHash, wachtwoord);
    }

    private async Task LogboekAsync(LogboekActie actie, string omschrijving, CancellationToken ct)
    {
        logboek.Schrijf(null, "Account", actie, omschrijving);
        await db.SaveChangesAsync(ct);
    }
}
