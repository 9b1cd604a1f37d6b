using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Pages.Shared;

/// <summary>What the shared form (_VragenlijstFormulier) shows: the questions, what was typed, the words for the audience.</summary>
public sealed record VragenlijstFormulier(IReadOnlyList<VragenlijstItem> Items, IReadOnlyDictionary<string, string?> Antwoorden, bool VoorOuders)
{
    /// <summary>The five choices of a closed item, 1 to 5, each with its words (a number alone means nothing to a reader).</summary>
    public static readonly string[] Schaal = ["Helemaal niet mee eens", "Niet mee eens", "Niet eens en niet oneens", "Mee eens", "Helemaal mee eens"];

    public string? Antwoord(string code) => Antwoorden.TryGetValue(code, out var a) ? a : null;
}

/// <summary>Filling in one offered questionnaire, the same for ouders and professionals: only one's own offer (anyone
/// else's, an unknown or a malformed id: 404), every question may be skipped, "Ik doe niet mee", and a refusal shown next to
/// its question with everything typed kept.</summary>
public abstract class VragenlijstPaginaModel(Vragenlijstinvuller invuller, Doelgroep doelgroep) : PageModel
{
    /// <summary>Per question code what was chosen or typed (<c>Antwoorden[O1]</c>).</summary>
    [BindProperty] public Dictionary<string, string?> Antwoorden { get; set; } = new(StringComparer.Ordinal);

    public VragenlijstFormulier Formulier { get; private set; } = null!;

    /// <summary>Set when the offer was filled in or declined already: the page says so instead of showing the form.</summary>
    public string? Afgehandeld { get; private set; }

    /// <summary>Where the person goes after filling it in or declining.</summary>
    protected abstract string Terug { get; }

    protected abstract string Bedankt { get; }

    public async Task<IActionResult> OnGetAsync(Guid aanbodId, CancellationToken ct)
    {
        if (await invuller.AanbodAsync(aanbodId, RegieClaims.GebruikerIdVan(User), doelgroep, ct) is not { } aanbod) return NotFound();
        Afgehandeld = Vragenlijstinvuller.AlAfgehandeld(aanbod)?.Melding;
        Formulier = new(Afgehandeld is null ? (await invuller.VersieAsync(aanbod, ct)).Items : [], Antwoorden, doelgroep == Doelgroep.Ouders);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid aanbodId, CancellationToken ct)
    {
        if (await invuller.AanbodAsync(aanbodId, RegieClaims.GebruikerIdVan(User), doelgroep, ct) is not { } aanbod) return NotFound();
        var versie = await invuller.VersieAsync(aanbod, ct);
        var resultaat = await invuller.VulInAsync(aanbod, versie, Antwoorden, ct);
        if (resultaat.Status == Invulstatus.Bewaard)
        {
            TempData["Melding"] = Bedankt;
            return LocalRedirect(Terug);
        }
        if (resultaat.Status == Invulstatus.Geweigerd)
            ModelState.AddModelError(string.IsNullOrEmpty(resultaat.Veld) ? "" : $"Antwoorden[{resultaat.Veld}]", resultaat.Melding!);
        else
            Afgehandeld = resultaat.Melding;
        Formulier = new(Afgehandeld is null ? versie.Items : [], Antwoorden, doelgroep == Doelgroep.Ouders);
        return Page();
    }

    public async Task<IActionResult> OnPostNietMeeAsync(Guid aanbodId, CancellationToken ct)
    {
        if (await invuller.AanbodAsync(aanbodId, RegieClaims.GebruikerIdVan(User), doelgroep, ct) is not { } aanbod) return NotFound();
        var resultaat = await invuller.ZieAfAsync(aanbod, ct);
        if (resultaat.Status == Invulstatus.Afgezien)
        {
            TempData["Melding"] = "U doet niet mee aan de vragenlijst. Dat is goed. U krijgt deze vragen niet meer.";
            return LocalRedirect(Terug);
        }
        Afgehandeld = resultaat.Melding;
        Formulier = new([], Antwoorden, doelgroep == Doelgroep.Ouders);
        return Page();
    }
}
