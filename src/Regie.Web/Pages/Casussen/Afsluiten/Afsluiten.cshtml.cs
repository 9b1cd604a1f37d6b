using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen.Afsluiten;

/// <summary>Afsluiting: the procesregievoerder closes the casus with a reason and a last evaluation.
/// Regie and any open overdracht end with it, and from then on nobody can change the casus.</summary>
// No role policy here: whoever may not close this casus gets 404 from CasusAutorisatie.
public sealed class AfsluitenModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public CasusKop Kop { get; private set; } = null!;
    public DateOnly Startdatum { get; private set; }
    public string? Regievoerder { get; private set; }
    public string? OpenOverdrachtAan { get; private set; }

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Schrijf op waarom de casus wordt afgesloten.")]
        [StringLength(2000, ErrorMessage = "De reden mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Reden van afsluiten")]
        public string? Reden { get; set; }

        [Required(ErrorMessage = "Schrijf de laatste evaluatie op.")]
        [StringLength(4000, ErrorMessage = "De laatste evaluatie mag hoogstens 4000 tekens lang zijn.")]
        [Display(Name = "Laatste evaluatie")]
        public string? LaatsteEvaluatie { get; set; }

        [Required(ErrorMessage = "Kies de afsluitdatum.")]
        [DataType(DataType.Date)]
        [Display(Name = "Afsluitdatum")]
        public DateOnly? Afsluitdatum { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.StelVastOfSluitAf, ct) is null) return NotFound();
        await LaadAsync(casusId, ct);
        Input = new Invoer { Afsluitdatum = Weergave.Vandaag(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.StelVastOfSluitAf, ct) is null) return NotFound();
        if (!ModelState.IsValid) return await OpnieuwAsync(casusId, ct);

        var casus = await db.LaadVoorWijzigingAsync(casusId, ct);
        var uitkomst = casus.SluitAf(Input.Reden, Input.LaatsteEvaluatie, Input.Afsluitdatum!.Value, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            // The domain checks the texts before the date, so a refusal with both texts filled in is about the date.
            var veld = string.IsNullOrWhiteSpace(Input.Reden) ? "Input.Reden"
                : string.IsNullOrWhiteSpace(Input.LaatsteEvaluatie) ? "Input.LaatsteEvaluatie" : "Input.Afsluitdatum";
            ModelState.AddModelError(veld, uitkomst.Melding);
            return await OpnieuwAsync(casusId, ct);
        }
        logboek.Schrijf(casusId, "Casus", LogboekActie.Gewijzigd, $"Casus afgesloten per {Input.Afsluitdatum:yyyy-MM-dd}");
        if (!await db.BewaarAsync(ModelState, "Input.Reden", ct)) return await OpnieuwAsync(casusId, ct);
        TempData["Melding"] = "De casus is afgesloten. De regie is beëindigd; de afspraken blijven te lezen, maar niemand kan ze nog wijzigen.";
        return RedirectToPage("/Casussen/Overzicht/Detail", new { casusId });
    }

    private async Task<IActionResult> OpnieuwAsync(Guid casusId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LaadAsync(casusId, ct);
        return Page();
    }

    private async Task LaadAsync(Guid casusId, CancellationToken ct)
    {
        Kop = await db.KopAsync(logboek, casusId, "Regie", "Casus", "Afsluiten", ct);
        var casus = await db.Casussen.AsNoTracking().Where(c => c.Id == casusId)
            .Select(c => new
            {
                c.Startdatum,
                Regievoerder = c.Regietoewijzingen.Where(r => r.Soort == Domain.Regievoering.RegieSoort.Procesregie && r.Tot == null)
                    .Join(c.Betrokkenen, r => r.BetrokkeneId, b => b.Id, (_, b) => b.Naam).FirstOrDefault(),
                OpenAan = c.Overdrachten.Where(o => o.Status == Domain.Regievoering.OverdrachtStatus.Voorgesteld)
                    .Join(c.Betrokkenen, o => o.NaarBetrokkeneId, b => b.Id, (_, b) => b.Naam).FirstOrDefault(),
            })
            .SingleAsync(ct);
        (Startdatum, Regievoerder, OpenOverdrachtAan) = (casus.Startdatum, casus.Regievoerder, casus.OpenAan);
    }
}
