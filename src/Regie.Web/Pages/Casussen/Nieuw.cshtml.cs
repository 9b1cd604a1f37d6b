using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Casussen;

/// <summary>A gemeente professional opens a casus for a new family and becomes its first betrokkene and,
/// without a jeugdbeschermingsmaatregel, its provisional regievoerder. When the family seems to have an active casus in the
/// gemeente already (<see cref="DubbeleCasus"/>), nothing is saved until the professional either asks that casus'
/// regievoerder to add them, or confirms that a second casus is needed.</summary>
[Authorize(Policy = Policies.OpentCasus)]
public sealed class NieuwModel(RegieDbContext db, Sjablonen sjablonen, Logboekschrijver logboek, IOptions<RegieOpties> opties,
    IOptions<IndicatieOpties> indicatieOpties, Melder melder, TimeProvider clock) : PageModel
{
    /// <summary>Rows for jeugdigen on the form; more are added on the Betrokkenen page.</summary>
    public const int AantalJeugdigen = 4;

    /// <summary>The warning is showing: the family seems to have an active casus here already.</summary>
    public bool MogelijkDubbel { get; private set; }

    /// <summary>"Ik weet zeker dat het een ander gezin is of dat een tweede casus nodig is."</summary>
    [BindProperty] public bool TochOpenenBevestigd { get; set; }

    /// <summary>The Twents Model codes the region uses, with the wording from its own product list (configurable).</summary>
    public IReadOnlyList<Indicatie> BekendeIndicaties => indicatieOpties.Value.Indicaties;

    public IReadOnlyList<Organisatie> Gemeenten { get; private set; } = [];

    [BindProperty(Name = nameof(Input))] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul de gezinsnaam in.")]
        [StringLength(200, ErrorMessage = "De gezinsnaam mag hoogstens 200 tekens lang zijn.")]
        [Display(Name = "Gezinsnaam")]
        public string? Gezinsnaam { get; set; }

        [Required(ErrorMessage = "Kies de gemeente van het gezin.")]
        [Display(Name = "Gemeente")]
        public Guid? GemeenteId { get; set; }

        public List<string> Indicaties { get; set; } = [];

        [StringLength(20, ErrorMessage = "Een indicatiecode is hoogstens 20 tekens.")]
        [RegularExpression("^[A-Za-z0-9-]*$", ErrorMessage = "Een indicatiecode bestaat uit letters, cijfers en streepjes, zoals OB4A.")]
        [Display(Name = "Andere indicatie")]
        public string? AndereIndicatie { get; set; }

        [Required(ErrorMessage = "Kies of er een jeugdbeschermingsmaatregel is.")]
        public Maatregel? Maatregel { get; set; } = Domain.Casussen.Maatregel.Geen;

        [Required(ErrorMessage = "Vul de hulpvraag in, in de woorden van ouders en jeugdige.")]
        [StringLength(Casus.MaxHulpvraagLengte, ErrorMessage = "De hulpvraag mag hoogstens 4000 tekens lang zijn.")]
        [Display(Name = "Hulpvraag")]
        public string? Hulpvraag { get; set; }

        public List<JeugdigeInvoer> Jeugdigen { get; set; } = [];

        [StringLength(200, ErrorMessage = "De naam van de ouder mag hoogstens 200 tekens lang zijn.")]
        [Display(Name = "Naam van de ouder")]
        public string? OuderNaam { get; set; }

        [StringLength(Contactgegevens.MaxTelefoon, ErrorMessage = "Het telefoonnummer mag hoogstens 50 tekens lang zijn.")]
        [Display(Name = "Telefoonnummer van een ouder")]
        public string? OuderTelefoon { get; set; }
    }

    /// <summary>The date as text: a browser without a date picker sends what was typed, and a Dutch message beats the
    /// binder's English one.</summary>
    public sealed class JeugdigeInvoer
    {
        [StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens lang zijn.")]
        public string? Naam { get; set; }

        [StringLength(20, ErrorMessage = "Vul de geboortedatum in als dag-maand-jaar, zoals 14-03-2012.")]
        public string? Geboortedatum { get; set; }
    }

    private static readonly string[] Datumvormen = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    /// <summary>A jeugdige from a filled row; the row's problems go to ModelState.</summary>
    private sealed record Jeugdige(int Rij, string Naam, DateOnly Geboortedatum);

    private sealed record Gezin(IReadOnlyList<Jeugdige> Jeugdigen, string? OuderNaam, string? OuderTelefoon);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        var eigen = RegieClaims.OrganisatieIdVan(User);
        if (Gemeenten.Any(g => g.Id == eigen)) Input.GemeenteId = eigen;
        VulJeugdigenAan();
    }

    /// <summary>"Casus openen": checks for an active casus of the same family first.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ControleerAsync(ct) is not ({ } gemeente, { } gezin)) return Page();
        if (await ZoekDubbelAsync(gemeente.Id, gezin, ct) is { } bestaand)
        {
            // The question: that the family exists here is already something, so the other casus' logboek hears of it.
            logboek.Schrijf(bestaand, "DubbeleCasus", LogboekActie.Bekeken, $"Mogelijk dubbele casus gemeld aan medewerker {RegieClaims.MedewerkerIdVan(User)}");
            await db.SaveChangesAsync(ct);
            return Waarschuw();
        }
        return await OpenAsync(gemeente, gezin, null, ct);
    }

    /// <summary>Choice (b): open anyway, only with the confirmation ticked.</summary>
    public async Task<IActionResult> OnPostTochOpenenAsync(CancellationToken ct)
    {
        if (await ControleerAsync(ct) is not ({ } gemeente, { } gezin)) return Page();
        var bestaand = await ZoekDubbelAsync(gemeente.Id, gezin, ct);
        if (bestaand is not null && !TochOpenenBevestigd)
        {
            ModelState.AddModelError(nameof(TochOpenenBevestigd), "Zet het vinkje als u zeker weet dat het een ander gezin is of dat een tweede casus nodig is.");
            return Waarschuw();
        }
        return await OpenAsync(gemeente, gezin, bestaand, ct);
    }

    /// <summary>Choice (a): ask the regievoerder of the existing casus to add me. The casus is found again from what was
    /// typed, so no id of it ever reaches the browser.</summary>
    public async Task<IActionResult> OnPostVraagAsync(CancellationToken ct)
    {
        if (await ControleerAsync(ct) is not ({ } gemeente, { } gezin)) return Page();
        if (await ZoekDubbelAsync(gemeente.Id, gezin, ct) is not { } bestaand)
        {
            ModelState.AddModelError(string.Empty, "Er is geen andere casus meer voor dit gezin gevonden. U kunt de casus nu openen.");
            return Page();
        }
        if (RegieClaims.MedewerkerIdVan(User) is not { } ik) return Forbid();
        var casus = await db.Casussen.Include(c => c.Betrokkenen).Include(c => c.Regietoewijzingen).SingleAsync(c => c.Id == bestaand, ct);
        if (casus.IsActiefBetrokken(ik))
        {
            // Already in it: saying so reveals nothing new, and the casus is in their own list.
            ModelState.AddModelError(string.Empty, "U bent al betrokken bij de casus die er voor dit gezin is. U vindt die onder ‘Mijn casussen’.");
            return Waarschuw();
        }
        if (!await db.Toegangsverzoeken.AnyAsync(v => v.CasusId == bestaand && v.MedewerkerId == ik && v.Status == ToegangsverzoekStatus.Open, ct))
        {
            var verzoek = new Toegangsverzoek(bestaand, ik, clock.GetUtcNow());
            db.Toegangsverzoeken.Add(verzoek);
            logboek.Schrijf(bestaand, "Toegangsverzoek", LogboekActie.Aangemaakt, $"Toegangsverzoek {verzoek.Id} van medewerker {ik}");
            await melder.AanBeslisserAsync(casus, MeldingSoort.ToegangGevraagd, verzoek.Id, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // A double click: the first request stands.
            }
        }
        TempData["Melding"] = casus.Procesregievoerder is null
            ? "Uw vraag is naar de gemeente van die casus gestuurd: de casus heeft op dit moment geen regievoerder. Het antwoord ziet u bij Meldingen."
            : "Uw vraag is naar de regievoerder van die casus gestuurd. Het antwoord ziet u bij Meldingen.";
        return Redirect("/Casussen");
    }

    /// <summary>The form's own checks; null (with the page's data loaded) when something is wrong.</summary>
    private async Task<(Organisatie? Gemeente, Gezin Gezin)?> ControleerAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        VulJeugdigenAan();
        var gemeente = Gemeenten.SingleOrDefault(g => g.Id == Input.GemeenteId);
        if (Input.GemeenteId is not null && gemeente is null) ModelState.AddModelError("Input.GemeenteId", "Kies een gemeente uit de lijst.");
        var bekend = BekendeIndicaties.Select(i => i.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (Input.Indicaties.Any(i => !bekend.Contains(i))) ModelState.AddModelError("Input.Indicaties", "Kies indicaties uit de lijst, of vul een andere code in.");
        var gezin = LeesGezin();
        return ModelState.IsValid ? (gemeente, gezin) : null;
    }

    private Gezin LeesGezin()
    {
        var vandaag = Weergave.Vandaag(clock);
        var jeugdigen = new List<Jeugdige>();
        for (var i = 0; i < Input.Jeugdigen.Count; i++)
        {
            var (naam, datum) = (Input.Jeugdigen[i].Naam?.Trim(), Input.Jeugdigen[i].Geboortedatum?.Trim());
            if (string.IsNullOrEmpty(naam) && string.IsNullOrEmpty(datum)) continue; // an empty row is no jeugdige
            var veld = $"Input.Jeugdigen[{i}]";
            if (string.IsNullOrEmpty(naam)) { ModelState.AddModelError($"{veld}.Naam", "Vul ook de naam van deze jeugdige in."); continue; }
            if (string.IsNullOrEmpty(datum)) { ModelState.AddModelError($"{veld}.Geboortedatum", "Vul ook de geboortedatum van deze jeugdige in."); continue; }
            if (!DateOnly.TryParseExact(datum, Datumvormen, CultureInfo.InvariantCulture, DateTimeStyles.None, out var geboren))
            {
                ModelState.AddModelError($"{veld}.Geboortedatum", "Deze datum kunnen we niet lezen. Vul hem in als dag-maand-jaar, zoals 14-03-2012.");
                continue;
            }
            if (geboren > vandaag) { ModelState.AddModelError($"{veld}.Geboortedatum", "De geboortedatum ligt in de toekomst."); continue; }
            jeugdigen.Add(new Jeugdige(i, naam, geboren));
        }
        var ouderNaam = string.IsNullOrWhiteSpace(Input.OuderNaam) ? null : Input.OuderNaam.Trim();
        var telefoon = string.IsNullOrWhiteSpace(Input.OuderTelefoon) ? null : Input.OuderTelefoon.Trim();
        if (telefoon is not null && !Contactgegevens.IsTelefoonnummer(telefoon))
            ModelState.AddModelError("Input.OuderTelefoon", Contactgegevens.TelefoonMelding);
        if (telefoon is not null && ouderNaam is null) ModelState.AddModelError("Input.OuderNaam", "Vul ook de naam in van de ouder van wie dit nummer is.");
        return new Gezin(jeugdigen, ouderNaam, telefoon);
    }

    private Task<Guid?> ZoekDubbelAsync(Guid gemeenteId, Gezin gezin, CancellationToken ct) =>
        DubbeleCasus.ZoekAsync(db, gemeenteId, Input.Gezinsnaam!, [.. gezin.Jeugdigen.Select(j => j.Geboortedatum)], gezin.OuderTelefoon, ct);

    private PageResult Waarschuw()
    {
        MogelijkDubbel = true;
        return Page();
    }

    /// <summary>Opens the casus with the jeugdigen and the ouder as betrokkenen; <paramref name="ondanks"/> is the casus the
    /// warning was about, when the professional chose to open anyway.</summary>
    private async Task<IActionResult> OpenAsync(Organisatie gemeente, Gezin gezin, Guid? ondanks, CancellationToken ct)
    {
        var medewerker = await db.Medewerkers.AsNoTracking().SingleOrDefaultAsync(m => m.Id == RegieClaims.MedewerkerIdVan(User), ct);
        var organisatie = medewerker is null ? null : await db.Organisaties.AsNoTracking().SingleAsync(o => o.Id == medewerker.OrganisatieId, ct);
        if (medewerker is null || organisatie is null) return Forbid();

        var nu = clock.GetUtcNow();
        var indicaties = Input.Indicaties.Concat(string.IsNullOrWhiteSpace(Input.AndereIndicatie) ? [] : [Input.AndereIndicatie]);
        var sjabloon = await sjablonen.NieuwsteAsync(ct);
        var prefix = opties.Value.CasuscodePrefix;
        var jaar = nu.UtcDateTime.Year;

        // Two people opening a casus at once get the same next code; the unique index refuses one, who just retries.
        for (var poging = 0; poging < 5; poging++)
        {
            var begin = Casus.CodeBegin(prefix, jaar);
            var bestaand = await db.Casussen.Where(c => c.Code.StartsWith(begin)).Select(c => c.Code).ToListAsync(ct);
            var code = Casus.VolgendeCode(prefix, jaar, bestaand);
            var casus = Casus.Open(code, Input.Gezinsnaam!, gemeente, indicaties, Input.Maatregel!.Value, Input.Hulpvraag!, sjabloon,
                medewerker, organisatie, nu);
            if (!VoegGezinToe(casus, gezin, Weergave.Vandaag(clock))) return ondanks is null ? Page() : Waarschuw();
            db.Casussen.Add(casus);
            logboek.Schrijf(casus.Id, "Casus", LogboekActie.Aangemaakt, code);
            if (ondanks is { } ander)
            {
                // The choice, on both casussen, ids only.
                logboek.Schrijf(casus.Id, "DubbeleCasus", LogboekActie.Aangemaakt, $"Toch geopend naast mogelijk dubbele casus {ander}");
                logboek.Schrijf(ander, "DubbeleCasus", LogboekActie.Aangemaakt, $"Toch een nieuwe casus {casus.Id} geopend door medewerker {medewerker.Id}");
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                db.ChangeTracker.Clear();
                continue;
            }
            TempData["Melding"] = casus.ActieveProcesregie is not null
                ? $"Casus {code} is geopend. U bent voorlopig de regievoerder. Voeg nu de betrokkenen toe."
                : $"Casus {code} is geopend. Bij een {Casus.MaatregelNaam(casus.Maatregel)} ligt de regie bij de jeugdbeschermer: voeg die toe en wijs de regie aan.";
            return Redirect($"/Casussen/{casus.Id}/Betrokkenen");
        }
        ModelState.AddModelError(string.Empty, "Het lukte niet om een casusnummer te maken. Probeer het nog een keer.");
        return Page();
    }

    /// <summary>The jeugdigen and the ouder through the domain, logged as any betrokkene added; false with the refusal at its field.</summary>
    private bool VoegGezinToe(Casus casus, Gezin gezin, DateOnly vandaag)
    {
        var toe = gezin.Jeugdigen.Select(j => ($"Input.Jeugdigen[{j.Rij}]", new BetrokkeneGegevens(BetrokkeneSoort.Gezinslid, j.Naam, "Kind",
                Geboortedatum: j.Geboortedatum)))
            .ToList();
        if (gezin.OuderNaam is not null)
            toe.Add(("Input.Ouder", new BetrokkeneGegevens(BetrokkeneSoort.Gezinslid, gezin.OuderNaam, "Ouder", gezin.OuderTelefoon, IsOuder: true)));
        foreach (var (veld, gegevens) in toe)
        {
            var uitkomst = casus.VoegBetrokkeneToe(gegevens, vandaag);
            if (uitkomst.IsFout)
            {
                var sleutel = veld == "Input.Ouder"
                    ? uitkomst.Veld == nameof(BetrokkeneGegevens.Telefoon) ? "Input.OuderTelefoon" : "Input.OuderNaam"
                    : $"{veld}.{(uitkomst.Veld == nameof(BetrokkeneGegevens.Geboortedatum) ? "Geboortedatum" : "Naam")}";
                ModelState.AddModelError(sleutel, uitkomst.Melding);
                return false;
            }
            logboek.BetrokkeneToegevoegd(casus.Id, uitkomst.Waarde!);
        }
        return true;
    }

    /// <summary>Always <see cref="AantalJeugdigen"/> rows on the form, whatever was posted (extra rows are dropped).</summary>
    private void VulJeugdigenAan()
    {
        if (Input.Jeugdigen.Count > AantalJeugdigen) Input.Jeugdigen = Input.Jeugdigen[..AantalJeugdigen];
        while (Input.Jeugdigen.Count < AantalJeugdigen) Input.Jeugdigen.Add(new JeugdigeInvoer());
    }

    private async Task LaadAsync(CancellationToken ct) =>
        Gemeenten = await db.Organisaties.AsNoTracking()
            .Where(o => o.Type == OrganisatieType.Gemeente && o.Actief).OrderBy(o => o.Naam).ToListAsync(ct);
}
