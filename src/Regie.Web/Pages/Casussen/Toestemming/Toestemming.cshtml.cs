using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Toestemmingen;
using Domein = Regie.Domain.Toestemmingen;

namespace Regie.Web.Pages.Casussen.Toestemming;

/// <summary>Stap 5 "Communicatie" keeps its text; this is the register beside it: which gezinslid allowed which organisation
/// to receive information, for what, since and until when, and what was withdrawn. Every betrokkene reads it; the
/// procesregievoerder records, withdraws, and decides when sharing is needed without a toestemming.</summary>
// No role policy here: whoever may not see this casus gets 404 from the Casuslader.
public sealed class ToestemmingModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    private static readonly Casuspagina Pagina = new("Toestemming", "Toestemming", "Toestemmingen bekeken");

    public static readonly IReadOnlyList<(Domein.Deelgrond Grond, string Tekst)> Gronden =
        [.. Enum.GetValues<Domein.Deelgrond>().Select(g => (g, Domein.Deelbesluit.Tekst(g)))];

    public sealed record Keuze(Guid Id, string Naam);

    /// <summary>A gezinslid whose data are left out of the others' copies unless they agree (AVG 15(4)): an ouder when there is
    /// another ouder, a jeugdige from 16.</summary>
    public sealed record Kopiekeuze(Guid Id, string Naam, DateTimeOffset? InKopieSinds);

    public CasusKop Kop { get; private set; } = null!;
    public IReadOnlyList<GelezenToestemming> Toestemmingen { get; private set; } = [];
    public IReadOnlyList<OrganisatieKeuze> Organisaties { get; private set; } = [];
    public IReadOnlyList<Keuze> Gezinsleden { get; private set; } = [];
    public IReadOnlyList<Keuze> OudersMetGezag { get; private set; } = [];
    public IReadOnlyList<Kopiekeuze> Kopie { get; private set; } = [];

    /// <summary>Organisations of active professional betrokkenen without a current toestemming: for the regievoerder.</summary>
    public IReadOnlyList<string> ZonderToestemming { get; private set; } = [];
    public bool MagRegistreren { get; private set; }
    public bool MagCorrecties { get; private set; }
    public DateOnly Vandaag { get; private set; }

    [BindProperty(Name = nameof(Vastleggen))] public VastleggenInvoer Vastleggen { get; set; } = new();
    [BindProperty(Name = nameof(Intrekken))] public IntrekkenInvoer Intrekken { get; set; } = new();
    [BindProperty(Name = nameof(Besluit))] public BesluitInvoer Besluit { get; set; } = new();

    public sealed class VastleggenInvoer
    {
        [Required(ErrorMessage = "Kies wie uit het gezin toestemming geeft.")]
        [Display(Name = "Wie geeft toestemming")]
        public Guid? GegevenDoorId { get; set; }

        /// <summary>For a jeugdige of 12 to 16: the ouder with gezag who gives it too.</summary>
        [Display(Name = "Samen met ouder")]
        public Guid? SamenMetId { get; set; }

        [Required(ErrorMessage = "Kies de organisatie die gegevens mag ontvangen.")]
        [Display(Name = "Organisatie")]
        public Guid? OrganisatieId { get; set; }

        [Required(ErrorMessage = "Schrijf op waarvoor gegevens gedeeld mogen worden.")]
        [StringLength(Domein.Toestemming.MaxDoel, ErrorMessage = "Het doel mag hoogstens 500 tekens lang zijn.")]
        public string? Doel { get; set; }

        [Required(ErrorMessage = "Vul de datum in waarop de toestemming is gegeven.")]
        [Display(Name = "Gegeven op")]
        public DateOnly? GegevenOp { get; set; }

        [Display(Name = "Geldig tot en met")]
        public DateOnly? GeldigTot { get; set; }
    }

    public sealed class IntrekkenInvoer
    {
        [Display(Name = "Toestemming")]
        public Guid ToestemmingId { get; set; }
        public uint Versie { get; set; }
    }

    public sealed class BesluitInvoer
    {
        [Required(ErrorMessage = "Kies de organisatie waarmee gedeeld wordt.")]
        [Display(Name = "Organisatie")]
        public Guid? OrganisatieId { get; set; }

        [Required(ErrorMessage = "Kies waarom delen nodig is zonder toestemming.")]
        public Domein.Deelgrond? Grond { get; set; }
    }

    private string Aanvulling => Toestemminglezer.Aanvulling(db.Model);

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct, Aanvulling) is not { } geladen) return NotFound();
        Vul(geladen);
        return Page();
    }

    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostVastleggenAsync(Guid casusId, CancellationToken ct)
    {
        if (await lader.LeesAsync(casusId, CasusActie.RegistreertToestemming, ct, Aanvulling) is not { } geladen) return NotFound();
        Vul(geladen);
        ModelState.AlleenGeldig(nameof(Vastleggen));
        var v = Vastleggen;
        if (v.OrganisatieId is { } org && Organisaties.All(o => o.Id != org))
            ModelState.AddModelError("Vastleggen.OrganisatieId", "Kies een organisatie uit de lijst.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var uitkomst = Domein.Toestemming.Geef(geladen.Casus, v.GegevenDoorId!.Value, v.SamenMetId, v.OrganisatieId!.Value, v.Doel,
            v.GegevenOp!.Value, v.GeldigTot, RegieClaims.MedewerkerIdVan(User)!.Value, RegieClaims.NaamVan(User), clock.GetUtcNow(), Vandaag);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"Vastleggen.{uitkomst.Veld ?? nameof(VastleggenInvoer.GegevenDoorId)}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var toestemming = uitkomst.Waarde!;
        db.Toestemmingen.Add(toestemming);
        logboek.Schrijf(casusId, Pagina.Entiteit, LogboekActie.Aangemaakt,
            $"Toestemming {toestemming.Id} van betrokkene {toestemming.GegevenDoorId} voor organisatie {toestemming.OrganisatieId}");
        if (!await db.BewaarAsync(ModelState, "Vastleggen.Doel", ct)) return await OpnieuwAsync(geladen, ct);
        TempData["Melding"] = "De toestemming is vastgelegd.";
        return RedirectToPage(new { casusId });
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(Guid casusId, CancellationToken ct)
    {
        var gepost = Intrekken.Versie;
        if (await lader.LeesAsync(casusId, CasusActie.RegistreertToestemming, ct, Aanvulling) is not { } geladen) return NotFound();
        Vul(geladen);
        if (Toestemmingen.FirstOrDefault(t => t.Toestemming.Id == Intrekken.ToestemmingId) is not { } gelezen) return NotFound();
        var toestemming = gelezen.Toestemming;
        // Tracked as the user saw it: a withdrawal against an older row version is refused, not silently applied.
        db.Attach(toestemming);
        db.Entry(toestemming).Property<uint>(Concurrency.Versie).OriginalValue = gepost;
        if (!toestemming.TrekIn(RegieClaims.NaamVan(User), clock.GetUtcNow()))
        {
            db.ChangeTracker.Clear();
            TempData["Melding"] = "Deze toestemming was al ingetrokken.";
            return RedirectToPage(new { casusId });
        }
        logboek.Schrijf(casusId, Pagina.Entiteit, LogboekActie.Gewijzigd, $"Toestemming {toestemming.Id} ingetrokken door de regievoerder");
        if (!await db.BewaarAsync(ModelState, "Intrekken", ct))
        {
            if (await lader.LeesAsync(casusId, CasusActie.Lezen, ct, Aanvulling) is not { } nieuw) return NotFound();
            Vul(nieuw);
            return await OpnieuwAsync(nieuw, ct);
        }
        TempData["Melding"] = "De toestemming is ingetrokken.";
        return RedirectToPage(new { casusId });
    }

    /// <summary>For someone without an account (or who says so at the table): their own data in the family's copies, yes or no.</summary>
    public async Task<IActionResult> OnPostKopieAsync(Guid casusId, Guid betrokkeneId, bool toestaan, CancellationToken ct)
    {
        if (await lader.VoorWijzigingAsync(casusId, CasusActie.RegistreertToestemming, ct, Aanvulling) is not { } geladen) return NotFound();
        Vul(geladen);
        if (Kopie.All(k => k.Id != betrokkeneId)) return NotFound();
        var betrokkene = geladen.Casus.Betrokkenen.Single(b => b.Id == betrokkeneId);
        if (toestaan ? betrokkene.StaKopieToe(clock.GetUtcNow()) : betrokkene.TrekKopieToestemmingIn())
        {
            logboek.Schrijf(casusId, "Kopietoestemming", LogboekActie.Gewijzigd,
                $"Betrokkene {betrokkene.Id}: eigen gegevens in de kopie van het gezin {(toestaan ? "toegestaan" : "ingetrokken")}, vastgelegd door de regievoerder");
            if (!await db.BewaarAsync(ModelState, "Kopie", ct))
            {
                if (await lader.LeesAsync(casusId, CasusActie.Lezen, ct, Aanvulling) is not { } nieuw) return NotFound();
                Vul(nieuw);
                return await OpnieuwAsync(nieuw, ct);
            }
        }
        TempData["Melding"] = toestaan ? $"De gegevens van {betrokkene.Naam} mogen nu in de kopie van het gezin."
            : $"De gegevens van {betrokkene.Naam} staan niet meer in de kopie van het gezin.";
        return RedirectToPage(new { casusId });
    }

    public async Task<IActionResult> OnPostBesluitAsync(Guid casusId, CancellationToken ct)
    {
        if (await lader.LeesAsync(casusId, CasusActie.RegistreertToestemming, ct, Aanvulling) is not { } geladen) return NotFound();
        Vul(geladen);
        ModelState.AlleenGeldig(nameof(Besluit));
        if (Besluit.OrganisatieId is { } org && Organisaties.All(o => o.Id != org))
            ModelState.AddModelError("Besluit.OrganisatieId", "Kies een organisatie uit de lijst.");
        if (Besluit.Grond is { } g && !Enum.IsDefined(g)) ModelState.AddModelError("Besluit.Grond", "Kies een reden uit de lijst.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        // Stored, not only logged: the professionals of that organisation read the decision in the casus header.
        var besluit = new Domein.Deelbesluit(casusId, Besluit.OrganisatieId!.Value, Besluit.Grond!.Value, RegieClaims.MedewerkerIdVan(User)!.Value,
            RegieClaims.NaamVan(User), clock.GetUtcNow());
        db.Deelbesluiten.Add(besluit);
        logboek.Schrijf(casusId, Pagina.Entiteit, LogboekActie.Aangemaakt,
            $"Delen is nodig zonder toestemming: organisatie {Besluit.OrganisatieId}, reden {Besluit.Grond}");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Uw besluit is vastgelegd. De professionals van die organisatie zien het bij de casus.";
        return RedirectToPage(new { casusId });
    }

    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await lader.BekekenAsync(geladen, Pagina, ct);
        return Page();
    }

    private void Vul(GeladenCasus geladen)
    {
        var casus = geladen.Casus;
        var register = Toestemminglezer.Lees(db.Model, geladen.Aanvulling);
        Kop = geladen.Kop(Pagina.Tab);
        Vandaag = Weergave.Vandaag(clock);
        Toestemmingen = register.Toestemmingen;
        Organisaties = register.Organisaties;
        MagRegistreren = geladen.Mag(CasusActie.RegistreertToestemming);
        MagCorrecties = geladen.Mag(CasusActie.BeantwoordtCorrectie);
        var gezin = casus.Betrokkenen.Where(b => b.IsActief && b.Soort == BetrokkeneSoort.Gezinslid).OrderBy(b => b.Naam, StringComparer.Create(Weergave.Nl, true)).ToList();
        Gezinsleden = [.. gezin.Select(b => new Keuze(b.Id, b.IsOuder ? $"{b.Naam} (ouder)" : b.LeeftijdOp(Vandaag) is { } j ? $"{b.Naam} ({j} jaar)" : b.Naam))];
        OudersMetGezag = [.. gezin.Where(b => b.IsOuder && b.HeeftGezag == true).Select(b => new Keuze(b.Id, b.Naam))];
        var ouders = gezin.Count(b => b.IsOuder);
        Kopie = [.. gezin.Where(b => (b.IsOuder && ouders > 1) || (b.IsJeugdige && b.LeeftijdOp(Vandaag) >= Domein.Toestemming.LeeftijdAlleen))
            .Select(b => new Kopiekeuze(b.Id, b.Naam, b.InKopieSinds))];
        var geldig = Toestemmingen.Where(t => t.Toestemming.IsGeldigOp(Vandaag)).Select(t => t.Toestemming.OrganisatieId).ToHashSet();
        ZonderToestemming = [.. casus.Betrokkenen.Where(b => b.IsActief && b.IsProfessional && b.OrganisatieId is { } o && !geldig.Contains(o))
            .Select(b => b.OrganisatieNaam ?? "").Distinct().Order(StringComparer.Create(Weergave.Nl, true))];
    }

    /// <summary>"Geldig", "Verlopen" or "Ingetrokken", in words for the list.</summary>
    public string Status(Domein.Toestemming t) => t.IsIngetrokken ? "Ingetrokken" : t.IsGeldigOp(Vandaag) ? "Geldig" : "Verlopen";
}
