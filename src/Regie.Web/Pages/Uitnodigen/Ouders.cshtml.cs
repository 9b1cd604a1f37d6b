using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure;
using Regie.Web.Pages.Casussen;

namespace Regie.Web.Pages.Uitnodigen;

/// <summary>The regievoerder invites the ouders of the casus to their portal: a login linked to their Betrokkene.</summary>
// No role policy here: whoever may not invite for this casus gets 404 from CasusAutorisatie.
public sealed class OudersModel(RegieDbContext db, CasusAutorisatie autorisatie, Uitnodigingen uitnodigingen, Logboekschrijver logboek) : PageModel
{
    public enum AccountStatus { Geen, Uitgenodigd, Actief, Gedeactiveerd }

    public static (string Tekst, string? Klasse) Label(AccountStatus status) => status switch
    {
        AccountStatus.Actief => ("Heeft een account", "label label-ok"),
        AccountStatus.Uitgenodigd => ("Uitgenodigd", "label label-let"),
        AccountStatus.Gedeactiveerd => ("Gedeactiveerd", "label label-fout"),
        _ => ("Geen account", null),
    };

    public sealed record Gezinslid(Guid Id, string Naam, string RolOfRelatie, bool IsOuder, string? Email, AccountStatus Account);

    [BindProperty] public Invoer Input { get; set; } = new();

    public Guid CasusId { get; private set; }
    public string Code { get; private set; } = "";
    public string Gezinsnaam { get; private set; } = "";
    public IReadOnlyList<Gezinslid> Gezinsleden { get; private set; } = [];
    public IEnumerable<Gezinslid> TeInviteren => Gezinsleden.Where(g => g.IsOuder && g.Account == AccountStatus.Geen);

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Kies de ouder die u uitnodigt.")]
        [Display(Name = "Ouder")]
        public Guid? BetrokkeneId { get; set; }

        [Required(ErrorMessage = "Vul het e-mailadres van de ouder in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")]
        [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
        [Display(Name = "E-mailadres van de ouder")]
        public string? Email { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.NodigOudersUit, ct) is null) return NotFound();
        await LaadAsync(casusId, ct);
        // With one ouder left to invite, the form starts with that ouder and the e-mailadres the casus already knows.
        if (TeInviteren.ToList() is [var enige])
            Input = new Invoer { BetrokkeneId = enige.Id, Email = enige.Email };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.NodigOudersUit, ct) is null) return NotFound();
        await LaadAsync(casusId, ct);
        if (!ModelState.IsValid) return Page();

        var ouder = Gezinsleden.SingleOrDefault(g => g.Id == Input.BetrokkeneId && g.IsOuder);
        if (ouder is null)
        {
            ModelState.AddModelError("Input.BetrokkeneId", "Kies een ouder uit de lijst.");
            return Page();
        }
        if (ouder.Account != AccountStatus.Geen)
        {
            ModelState.AddModelError("Input.BetrokkeneId", $"{ouder.Naam} heeft al een account.");
            return Page();
        }
        var email = Input.Email!.Trim().ToLowerInvariant();
        var bestaand = await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (bestaand is not null)
        {
            // The same answer as a real invitation: the form must not tell whether an address has an account.
            logboek.Schrijf(casusId, "Ouderaccount", LogboekActie.Aangemaakt, $"Ouderaccount voor {ouder.Naam} uitgenodigd");
            logboek.Schrijf(null, "Account", LogboekActie.Geweigerd, $"Geen ouderaccount gemaakt: het adres hoort al bij account {bestaand}");
            await db.SaveChangesAsync(ct);
            Uitnodigingen.Meld(TempData, await uitnodigingen.BestaandAccountAsync(email, ouder.Naam, RegieClaims.NaamVan(User), ct), ouder.Naam, email);
            return RedirectToPage(new { casusId });
        }

        logboek.Schrijf(casusId, "Ouderaccount", LogboekActie.Aangemaakt, $"Ouderaccount voor betrokkene {ouder.Id} uitgenodigd");
        var resultaat = await uitnodigingen.NodigUitAsync(new(ouder.Naam, email, Rollen.Ouder, BetrokkeneId: ouder.Id), RegieClaims.NaamVan(User), ct);
        if (!resultaat.Gelukt)
        {
            foreach (var fout in resultaat.Fouten)
                ModelState.AddModelError(fout.Code.Contains("Email", StringComparison.Ordinal) || fout.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.Email" : string.Empty, fout.Description);
            return Page();
        }
        Uitnodigingen.Meld(TempData, resultaat, ouder.Naam, email);
        return RedirectToPage(new { casusId });
    }

    public async Task<IActionResult> OnPostOpnieuwAsync(Guid casusId, Guid betrokkeneId, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.NodigOudersUit, ct) is null) return NotFound();
        var gebruiker = await db.Users.SingleOrDefaultAsync(u => u.BetrokkeneId == betrokkeneId
            && db.Betrokkenen.Any(b => b.Id == betrokkeneId && b.CasusId == casusId), ct);
        if (gebruiker is null) return NotFound();
        if (gebruiker.Actief && gebruiker.PasswordHash is null)
        {
            logboek.Schrijf(casusId, "Ouderaccount", LogboekActie.Gewijzigd, $"Nieuwe uitnodiging voor betrokkene {betrokkeneId}");
            var resultaat = await uitnodigingen.NodigOpnieuwUitAsync(gebruiker, RegieClaims.NaamVan(User), ct);
            Uitnodigingen.Meld(TempData, resultaat, gebruiker.Naam, gebruiker.Email!);
        }
        return RedirectToPage(new { casusId });
    }

    private async Task LaadAsync(Guid casusId, CancellationToken ct)
    {
        CasusId = casusId;
        var kop = await db.KopAsync(logboek, casusId, "Ouders", "Ouderaccount", null, ct);
        (Code, Gezinsnaam) = (kop.Code, kop.Gezinsnaam);
        var leden = await db.Betrokkenen.AsNoTracking().Actieve()
            .Where(b => b.CasusId == casusId && b.Soort == BetrokkeneSoort.Gezinslid)
            .OrderByDescending(b => b.IsOuder).ThenBy(b => b.Naam)
            .Select(b => new { b.Id, b.Naam, b.RolOfRelatie, b.IsOuder, b.Email })
            .ToListAsync(ct);
        var ids = leden.Select(l => (Guid?)l.Id).ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => ids.Contains(u.BetrokkeneId))
            .Select(u => new { u.BetrokkeneId, u.Actief, HeeftWachtwoord = u.PasswordHash != null })
            .ToListAsync(ct);
        Gezinsleden = [.. leden.Select(l =>
        {
            var account = accounts.FirstOrDefault(a => a.BetrokkeneId == l.Id);
            var status = account is null ? AccountStatus.Geen
                : !account.Actief ? AccountStatus.Gedeactiveerd
                : account.HeeftWachtwoord ? AccountStatus.Actief : AccountStatus.Uitgenodigd;
            return new Gezinslid(l.Id, l.Naam, l.RolOfRelatie, l.IsOuder, l.Email, status);
        })];
    }
}
