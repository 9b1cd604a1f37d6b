using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Email;

namespace Regie.Web.Pages.Account;

/// <summary>Asks for a single-use link, valid one hour, to choose a new password. The answer is the same whether or
/// not the address has an account, so the page cannot be used to find out who uses Regie.</summary>
[EnableRateLimiting(Beveiliging.InlogLimiet)]
public sealed class WachtwoordVergetenModel(RegieDbContext db, UserManager<Gebruiker> users, Mailer mailer, TimeProvider clock,
    ILogger<WachtwoordVergetenModel> log) : PageModel
{
    public const string Antwoord = "Hoort er een account bij dit e-mailadres? Dan krijgt u binnen een paar minuten een e-mail met een link " +
        "om een nieuw wachtwoord te kiezen. De link werkt één keer en is een uur geldig. Geen e-mail gekregen? Kijk ook bij uw " +
        "ongewenste e-mail, of vraag de functioneel beheerder of de regievoerder om hulp.";

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")]
        [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
        [Display(Name = "E-mailadres")]
        public string? Email { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();

        var gebruiker = await users.FindByEmailAsync(Input.Email!.Trim());
        if (gebruiker is { Actief: true, Email: { } email })
        {
            db.Wachtwoordherstellen.Add(new Wachtwoordherstel(gebruiker.Id, clock.GetUtcNow(), out var token));
            await db.SaveChangesAsync(ct);
            var link = Url.Page("/Account/WachtwoordHerstellen", pageHandler: null, values: new { token }, protocol: Request.Scheme)!;
            if (mailer.IsIngesteld)
            {
                // Sent after the answer, so a known address takes no longer to answer than an unknown one.
                _ = Task.Run(() => mailer.VerstuurAsync(email, "Nieuw wachtwoord voor Regie", Tekst(gebruiker.Naam, link), CancellationToken.None), CancellationToken.None);
            }
            else
            {
                log.LogWarning("Wachtwoord vergeten voor account {GebruikerId}: er is geen e-mail verstuurd, want Regie:Smtp is niet ingesteld", gebruiker.Id);
            }
        }

        TempData["Melding"] = Antwoord;
        return RedirectToPage();
    }

    private static string Tekst(string naam, string link) =>
        $"""
        Beste {naam},

        U hebt gevraagd om een nieuw wachtwoord voor Regie. Kies het via deze link:

        {link}

        De link werkt één keer en is een uur geldig. Daarna vraagt u gewoon een nieuwe link aan.
        Hebt u dit niet zelf gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.
        """;
}
