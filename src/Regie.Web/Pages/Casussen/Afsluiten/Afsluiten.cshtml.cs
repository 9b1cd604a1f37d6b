using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Pages.Casussen.Afsluiten;

/// <summary>Afsluiting: the procesregievoerder closes the casus with a reason and a last evaluation.
/// Regie and any open overdracht end with it, and from then on nobody can change the casus.</summary>
// No role policy here: whoever may not close this casus gets 404 from the Casuslader.
public sealed class AfsluitenModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock, Vragenlijstbron bron,
    Vragenlijstaanbieder aanbieder) : CasusPaginaModel(lader, Pagina)
{
    private static readonly Casuspagina Pagina = new("Regie", "Casus", "Afsluiten");

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

        [Required(ErrorMessage = "Kies of de ouders de vragenlijst willen invullen.")]
        [Display(Name = "Willen de ouders een korte vragenlijst invullen over hoe de hulp ging?")]
        public VragenlijstKeuze? VragenlijstOuders { get; set; }
    }

    /// <summary>The answer of the ouders to "do you want the questionnaire", as the professional heard it.</summary>
    public enum VragenlijstKeuze
    {
        Ja,
        Nee,
        NogNietGevraagd,
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.BekijkAsync(casusId, CasusActie.StelVastOfSluitAf, Pagina, ct) is not { } geladen) return NotFound();
        Vul(geladen);
        Input = new Invoer { Afsluitdatum = Weergave.Vandaag(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.StelVastOfSluitAf, ct) is not { } geladen) return NotFound();
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var versie = Input.VragenlijstOuders == VragenlijstKeuze.Ja ? await bron.HuidigeAsync(Doelgroep.Ouders, ct) : null;
        var uitkomst = geladen.Casus.SluitAf(Input.Reden, Input.LaatsteEvaluatie, Input.Afsluitdatum!.Value, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            // The domain checks the texts before the date, so a refusal with both texts filled in is about the date.
            var veld = string.IsNullOrWhiteSpace(Input.Reden) ? "Input.Reden"
                : string.IsNullOrWhiteSpace(Input.LaatsteEvaluatie) ? "Input.LaatsteEvaluatie" : "Input.Afsluitdatum";
            ModelState.AddModelError(veld, uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        logboek.Schrijf(casusId, "Casus", LogboekActie.Gewijzigd,
            $"Casus afgesloten per {Input.Afsluitdatum:yyyy-MM-dd}; velden: Reden, LaatsteEvaluatie, Afsluitdatum, VragenlijstOuders");
        var aangeboden = versie is null ? 0
            : await aanbieder.BiedOudersAanAsync(geladen.Casus, versie, Vragenlijstaanbod.MomentAfsluiten(casusId), ct);
        if (aangeboden > 0)
            logboek.Schrijf(casusId, "Vragenlijstaanbod", LogboekActie.Aangemaakt, $"Vragenlijst voor ouders aangeboden aan {aangeboden} account(s)");
        if (!await db.BewaarAsync(ModelState, "Input.Reden", ct)) return await HerlaadAsync(casusId, ct);
        TempData["Melding"] = "De casus is afgesloten. De regie is beëindigd; de afspraken blijven te lezen, maar niemand kan ze nog wijzigen."
            + (versie is null ? ""
                : aangeboden == 0 ? " Geen van de ouders heeft een account in Regie. Daarom heeft niemand de vragenlijst gekregen."
                : aangeboden == 1 ? " De vragenlijst staat nu voor 1 ouder klaar in het ouderportaal."
                : $" De vragenlijst staat nu voor {aangeboden} ouders klaar in het ouderportaal.");
        return RedirectToPage("/Casussen/Overzicht/Detail", new { casusId });
    }

    protected override void Vul(GeladenCasus geladen)
    {
        var casus = geladen.Casus;
        Kop = geladen.Kop(Pagina.Tab);
        Startdatum = casus.Startdatum;
        Regievoerder = casus.Procesregievoerder?.Naam;
        OpenOverdrachtAan = casus.OpenOverdracht is { } open ? casus.Betrokkenen.Single(b => b.Id == open.NaarBetrokkeneId).Naam : null;
    }
}
