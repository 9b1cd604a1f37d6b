using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Regie.Web.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>The second step of logging in when the phone is not at hand: one of the herstelcodes, each usable once.</summary>
[EnableRateLimiting(Beveiliging.InlogLimiet)]
public sealed class InloggenMetHerstelcodeModel(SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, ILogger<InloggenMetHerstelcodeModel> log)
    : PageModel
{
    public const string CodeKloptNiet = "Deze herstelcode klopt niet of is al gebruikt. Controleer de code en probeer het opnieuw.";

    [BindProperty] public Invoer Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul een van uw herstelcodes in.")]
        [StringLength(30, ErrorMessage = "Een herstelcode bestaat uit 10 letters en cijfers, zoals BC234-DF567.")]
        [Display(Name = "Herstelcode")]
        public string? Herstelcode { get; set; }
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
        if (!ModelState.IsValid) return Page();

        // Identity does not count wrong herstelcodes towards the lockout; the login code does, so these do too.
        if (await users.IsLockedOutAsync(gebruiker))
        {
            ModelState.AddModelError("Input.Herstelcode", InloggenMetCodeModel.Geblokkeerd);
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Inlogcodes.AlsHerstelcode(Input.Herstelcode));
        if (result.Succeeded)
        {
            var over = await users.CountRecoveryCodesAsync(gebruiker);
            log.LogInformation("Ingelogd met een herstelcode door {GebruikerId}; nog {Aantal} over", gebruiker.Id, over);
            TempData["Melding"] = over > 3
                ? $"U bent ingelogd met een herstelcode. U hebt nog {over} herstelcodes over."
                : $"U bent ingelogd met een herstelcode. U hebt nog {over} over. Maak nieuwe herstelcodes bij Tweestapsverificatie.";
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        await users.AccessFailedAsync(gebruiker);
        ModelState.AddModelError("Input.Herstelcode", await users.IsLockedOutAsync(gebruiker) ? InloggenMetCodeModel.Geblokkeerd : CodeKloptNiet);
        return Page();
    }

    private RedirectToPageResult OpnieuwInloggen()
    {
        TempData["Melding"] = InloggenMetCodeModel.Verlopen;
        return RedirectToPage("/Account/Inloggen", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
    }
}
