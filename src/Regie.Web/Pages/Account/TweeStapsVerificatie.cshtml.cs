using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Sessies;
using Regie.Web.Infrastructure.Logboek;
using Regie.Domain.Logboek;

namespace Regie.Web.Pages.Account;

[EnableRateLimiting(Beveiliging.InlogLimiet)]
public sealed class TweeStapsVerificatieModel(
    UserManager<Gebruiker> users, SignInManager<Gebruiker> signIn, Microsoft.Extensions.Options.IOptions<Infrastructure.Configuratie.RegieOpties> opties, IHostEnvironment env,
    RegieDbContext db, SessieStore sessies, ILogger<TweeStapsVerificatieModel> log, Logboekschrijver logboek) : PageModel
{
    public const int AantalHerstelcodes = 10;
    public const string CodeKloptNiet = "Deze code klopt niet. Vul de code in die de app nu laat zien.";

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul de code van 6 cijfers uit de app in.")]
        [StringLength(20, ErrorMessage = "De code bestaat uit 6 cijfers, zoals 123456.")]
        [Display(Name = "Code uit de app")]
        public string? Code { get; set; }
    }

    public bool StaatAan { get; private set; }
    public bool IsVerplicht { get; private set; }
    public string Sleutel { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public int HerstelcodesOver { get; private set; }

    /// <summary>Shown once, right after they were made; they travel in TempData for the one redirect.</summary>
    public IReadOnlyList<string> NieuweHerstelcodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null) return Challenge();
        if (TempData["Herstelcodes"] is string codes) NieuweHerstelcodes = codes.Split(' ');
        await LaadAsync(gebruiker);
        return Page();
    }

    public async Task<IActionResult> OnPostAanzettenAsync()
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(gebruiker)) return RedirectToPage();

        var code = Inlogcodes.AlsCijfercode(Input.Code);
        long? stap = null;
        if (ModelState.IsValid && code is null)
            ModelState.AddModelError("Input.Code", "De code bestaat uit 6 cijfers, zoals 123456.");
        else if (ModelState.IsValid && (stap = await Appcodes.NieuweStapAsync(users, gebruiker, code!)) is null)
            ModelState.AddModelError("Input.Code", CodeKloptNiet);
        if (!ModelState.IsValid)
        {
            await LaadAsync(gebruiker);
            return Page();
        }

        await Appcodes.BewaarAsync(users, gebruiker, stap!.Value);
        logboek.Schrijf(null, "Account", LogboekActie.Gewijzigd, $"Tweestapsverificatie aangezet: account {gebruiker.Id}");
        await users.SetTwoFactorEnabledAsync(gebruiker, true);
        await BeeindigAndereSessiesAsync(gebruiker);
        log.LogInformation("Tweestapsverificatie aangezet voor {GebruikerId}", gebruiker.Id);
        return await ToonNieuweHerstelcodesAsync(gebruiker, "Tweestapsverificatie staat nu aan.");
    }

    public async Task<IActionResult> OnPostNieuweHerstelcodesAsync()
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(gebruiker)) return RedirectToPage();
        log.LogInformation("Nieuwe herstelcodes gemaakt voor {GebruikerId}", gebruiker.Id);
        return await ToonNieuweHerstelcodesAsync(gebruiker, "U hebt nieuwe herstelcodes. De oude codes werken niet meer.");
    }

    public async Task<IActionResult> OnPostUitzettenAsync()
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null) return Challenge();
        if (TweeStapsVerificatie.IsVerplichtVoor(User, opties.Value, env))
        {
            TempData["Melding"] = "Voor uw account is tweestapsverificatie verplicht. U kunt het niet uitzetten.";
            return RedirectToPage();
        }

        logboek.Schrijf(null, "Account", LogboekActie.Gewijzigd, $"Tweestapsverificatie uitgezet: account {gebruiker.Id}");
        await users.SetTwoFactorEnabledAsync(gebruiker, false);
        // A new key when it is switched on again, so an old phone or a copied key no longer works.
        await users.ResetAuthenticatorKeyAsync(gebruiker);
        await BeeindigAndereSessiesAsync(gebruiker);
        await signIn.RefreshSignInAsync(gebruiker);
        log.LogInformation("Tweestapsverificatie uitgezet voor {GebruikerId}", gebruiker.Id);
        TempData["Melding"] = "Tweestapsverificatie staat uit. U logt nu in met alleen uw wachtwoord.";
        return RedirectToPage();
    }

    private async Task<IActionResult> ToonNieuweHerstelcodesAsync(Gebruiker gebruiker, string melding)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(gebruiker, AantalHerstelcodes) ?? [];
        // Changing 2FA renews the security stamp; without a fresh cookie the session would end within a minute.
        await signIn.RefreshSignInAsync(gebruiker);
        TempData["Herstelcodes"] = string.Join(' ', codes);
        TempData["Melding"] = melding;
        return RedirectToPage();
    }

    // Another browser that is still logged in may be the reason for the change: it must not stay in.
    private Task<int> BeeindigAndereSessiesAsync(Gebruiker gebruiker) =>
        sessies.BeeindigAsync(db, gebruiker.Id, SessieStore.SleutelVan(User), HttpContext.RequestAborted);

    private async Task LaadAsync(Gebruiker gebruiker)
    {
        IsVerplicht = TweeStapsVerificatie.IsVerplichtVoor(User, opties.Value, env);
        StaatAan = await users.GetTwoFactorEnabledAsync(gebruiker);
        if (StaatAan)
        {
            HerstelcodesOver = await users.CountRecoveryCodesAsync(gebruiker);
            return;
        }

        var sleutel = await users.GetAuthenticatorKeyAsync(gebruiker);
        if (string.IsNullOrEmpty(sleutel))
        {
            // Only a first key, stored as the user store stores it: ResetAuthenticatorKeyAsync would also renew the
            // security stamp and so end the user's other sessions just for looking at this page.
            sleutel = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(gebruiker, "[AspNetUserStore]", "AuthenticatorKey", sleutel);
        }
        Sleutel = InGroepjes(sleutel);
        QrCodeDataUri = QrCode(OtpauthUri(await users.GetEmailAsync(gebruiker) ?? gebruiker.UserName ?? "", sleutel));
    }

    internal static string InGroepjes(string sleutel)
    {
        var tekst = new StringBuilder();
        for (var i = 0; i < sleutel.Length; i += 4)
        {
            if (i > 0) tekst.Append(' ');
            tekst.Append(sleutel.AsSpan(i, Math.Min(4, sleutel.Length - i)));
        }
        return tekst.ToString().ToLowerInvariant();
    }

    internal static string OtpauthUri(string email, string sleutel) =>
        $"otpauth://totp/Regie:{Uri.EscapeDataString(email)}?secret={sleutel}&issuer=Regie&digits=6";

    private static string QrCode(string inhoud)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(inhoud, QRCodeGenerator.ECCLevel.Q);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(5));
    }
}
