using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Toestemmingen;
using Regie.Web.Pages.Casussen;
using Domein = Regie.Domain.Toestemmingen;

namespace Regie.Web.Pages.Ouders;

/// <summary>"Toestemming": with whom the family allowed the hulpverleners to share information, for what and how long; the
/// ouder or jeugdige withdraws their own from here (ToestemmingIntrekken). A jeugdige from 16 also gives their own (the law
/// lets them decide alone), and an ouder or jeugdige can let their own data go into the copies the others download.</summary>
[Authorize(Policy = Policies.Portaal)]
public sealed class ToestemmingModel(Casuslader lader, RegieDbContext db, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    private static readonly Casuspagina Pagina = new("Ouders", "Toestemming", "Toestemmingen bekeken in het portaal");

    public IReadOnlyList<GelezenToestemming> Toestemmingen { get; private set; } = [];
    public Guid? EigenId { get; private set; }
    public DateOnly Vandaag { get; private set; }
    public bool IsJeugdige { get; private set; }

    /// <summary>The organisations of the professionals in the casus: those a jeugdige can give toestemming to.</summary>
    public IReadOnlyList<OrganisatieKeuze> Organisaties { get; private set; } = [];

    /// <summary>Whether anyone's copy leaves this person's data out (another ouder, or this is a jeugdige from 16).</summary>
    public bool KopieVraag { get; private set; }
    public DateTimeOffset? InKopieSinds { get; private set; }

    [BindProperty(Name = nameof(Geven))] public GevenInvoer Geven { get; set; } = new();

    public sealed class GevenInvoer
    {
        [Required(ErrorMessage = "Kies de organisatie.")]
        [Display(Name = "Organisatie")]
        public Guid? OrganisatieId { get; set; }

        [Required(ErrorMessage = "Schrijf op waarvoor de organisatie iets over u mag weten.")]
        [StringLength(Domein.Toestemming.MaxDoel, ErrorMessage = "Schrijf hooguit 500 tekens.")]
        public string? Doel { get; set; }

        [Display(Name = "Tot wanneer")]
        public DateOnly? GeldigTot { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await lader.BekijkEigenCasusAsync(Pagina, ct, Toestemminglezer.Aanvulling(db.Model)) is not { } geladen) return NotFound();
        Vul(geladen);
        return Page();
    }

    public IActionResult OnPost() => NotFound();

    /// <summary>A jeugdige from 16 gives their own toestemming. The domain checks the age again.</summary>
    public async Task<IActionResult> OnPostGevenAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Rollen.Jeugdige)) return NotFound();
        if (await lader.LeesEigenCasusAsync(ct, Toestemminglezer.Aanvulling(db.Model)) is not { } geladen) return NotFound();
        Vul(geladen);
        ModelState.AlleenGeldig(nameof(Geven));
        if (Geven.OrganisatieId is { } org && Organisaties.All(o => o.Id != org))
            ModelState.AddModelError("Geven.OrganisatieId", "Kies een organisatie uit de lijst.");
        if (Geven.GeldigTot is { } tot && tot < Vandaag)
            ModelState.AddModelError("Geven.GeldigTot", "Kies een datum vanaf vandaag, of laat het leeg.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var uitkomst = Domein.Toestemming.Geef(geladen.Casus, EigenId!.Value, null, Geven.OrganisatieId!.Value, Geven.Doel, Vandaag,
            Geven.GeldigTot, RegieClaims.GebruikerIdVan(User)!.Value, RegieClaims.NaamVan(User), clock.GetUtcNow(), Vandaag);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"Geven.{(uitkomst.Veld is "Doel" or "GeldigTot" or "OrganisatieId" ? uitkomst.Veld : nameof(GevenInvoer.OrganisatieId))}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var toestemming = uitkomst.Waarde!;
        db.Toestemmingen.Add(toestemming);
        logboek.Schrijf(geladen.Casus.Id, "Toestemming", LogboekActie.Aangemaakt,
            $"Toestemming {toestemming.Id} van betrokkene {toestemming.GegevenDoorId} voor organisatie {toestemming.OrganisatieId}, in het portaal");
        if (!await db.BewaarAsync(ModelState, "Geven.Doel", ct)) return await OpnieuwAsync(geladen, ct);
        TempData["Melding"] = "Uw toestemming staat in de lijst. U kunt hem altijd weer intrekken.";
        return RedirectToPage();
    }

    /// <summary>The betrokkene's own data in the others' copies, yes or no. Twice the same answer stores nothing new.</summary>
    public async Task<IActionResult> OnPostKopieAsync(bool toestaan, CancellationToken ct)
    {
        if (await lader.VoorEigenWijzigingAsync(ct) is not { } geladen) return NotFound();
        var ik = geladen.Casus.Betrokkenen.Single(b => b.Id == RegieClaims.BetrokkeneIdVan(User));
        var veranderd = toestaan ? ik.StaKopieToe(clock.GetUtcNow()) : ik.TrekKopieToestemmingIn();
        if (veranderd)
        {
            logboek.Schrijf(geladen.Casus.Id, "Kopietoestemming", LogboekActie.Gewijzigd,
                $"Betrokkene {ik.Id}: eigen gegevens in de kopie van het gezin {(toestaan ? "toegestaan" : "ingetrokken")}, in het portaal");
            if (!await db.BewaarAsync(ModelState, "Kopie", ct))
            {
                if (await lader.LeesEigenCasusAsync(ct, Toestemminglezer.Aanvulling(db.Model)) is not { } nieuw) return NotFound();
                Vul(nieuw);
                return await OpnieuwAsync(nieuw, ct);
            }
        }
        TempData["Melding"] = toestaan
            ? "Uw gegevens staan nu ook in de kopie die uw gezinsleden kunnen downloaden."
            : "Uw gegevens staan niet meer in de kopie van uw gezinsleden.";
        return RedirectToPage();
    }

    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, CancellationToken ct)
    {
        await lader.ToonOpnieuwAsync(geladen, Pagina, ct);
        return Page();
    }

    private void Vul(GeladenCasus geladen)
    {
        var casus = geladen.Casus;
        var register = Toestemminglezer.Lees(db.Model, geladen.Aanvulling);
        Toestemmingen = register.Toestemmingen;
        EigenId = RegieClaims.BetrokkeneIdVan(User);
        Vandaag = Weergave.Vandaag(clock);
        IsJeugdige = User.IsInRole(Rollen.Jeugdige);
        var organisaties = casus.Betrokkenen.Where(b => b.IsActief && b.IsProfessional && b.OrganisatieId is not null)
            .Select(b => b.OrganisatieId!.Value).ToHashSet();
        Organisaties = [.. register.Organisaties.Where(o => organisaties.Contains(o.Id))];
        var ik = casus.Betrokkenen.FirstOrDefault(b => b.Id == EigenId);
        InKopieSinds = ik?.InKopieSinds;
        KopieVraag = ik is not null && (ik.IsJeugdige || casus.Betrokkenen.Any(b => b.IsActief && b.IsOuder && b.Id != ik.Id));
    }
}
