using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Uitnodigen;

/// <summary>The regievoerder invites the ouders of the casus to their portal: a login linked to their Betrokkene. A jeugdige
/// from 16 may have their own (Jeugdwet); younger, the ouders see what concerns the child.</summary>
// No role policy here: whoever may not invite for this casus gets 404 from the Casuslader.
public sealed class OudersModel(RegieDbContext db, Casuslader lader, Uitnodigingen uitnodigingen, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    private static readonly Casuspagina Pagina = new("Ouders", "Ouderaccount");

    // The accounts are no part of the casus: they come next to it, in the same statement.
    private const string Accounts = """
        (select coalesce(json_agg(json_build_object('BetrokkeneId', u."BetrokkeneId", 'Actief', u."Actief",
            'HeeftWachtwoord', u."PasswordHash" is not null)), '[]'::json)
         from "AspNetUsers" u where u."BetrokkeneId" in (select b."Id" from "Betrokkenen" b where b."CasusId" = c."Id"))
        """;

    private sealed record Account(Guid BetrokkeneId, bool Actief, bool HeeftWachtwoord);

    public enum AccountStatus { Geen, Uitgenodigd, Actief, Gedeactiveerd }

    public static (string Tekst, string? Klasse) Label(AccountStatus status) => status switch
    {
        AccountStatus.Actief => ("Heeft een account", "label label-ok"),
        AccountStatus.Uitgenodigd => ("Uitgenodigd", "label label-let"),
        AccountStatus.Gedeactiveerd => ("Gedeactiveerd", "label label-fout"),
        _ => ("Geen account", null),
    };

    public sealed record Gezinslid(Guid Id, string Naam, string RolOfRelatie, bool IsOuder, string? Email, AccountStatus Account, int? Leeftijd = null);

    public const string TeJongMelding = "Een jongere onder de 16 kan niet alleen in het portaal. Nodig de ouders uit: zij zien wat over hun kind gaat.";

    [BindProperty] public Invoer Input { get; set; } = new();

    public Guid CasusId { get; private set; }
    public string Code { get; private set; } = "";
    public string Gezinsnaam { get; private set; } = "";
    public IReadOnlyList<Gezinslid> Gezinsleden { get; private set; } = [];
    /// <summary>The ouders and the jeugdigen without an account; a jeugdige under 16 is refused with a message when chosen.</summary>
    public IEnumerable<Gezinslid> TeInviteren => Gezinsleden.Where(g => g.Account == AccountStatus.Geen);

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Kies de ouder of jongere die u uitnodigt.")]
        [Display(Name = "Ouder of jongere")]
        public Guid? BetrokkeneId { get; set; }

        [Required(ErrorMessage = "Vul het e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")]
        [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
        [Display(Name = "E-mailadres")]
        public string? Email { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await lader.BekijkAsync(casusId, CasusActie.NodigOudersUit, Pagina, ct, Accounts) is not { } geladen) return NotFound();
        Vul(geladen);
        // With one ouder left to invite, the form starts with that ouder and the e-mailadres the casus already knows.
        if (TeInviteren.Where(g => g.IsOuder).ToList() is [var enige])
            Input = new Invoer { BetrokkeneId = enige.Id, Email = enige.Email };
        return Page();
    }

    // The page is shown again on a refusal, so this post reads (and logs) the casus as a view does; what it makes is an
    // account, outside the casus.
    public async Task<IActionResult> OnPostAsync(Guid casusId, CancellationToken ct)
    {
        if (await lader.BekijkAsync(casusId, CasusActie.NodigOudersUit, Pagina, ct, Accounts) is not { } geladen) return NotFound();
        Vul(geladen);
        if (!ModelState.IsValid) return Page();

        var ouder = Gezinsleden.SingleOrDefault(g => g.Id == Input.BetrokkeneId);
        if (ouder is null)
        {
            ModelState.AddModelError("Input.BetrokkeneId", "Kies een ouder of jongere uit de lijst.");
            return Page();
        }
        if (!ouder.IsOuder && ouder.Leeftijd is null)
        {
            ModelState.AddModelError("Input.BetrokkeneId", $"De geboortedatum van {ouder.Naam} is niet bekend. Vul die eerst in bij Betrokkenen: "
                + "vanaf 16 jaar mag een jongere zelf in het portaal.");
            return Page();
        }
        if (!ouder.IsOuder && ouder.Leeftijd < Casus.BeslisLeeftijd)
        {
            ModelState.AddModelError("Input.BetrokkeneId", TeJongMelding);
            return Page();
        }
        var (entiteit, rol) = ouder.IsOuder ? ("Ouderaccount", Rollen.Ouder) : ("Jeugdigeaccount", Rollen.Jeugdige);
        if (ouder.Account != AccountStatus.Geen)
        {
            ModelState.AddModelError("Input.BetrokkeneId", $"{ouder.Naam} heeft al een account.");
            return Page();
        }
        var email = Input.Email!.Trim().ToLowerInvariant();
        var bestaand = await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (bestaand is not null)
        {
            // The same answer and casus line as a real invitation: neither may tell whether an address has an account,
            // and the logboek keeps the id, never the family's name.
            logboek.Schrijf(casusId, entiteit, LogboekActie.Aangemaakt, $"{entiteit} voor betrokkene {ouder.Id} uitgenodigd");
            logboek.Schrijf(null, "Account", LogboekActie.Geweigerd, $"Geen {entiteit.ToLowerInvariant()} gemaakt: het adres hoort al bij account {bestaand}");
            await db.SaveChangesAsync(ct);
            Uitnodigingen.Meld(TempData, await uitnodigingen.BestaandAccountAsync(email, ouder.Naam, RegieClaims.NaamVan(User), ct), ouder.Naam, email);
            return RedirectToPage(new { casusId });
        }

        logboek.Schrijf(casusId, entiteit, LogboekActie.Aangemaakt, $"{entiteit} voor betrokkene {ouder.Id} uitgenodigd");
        var resultaat = await uitnodigingen.NodigUitAsync(new(ouder.Naam, email, rol, BetrokkeneId: ouder.Id), RegieClaims.NaamVan(User), ct);
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
        if (await lader.LeesAsync(casusId, CasusActie.NodigOudersUit, ct) is not { } geladen) return NotFound();
        if (!geladen.Casus.Betrokkenen.Any(b => b.Id == betrokkeneId)) return NotFound();
        // The account and its working links in one query: the re-sent link revokes them in the same save.
        if (await uitnodigingen.VanBetrokkeneAsync(betrokkeneId, ct) is not { } account) return NotFound();
        var gebruiker = account.Gebruiker;
        if (gebruiker.Actief && gebruiker.PasswordHash is null)
        {
            logboek.Schrijf(casusId, "Ouderaccount", LogboekActie.Gewijzigd, $"Nieuwe uitnodiging voor betrokkene {betrokkeneId}");
            var resultaat = await uitnodigingen.NodigOpnieuwUitAsync(account, RegieClaims.NaamVan(User), ct);
            Uitnodigingen.Meld(TempData, resultaat, gebruiker.Naam, gebruiker.Email!);
        }
        return RedirectToPage(new { casusId });
    }

    private void Vul(GeladenCasus geladen)
    {
        var casus = geladen.Casus;
        var vandaag = Weergave.Vandaag(clock);
        (CasusId, Code, Gezinsnaam) = (casus.Id, casus.Code, casus.Gezinsnaam);
        var accounts = JsonSerializer.Deserialize<List<Account>>(geladen.Aanvulling!, JsonSerializerOptions.Web)!;
        Gezinsleden = [.. casus.Betrokkenen.Where(b => b.Soort == BetrokkeneSoort.Gezinslid && b.IsActief)
            .OrderByDescending(b => b.IsOuder).ThenBy(b => b.Naam)
            .Select(b =>
            {
                var account = accounts.FirstOrDefault(a => a.BetrokkeneId == b.Id);
                var status = account is null ? AccountStatus.Geen
                    : !account.Actief ? AccountStatus.Gedeactiveerd
                    : account.HeeftWachtwoord ? AccountStatus.Actief : AccountStatus.Uitgenodigd;
                return new Gezinslid(b.Id, b.Naam, b.RolOfRelatie, b.IsOuder, b.Email, status, b.LeeftijdOp(vandaag));
            })];
    }
}
