using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Account;

/// <summary>A professional's own functie, telefoon and bereikbaarheid. A new telefoon or bereikbaarheid also goes to
/// the casussen where they are involved now, because that is what the ouders' portal shows. The same page keeps how they
/// want meldingen by e-mail (their account's <see cref="Gebruiker.MailVoorkeur"/>), in a form of its own.</summary>
[Authorize(Policy = Policies.Professional)]
public sealed class ProfielModel(RegieDbContext db, Logboekschrijver logboek) : PageModel
{
    public Medewerker Medewerker { get; private set; } = null!;
    public string Organisatie { get; private set; } = "";
    public bool Conflict { get; private set; }

    [BindProperty(Name = nameof(Input))] public Invoer Input { get; set; } = new();
    [BindProperty(Name = nameof(Mail))] public MailInvoer Mail { get; set; } = new();

    /// <summary>The choices, in the words the form shows.</summary>
    public static readonly IReadOnlyList<(MailVoorkeur Waarde, string Tekst)> MailKeuzes =
    [
        (MailVoorkeur.Direct, "Direct: een e-mail bij elke melding"),
        (MailVoorkeur.Dagelijks, "Eén keer per dag een overzicht"),
        (MailVoorkeur.Geen, "Niet: alleen de bel in Regie"),
    ];

    public sealed class MailInvoer
    {
        [Display(Name = "Meldingen per e-mail")]
        public MailVoorkeur? Voorkeur { get; set; }
    }

    public sealed class Invoer
    {
        [StringLength(200, ErrorMessage = "De functie mag hoogstens 200 tekens lang zijn.")]
        [Display(Name = "Functie")]
        public string? Functie { get; set; }

        [StringLength(50, ErrorMessage = "Het telefoonnummer mag hoogstens 50 tekens lang zijn.")]
        [Display(Name = "Telefoon")]
        public string? Telefoon { get; set; }

        [StringLength(500, ErrorMessage = "De bereikbaarheid mag hoogstens 500 tekens lang zijn.")]
        [Display(Name = "Bereikbaarheid")]
        public string? Bereikbaarheid { get; set; }

        /// <summary>The row version when the form was read: a change saved in between (another tab) is not overwritten.</summary>
        public uint Versie { get; set; }
    }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ToonAsync(ct);

    /// <summary>The page with both forms as saved (after a refused mail choice too: the other form was not posted).</summary>
    private async Task<IActionResult> ToonAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct)) return NotFound();
        var m = Medewerker;
        Input = new Invoer { Functie = m.Functie, Telefoon = m.Telefoon, Bereikbaarheid = m.Bereikbaarheid, Versie = Input.Versie };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = RegieClaims.MedewerkerIdVan(User);
        var medewerker = id is null ? null : await db.Medewerkers.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (medewerker is null) return NotFound();
        if (!ModelState.IsValid) return await OpnieuwAsync(ct);

        db.Entry(medewerker).Property<uint>(Concurrency.Versie).OriginalValue = Input.Versie;
        var uitkomst = medewerker.WijzigContact(Input.Functie, Input.Telefoon, Input.Bereikbaarheid);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"Input.{uitkomst.Veld}", uitkomst.Melding);
            return await OpnieuwAsync(ct);
        }
        var velden = uitkomst.Waarde!;
        if (velden.Count == 0)
        {
            TempData["Melding"] = "Er is niets veranderd.";
            return RedirectToPage();
        }
        logboek.Schrijf(null, "Medewerker", LogboekActie.Gewijzigd, $"Eigen profiel gewijzigd: {string.Join(", ", velden)}");
        var bijgewerkt = await NaarCasussenAsync(medewerker, velden.Contains("Telefoon"), velden.Contains("Bereikbaarheid"), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = true;
            ModelState.AddModelError("", "Iemand anders heeft dit net gewijzigd (bijvoorbeeld in een ander tabblad). Uw invoer staat nog in het formulier: bekijk de nieuwe stand en sla opnieuw op.");
            return await OpnieuwAsync(ct);
        }
        TempData["Melding"] = bijgewerkt switch
        {
            0 => "Uw gegevens zijn bewaard.",
            1 => "Uw gegevens zijn bewaard, ook in de casus waarbij u betrokken bent. Ouders zien meteen het nieuwe nummer en wanneer u bereikbaar bent.",
            _ => $"Uw gegevens zijn bewaard, ook in de {bijgewerkt} casussen waarbij u betrokken bent. Ouders zien meteen het nieuwe nummer en wanneer u bereikbaar bent.",
        };
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMailAsync(CancellationToken ct)
    {
        var id = RegieClaims.GebruikerIdVan(User);
        var gebruiker = id is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (gebruiker is null) return NotFound();
        // The form's fields only: the other form's fields were not posted. A value that is no choice gets a Dutch message.
        ModelState.Clear();
        if (Mail.Voorkeur is not { } keuze || !Enum.IsDefined(keuze))
        {
            ModelState.AddModelError("Mail.Voorkeur", "Kies hoe u meldingen per e-mail wilt krijgen.");
            Mail.Voorkeur = null;
            return await ToonAsync(ct);
        }
        if (gebruiker.MailVoorkeur == keuze)
        {
            TempData["Melding"] = "Er is niets veranderd.";
            return RedirectToPage();
        }
        gebruiker.MailVoorkeur = keuze;
        logboek.Schrijf(null, "Gebruiker", LogboekActie.Gewijzigd, "Eigen profiel gewijzigd: MailVoorkeur");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = keuze switch
        {
            MailVoorkeur.Direct => "Bewaard: u krijgt een e-mail bij elke melding.",
            MailVoorkeur.Dagelijks => "Bewaard: u krijgt één keer per dag een overzicht van uw meldingen.",
            _ => "Bewaard: u krijgt geen e-mail meer over meldingen. U ziet ze bij de bel in Regie.",
        };
        return RedirectToPage();
    }

    /// <summary>Copies the new telefoon or bereikbaarheid to this professional's active rows in open casussen, with a
    /// logboek line per casus that changed. Returns how many casussen changed.</summary>
    private async Task<int> NaarCasussenAsync(Medewerker m, bool telefoon, bool bereikbaarheid, CancellationToken ct)
    {
        if (!telefoon && !bereikbaarheid) return 0;
        var casussen = await db.Casussen.Include(c => c.Betrokkenen)
            .Where(c => c.Status != CasusStatus.Afgesloten && c.Betrokkenen.AsQueryable().Where(Actief.Betrokkene).Any(b => b.MedewerkerId == m.Id))
            .ToListAsync(ct);
        var aantal = 0;
        foreach (var casus in casussen)
        {
            var velden = casus.NeemProfielOver(m.Id, telefoon, m.Telefoon, bereikbaarheid, m.Bereikbaarheid);
            if (velden.IsFout || velden.Waarde!.Count == 0) continue;
            logboek.Schrijf(casus.Id, "Betrokkene", LogboekActie.Gewijzigd, $"Gewijzigd vanuit het profiel van de professional: {string.Join(", ", velden.Waarde)}");
            aantal++;
        }
        return aantal;
    }

    private async Task<IActionResult> OpnieuwAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var versie = Input.Versie;
        if (!await LaadAsync(ct)) return NotFound();
        // After a conflict the form carries the new version: saving again is then a choice made after seeing it.
        if (!Conflict) Input.Versie = versie;
        return Page();
    }

    private async Task<bool> LaadAsync(CancellationToken ct)
    {
        var id = RegieClaims.MedewerkerIdVan(User);
        var gevonden = id is null ? null : await db.Medewerkers.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { Medewerker = m, Versie = EF.Property<uint>(m, Concurrency.Versie) }).SingleOrDefaultAsync(ct);
        if (gevonden is null) return false;
        (Medewerker, Input.Versie) = (gevonden.Medewerker, gevonden.Versie);
        Organisatie = await db.Organisaties.Where(o => o.Id == Medewerker.OrganisatieId).Select(o => o.Naam).SingleAsync(ct);
        // A refused choice shows as posted (none); otherwise what is saved.
        if (ModelState.GetFieldValidationState("Mail.Voorkeur") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            var gebruiker = RegieClaims.GebruikerIdVan(User) ?? Guid.Empty;
            Mail.Voorkeur = await db.Users.Where(u => u.Id == gebruiker).Select(u => (MailVoorkeur?)u.MailVoorkeur).SingleOrDefaultAsync(ct);
        }
        return true;
    }
}
