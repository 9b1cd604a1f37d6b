using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Gedeeld;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Beheer;

/// <summary>Add an organisation (no id) or change one. The rules (a gemeente has a CBS code, others none) are Organisatie's.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class OrganisatieModel(RegieDbContext db, Logboekschrijver logboek) : PageModel
{
    [BindProperty] public Invoer Input { get; set; } = new();

    public Guid? Id { get; private set; }
    public bool Actief { get; private set; } = true;

    /// <summary>The gemeente's active medewerkers, to choose its regie-contact from; empty for any other organisation.</summary>
    public IReadOnlyList<Medewerker> Medewerkers { get; private set; } = [];

    public bool IsGemeente { get; private set; }

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul de naam van de organisatie in.")]
        [StringLength(200, ErrorMessage = "De naam is hoogstens 200 tekens.")]
        [Display(Name = "Naam")]
        public string? Naam { get; set; }

        [Required(ErrorMessage = "Kies de soort organisatie.")]
        [Display(Name = "Soort organisatie")]
        public OrganisatieType? Type { get; set; }

        [StringLength(6, ErrorMessage = "Een gemeentecode is 6 tekens, zoals GM0141.")]
        [Display(Name = "Gemeentecode (CBS)")]
        public string? Gemeentecode { get; set; }

        [StringLength(100, ErrorMessage = "De regio is hoogstens 100 tekens.")]
        [Display(Name = "Regio")]
        public string? Regio { get; set; }

        [Display(Name = "Regie-contact")]
        public Guid? RegieContactId { get; set; }

        /// <summary>The row version the form was filled from, so a change made meanwhile is not silently overwritten.</summary>
        public uint? Versie { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is null) return Page();
        var organisatie = await db.Organisaties.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisatie is null) return NotFound();
        Actief = organisatie.Actief;
        Input = new Invoer
        {
            Naam = organisatie.Naam,
            Type = organisatie.Type,
            Gemeentecode = organisatie.Gemeentecode,
            Regio = organisatie.Regio,
            RegieContactId = organisatie.RegieContactId,
            Versie = db.Entry(organisatie).Property<uint>("Versie").CurrentValue,
        };
        await KeuzesAsync(organisatie, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        Organisatie? organisatie = null;
        if (id is not null)
        {
            organisatie = await db.Organisaties.SingleOrDefaultAsync(o => o.Id == id, ct);
            if (organisatie is null) return NotFound();
            Actief = organisatie.Actief;
            await KeuzesAsync(organisatie, ct);
        }
        if (!ModelState.IsValid) return Page();

        var code = string.IsNullOrWhiteSpace(Input.Gemeentecode) ? null : Input.Gemeentecode.Trim().ToUpperInvariant();
        if (code is not null && await db.Organisaties.AnyAsync(o => o.Gemeentecode == code && o.Id != id, ct))
        {
            ModelState.AddModelError("Input.Gemeentecode", $"Er is al een organisatie met gemeentecode {code}.");
            return Page();
        }

        if (organisatie is null)
        {
            var nieuw = Organisatie.Maak(Input.Naam, Input.Type!.Value, code, Input.Regio);
            if (nieuw.IsFout) return Geweigerd(nieuw);
            organisatie = nieuw.Waarde!;
            db.Organisaties.Add(organisatie);
            logboek.Schrijf(null, "Organisatie", LogboekActie.Aangemaakt, $"Organisatie {organisatie.Id} aangemaakt");
        }
        else
        {
            if (Input.Versie is { } versie) db.Entry(organisatie).Property<uint>("Versie").OriginalValue = versie;
            var voor = (organisatie.Naam, organisatie.Type, organisatie.Gemeentecode, organisatie.Regio, organisatie.RegieContactId);
            var gewijzigd = organisatie.Wijzig(Input.Naam, Input.Type!.Value, code, Input.Regio);
            if (gewijzigd.IsFout) return Geweigerd(gewijzigd);
            // Only a gemeente has one: a gemeente that becomes something else lets its regie-contact go.
            var contact = organisatie.Type == OrganisatieType.Gemeente ? Medewerkers.FirstOrDefault(m => m.Id == Input.RegieContactId) : null;
            if (organisatie.Type == OrganisatieType.Gemeente && Input.RegieContactId is not null && contact is null)
            {
                ModelState.AddModelError("Input.RegieContactId", "Kies een actieve medewerker van deze gemeente als regie-contact.");
                return Page();
            }
            var aangewezen = organisatie.WijsRegieContactAan(contact);
            if (aangewezen.IsFout) return Geweigerd(aangewezen);
            var velden = new List<string>();
            if (voor.Naam != organisatie.Naam) velden.Add(nameof(Organisatie.Naam));
            if (voor.Type != organisatie.Type) velden.Add(nameof(Organisatie.Type));
            if (voor.Gemeentecode != organisatie.Gemeentecode) velden.Add(nameof(Organisatie.Gemeentecode));
            if (voor.Regio != organisatie.Regio) velden.Add(nameof(Organisatie.Regio));
            if (voor.RegieContactId != organisatie.RegieContactId) velden.Add("RegieContact");
            logboek.Schrijf(null, "Organisatie", LogboekActie.Gewijzigd,
                $"Organisatie {organisatie.Id} gewijzigd{(velden.Count > 0 ? ": " + string.Join(", ", velden) : "")}");
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty,
                "Iemand anders heeft deze organisatie intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen. Open de organisatie opnieuw en voer ze nog eens in.");
            return Page();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            ModelState.AddModelError("Input.Gemeentecode", $"Er is al een organisatie met gemeentecode {code}.");
            return Page();
        }

        TempData["Melding"] = id is null ? $"{organisatie.Naam} is toegevoegd." : $"De gegevens van {organisatie.Naam} zijn opgeslagen.";
        return RedirectToPage("/Beheer/Organisaties");
    }

    /// <summary>A gemeente's regie-contact is one of its active medewerkers.</summary>
    private async Task KeuzesAsync(Organisatie organisatie, CancellationToken ct)
    {
        IsGemeente = organisatie.Type == OrganisatieType.Gemeente;
        if (!IsGemeente) return;
        Medewerkers = await db.Medewerkers.AsNoTracking().Where(m => m.OrganisatieId == organisatie.Id && m.Actief)
            .OrderBy(m => m.Naam).ToListAsync(ct);
    }

    // The domain names the Organisatie property; the form's fields carry the same names.
    private PageResult Geweigerd(Uitkomst uitkomst)
    {
        ModelState.AddModelError($"Input.{uitkomst.Veld ?? nameof(Input.Naam)}", uitkomst.Melding);
        return Page();
    }
}
