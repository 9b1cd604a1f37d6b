using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Bewaren;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen.Vernietiging;

/// <summary>The family asks for the file to be destroyed (Jeugdwet): the regievoerder writes down who asked and when; the
/// beheerder decides within three months (Beheer/Vernietigingsverzoeken). Every betrokkene reads the status here.</summary>
// No role policy here: whoever may not see this casus gets 404 from the Casuslader.
public sealed class VernietigingModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    private static readonly Casuspagina Pagina = new("Vernietiging", "Vernietigingsverzoek", "Verzoeken om vernietiging bekeken");

    public sealed record Keuze(Guid Id, string Naam);

    public CasusKop Kop { get; private set; } = null!;
    public IReadOnlyList<Vernietigingsverzoek> Verzoeken { get; private set; } = [];
    public IReadOnlyList<Keuze> Gezinsleden { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Namen { get; private set; } = new Dictionary<Guid, string>();
    public bool MagVastleggen { get; private set; }
    public DateOnly Vandaag { get; private set; }

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Kies wie uit het gezin om vernietiging vraagt.")]
        [Display(Name = "Wie uit het gezin vraagt het")]
        public Guid? GevraagdDoorId { get; set; }

        [Required(ErrorMessage = "Vul de datum in waarop het gezin het vroeg.")]
        [Display(Name = "Datum van het verzoek")]
        public DateOnly? GevraagdOp { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct) is not { } geladen) return NotFound();
        await VulAsync(geladen, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, CancellationToken ct)
    {
        if (await lader.LeesAsync(casusId, CasusActie.LegtVernietigingsverzoekVast, ct) is not { } geladen) return NotFound();
        await VulAsync(geladen, ct);
        if (Input.GevraagdDoorId is { } id && Gezinsleden.All(g => g.Id != id))
            ModelState.AddModelError("Input.GevraagdDoorId", "Kies een gezinslid van deze casus.");
        if (Verzoeken.Any(v => v.Status == VernietigingStatus.Open))
            ModelState.AddModelError("Input.GevraagdDoorId", "Er ligt al een verzoek om vernietiging bij de beheerder.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var uitkomst = Vernietigingsverzoek.LegVast(casusId, Input.GevraagdDoorId!.Value, Input.GevraagdOp!.Value, Vandaag,
            RegieClaims.MedewerkerIdVan(User)!.Value, RegieClaims.NaamVan(User), clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"Input.{uitkomst.Veld ?? nameof(Invoer.GevraagdDoorId)}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var verzoek = uitkomst.Waarde!;
        db.Vernietigingsverzoeken.Add(verzoek);
        logboek.Schrijf(casusId, Pagina.Entiteit, LogboekActie.Aangemaakt, $"Vernietigingsverzoek {verzoek.Id} van betrokkene {verzoek.GevraagdDoorId}");
        if (!await db.BewaarAsync(ModelState, "Input.GevraagdDoorId", ct)) return await OpnieuwAsync(geladen, ct);
        TempData["Melding"] = $"Het verzoek is vastgelegd. De beheerder beslist uiterlijk {Weergave.Datum(verzoek.Uiterlijk)}.";
        return RedirectToPage(new { casusId });
    }

    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await lader.BekekenAsync(geladen, Pagina, ct);
        return Page();
    }

    private async Task VulAsync(GeladenCasus geladen, CancellationToken ct)
    {
        var casus = geladen.Casus;
        Kop = geladen.Kop(Pagina.Tab);
        Vandaag = Weergave.Vandaag(clock);
        MagVastleggen = geladen.Mag(CasusActie.LegtVernietigingsverzoekVast);
        Verzoeken = await db.Vernietigingsverzoeken.AsNoTracking().Where(v => v.CasusId == casus.Id)
            .OrderByDescending(v => v.VastgelegdOp).ToListAsync(ct);
        Namen = casus.Betrokkenen.ToDictionary(b => b.Id, b => b.Naam);
        // After closing too: whoever was in the family when it closed may ask.
        Gezinsleden = [.. casus.Betrokkenen.Where(b => (b.IsActief || casus.Status == CasusStatus.Afgesloten) && b.Soort == BetrokkeneSoort.Gezinslid)
            .OrderBy(b => b.Naam, StringComparer.Create(Weergave.Nl, true)).Select(b => new Keuze(b.Id, b.Naam))];
    }

    public static string Status(Vernietigingsverzoek v) => v.Status switch
    {
        VernietigingStatus.Open => "Wacht op de beheerder",
        VernietigingStatus.Uitgevoerd => "Uitgevoerd",
        _ => "Niet uitgevoerd",
    };
}
