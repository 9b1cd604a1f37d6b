using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Correcties;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Correcties;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Casussen.Correcties;

/// <summary>The ouders' correctieverzoeken (AVG art. 16) with their term, and the answer to one: "Aangepast" or "Niet aangepast"
/// with an explanation the ouder reads in the portal. Without a verzoek id: the list; with one: that request and its form.</summary>
// No role policy here: the Casuslader lets only whoever answers in (BeantwoordtCorrectie); anyone else gets 404.
public sealed class CorrectiesModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, Melder melder, TimeProvider clock)
    : PageModel
{
    private const string Entiteit = "Correctieverzoek";

    public CasusKop Kop { get; private set; } = null!;
    public IReadOnlyList<GelezenCorrectieverzoek> Verzoeken { get; private set; } = [];

    /// <summary>The one request the address names, or null for the list.</summary>
    public GelezenCorrectieverzoek? Gekozen { get; private set; }

    public DateOnly Vandaag { get; private set; }

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Kies of u iets heeft aangepast.")]
        [Display(Name = "Antwoord")]
        public CorrectieBesluit? Besluit { get; set; }

        [Required(ErrorMessage = "Schrijf de ouder wat u heeft gedaan, of waarom niet.")]
        [StringLength(Correctieverzoek.MaxAntwoord, ErrorMessage = "Uw uitleg mag hoogstens 2000 tekens lang zijn.")]
        public string? Antwoord { get; set; }

        public uint Versie { get; set; }
    }

    private string Aanvulling => Correctielezer.Aanvulling(db.Model);

    public async Task<IActionResult> OnGetAsync(Guid casusId, Guid? verzoekId, CancellationToken ct)
    {
        if (await lader.LeesAsync(casusId, CasusActie.BeantwoordtCorrectie, ct, Aanvulling) is not { } geladen) return NotFound();
        if (!Vul(geladen, verzoekId)) return NotFound();
        Input.Versie = Gekozen?.Versie ?? 0;
        await lader.BekekenAsync(geladen, Pagina(verzoekId), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, Guid? verzoekId, CancellationToken ct)
    {
        var gepost = Input.Versie;
        if (verzoekId is null) return NotFound();
        if (await lader.LeesAsync(casusId, CasusActie.BeantwoordtCorrectie, ct, Aanvulling) is not { } geladen) return NotFound();
        if (!Vul(geladen, verzoekId)) return NotFound();
        var verzoek = Gekozen!.Verzoek;
        if (verzoek.IsBeantwoord)
        {
            // Twice (a double click, a colleague at the same time): the first answer stays, the ouder hears one.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, "Op dit verzoek is al geantwoord. Het eerste antwoord blijft staan.");
            return await OpnieuwAsync(geladen, verzoekId, ct);
        }
        if (Input.Besluit is { } b && !Enum.IsDefined(b)) ModelState.AddModelError("Input.Besluit", "Kies of u iets heeft aangepast.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, verzoekId, ct);

        db.Attach(verzoek);
        db.Entry(verzoek).Property<uint>(Concurrency.Versie).OriginalValue = gepost;
        var uitkomst = verzoek.Beantwoord(Input.Besluit!.Value, Input.Antwoord, RegieClaims.MedewerkerIdVan(User)!.Value, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(uitkomst.Veld is null ? string.Empty : $"Input.{uitkomst.Veld}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, verzoekId, ct);
        }
        logboek.Schrijf(casusId, Entiteit, LogboekActie.Gewijzigd, $"Correctieverzoek {verzoek.Id} beantwoord: {verzoek.Besluit}");
        melder.AanGebruiker(verzoek.IngediendDoorGebruikerId, MeldingSoort.CorrectieBeantwoord, casusId, verzoek.Id);
        if (!await db.BewaarAsync(ModelState, string.Empty, ct))
        {
            // Someone answered first: show their answer, which stays.
            if (await lader.LeesAsync(casusId, CasusActie.BeantwoordtCorrectie, ct, Aanvulling) is not { } nieuw) return NotFound();
            Vul(nieuw, verzoekId);
            return await OpnieuwAsync(nieuw, verzoekId, ct);
        }
        TempData["Melding"] = "Uw antwoord is opgeslagen. De ouder ziet het in het ouderportaal.";
        return RedirectToPage(new { casusId, verzoekId = (Guid?)null });
    }

    private static Casuspagina Pagina(Guid? verzoekId) => new("Toestemming", Entiteit,
        verzoekId is { } id ? $"Correctieverzoek {id} bekeken" : "Correctieverzoeken bekeken");

    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, Guid? verzoekId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Input.Versie = Gekozen?.Versie ?? 0;
        await lader.BekekenAsync(geladen, Pagina(verzoekId), ct);
        return Page();
    }

    /// <summary>False when the address names a request this casus does not have (404).</summary>
    private bool Vul(GeladenCasus geladen, Guid? verzoekId)
    {
        Kop = geladen.Kop("Toestemming");
        Vandaag = Weergave.Vandaag(clock);
        Verzoeken = Correctielezer.Lees(db.Model, geladen.Aanvulling);
        Gekozen = verzoekId is { } id ? Verzoeken.FirstOrDefault(v => v.Verzoek.Id == id) : null;
        return verzoekId is null || Gekozen is not null;
    }
}
