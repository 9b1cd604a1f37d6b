using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Logboek;
using Regie.Domain.Logboek;

namespace Regie.Web.Pages.Account;

/// <summary>The second step of logging in: the 6-digit code from the authenticator app.</summary>
[EnableRateLimiting(Beveiliging.InlogLimiet)]
public sealed class InloggenMetCodeModel(SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, RegieDbContext db,
    Logboekschrijver logboek, ILogger<InloggenMetCodeModel> log) : PageModel
{
    public const string CodeKloptNiet = "De code klopt niet. Probeer het opnieuw met de code die de app nu laat zien.";
    public const string Geblokkeerd = "U hebt te vaak een verkeerde code ingevuld. Uw account is 15 minuten geblokkeerd; probeer het daarna opnieuw.";
    public const string Verlopen = "Het inloggen duurde te lang. Log opnieuw in met uw e-mailadres en wachtwoord.";

    [BindProperty] public Invoer Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul de code van 6 cijfers uit de app in.")]
        [StringLength(20, ErrorMessage = "De code bestaat uit 6 cijfers, zoals 123456.")]
        [Display(Name = "Code uit de app")]
        public string? Code { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return OpnieuwInloggen();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var gebruiker = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (gebruiker is null) return OpnieuwInloggen();

        var code = Inlogcodes.AlsCijfercode(Input.Code);
        if (ModelState.IsValid && code is null) ModelState.AddModelError("Input.Code", "De code bestaat uit 6 cijfers, zoals 123456.");
        if (!ModelState.IsValid) return Page();

        // A code that was already used (or is wrong) counts as a wrong code, also for the lockout after wrong codes.
        var stap = await Appcodes.NieuweStapAsync(users, gebruiker, code!);
        if (stap is null && !await users.IsLockedOutAsync(gebruiker)) await users.AccessFailedAsync(gebruiker);
        var result = stap is null
            ? (await users.IsLockedOutAsync(gebruiker) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : Microsoft.AspNetCore.Identity.SignInResult.Failed)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code!, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await Appcodes.BewaarAsync(users, gebruiker, stap!.Value);
            await LogboekAsync(LogboekActie.Aangemaakt, "Ingelogd met code uit de app"); // the row names the signed-in user
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            log.LogWarning("Account {GebruikerId} geblokkeerd na verkeerde codes", gebruiker.Id);
            await LogboekAsync(LogboekActie.Geweigerd, $"Code uit de app geweigerd, account geblokkeerd: account {gebruiker.Id}");
            ModelState.AddModelError("Input.Code", Geblokkeerd);
            return Page();
        }
        await LogboekAsync(LogboekActie.Geweigerd, $"Code uit de app klopt niet: account {gebruiker.Id}");
        ModelState.AddModelError("Input.Code", CodeKloptNiet);
        return Page();
    }

    private async Task LogboekAsync(LogboekActie actie, string omschrijving)
    {
        logboek.Schrijf(null, "Account", actie, omschrijving);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    private RedirectToPageResult OpnieuwInloggen()
    {
        TempData["Melding"] = Verlopen;
        return RedirectToPage("/Account/Inloggen", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
    }
}
