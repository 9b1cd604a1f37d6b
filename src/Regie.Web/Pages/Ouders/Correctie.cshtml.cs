using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Correcties;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Correcties;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Ouders;

/// <summary>"Klopt er iets niet?": an ouder, or a jeugdige from 16 (their own AVG right), asks to correct what Regie holds (AVG artikel 16). The regievoerder hears it
/// through the bell and answers within four weeks; the ouder reads their own requests, the term and the answer here.</summary>
[Authorize(Policy = Policies.Portaal)]
public sealed class CorrectieModel(Casuslader lader, RegieDbContext db, Logboekschrijver logboek, Melder melder, TimeProvider clock)
    : PageModel
{
    private static readonly Casuspagina Pagina = new("Ouders", "Correctieverzoek", "Correctieverzoeken bekeken in het portaal");

    public static readonly IReadOnlyList<(CorrectieOnderwerp Onderwerp, string Tekst)> Keuzes =
        [.. Enum.GetValues<CorrectieOnderwerp>().Select(o => (o, Correctielezer.Onderwerp(o)))];

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Kies wat er niet klopt.")]
        [Display(Name = "Wat klopt er niet")]
        public CorrectieOnderwerp? Onderwerp { get; set; }

        [Required(ErrorMessage = "Schrijf op wat er niet klopt.")]
        [StringLength(Correctieverzoek.MaxToelichting, ErrorMessage = "Uw uitleg is te lang. U kunt hooguit 2000 tekens typen.")]
        public string? Toelichting { get; set; }
    }

    /// <summary>This ouder's own requests: another ouder's question is theirs to share.</summary>
    public IReadOnlyList<GelezenCorrectieverzoek> Verzoeken { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }

    private string Aanvulling => Correctielezer.Aanvulling(db.Model);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await lader.BekijkEigenCasusAsync(Pagina, ct, Aanvulling) is not { } geladen) return NotFound();
        Vul(geladen);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await lader.LeesEigenCasusAsync(ct, Aanvulling) is not { } geladen) return NotFound();
        if (Input.Onderwerp is { } o && !Enum.IsDefined(o)) ModelState.AddModelError("Input.Onderwerp", "Kies wat er niet klopt.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var uitkomst = Correctieverzoek.Dien(casus.Id, RegieClaims.BetrokkeneIdVan(User)!.Value, RegieClaims.GebruikerIdVan(User)!.Value,
            Input.Onderwerp!.Value, Input.Toelichting, clock.GetUtcNow(), Weergave.Vandaag(clock));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"Input.{uitkomst.Veld}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var verzoek = uitkomst.Waarde!;
        db.Correctieverzoeken.Add(verzoek);
        logboek.Schrijf(casus.Id, Pagina.Entiteit, LogboekActie.Aangemaakt, $"Correctieverzoek {verzoek.Id} van gezinslid {verzoek.IngediendDoorId}");
        await melder.AanBeslisserAsync(casus, MeldingSoort.CorrectieGevraagd, verzoek.Id, ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = $"Uw vraag is verstuurd. U krijgt uiterlijk op {Weergave.Datum(verzoek.Termijn)} antwoord. Dat antwoord ziet u hier.";
        return RedirectToPage();
    }

    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await lader.BekekenAsync(geladen, Pagina, ct);
        Vul(geladen);
        return Page();
    }

    private void Vul(GeladenCasus geladen)
    {
        var eigen = RegieClaims.BetrokkeneIdVan(User);
        Vandaag = Weergave.Vandaag(clock);
        Verzoeken = [.. Correctielezer.Lees(db.Model, geladen.Aanvulling).Where(v => v.Verzoek.IngediendDoorId == eigen)];
    }
}
