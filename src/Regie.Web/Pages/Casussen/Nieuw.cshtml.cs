using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen;

/// <summary>A gemeente professional opens a casus for a new family and becomes its first betrokkene and,
/// without a jeugdbeschermingsmaatregel, its provisional regievoerder.</summary>
[Authorize(Policy = Policies.OpentCasus)]
public sealed class NieuwModel(RegieDbContext db, Sjablonen sjablonen, Logboekschrijver logboek, IOptions<RegieOpties> opties, IOptions<IndicatieOpties> indicatieOpties, TimeProvider clock) : PageModel
{
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
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        var eigen = RegieClaims.OrganisatieIdVan(User);
        if (Gemeenten.Any(g => g.Id == eigen)) Input.GemeenteId = eigen;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        var gemeente = Gemeenten.SingleOrDefault(g => g.Id == Input.GemeenteId);
        if (Input.GemeenteId is not null && gemeente is null) ModelState.AddModelError("Input.GemeenteId", "Kies een gemeente uit de lijst.");
        var bekend = BekendeIndicaties.Select(i => i.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (Input.Indicaties.Any(i => !bekend.Contains(i))) ModelState.AddModelError("Input.Indicaties", "Kies indicaties uit de lijst, of vul een andere code in.");
        if (!ModelState.IsValid) return Page();

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
            var casus = Casus.Open(code, Input.Gezinsnaam!, gemeente!, indicaties, Input.Maatregel!.Value, Input.Hulpvraag!, sjabloon,
                medewerker, organisatie, nu);
            db.Casussen.Add(casus);
            logboek.Schrijf(casus.Id, "Casus", LogboekActie.Aangemaakt, code);
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

    private async Task LaadAsync(CancellationToken ct) =>
        Gemeenten = await db.Organisaties.AsNoTracking()
            .Where(o => o.Type == OrganisatieType.Gemeente && o.Actief).OrderBy(o => o.Naam).ToListAsync(ct);
}
