using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen.Gegevens;

/// <summary>The indicaties and the jeugdbeschermingsmaatregel after opening. Their effects (under a maatregel the
/// procesregie belongs at a GI, so the regie step goes back to bespreking) live in Casus.WijzigMaatregel.</summary>
// No role policy here: whoever may not see or change this casus gets 404 from the Casuslader.
public sealed class GegevensModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, IOptions<IndicatieOpties> indicatieOpties, TimeProvider clock) : CasusPaginaModel(lader, Pagina)
{
    private static readonly Casuspagina Pagina = new("Overzicht", "Casus", "Indicatie en maatregel bekeken om te wijzigen");

    public CasusKop Kop { get; private set; } = null!;
    public bool MagBewerken { get; private set; }
    public Maatregel HuidigeMaatregel { get; private set; }
    public IReadOnlyList<string> HuidigeIndicaties { get; private set; } = [];
    public bool Conflict { get; private set; }

    /// <summary>The region's codes, plus any the casus already has, so nothing disappears by opening this page.</summary>
    public IReadOnlyList<Indicatie> Keuzes { get; private set; } = [];

    [BindProperty(Name = nameof(Input))] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        public List<string> Indicaties { get; set; } = [];

        [StringLength(20, ErrorMessage = "Een indicatiecode is hoogstens 20 tekens.")]
        [RegularExpression("^[A-Za-z0-9-]*$", ErrorMessage = "Een indicatiecode bestaat uit letters, cijfers en streepjes, zoals OB4A.")]
        [Display(Name = "Andere indicatie")]
        public string? AndereIndicatie { get; set; }

        [Required(ErrorMessage = "Kies of er een jeugdbeschermingsmaatregel is.")]
        public Maatregel? Maatregel { get; set; }

        /// <summary>The casus' row version when the form was read: a change someone else saved in between is not overwritten.</summary>
        public uint Versie { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct) is not { } geladen) return NotFound();
        Vul(geladen);
        Input.Maatregel = HuidigeMaatregel;
        Input.Indicaties = [.. HuidigeIndicaties];
        Input.Versie = Lader.Versie(geladen.Casus);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        var casus = geladen.Casus;
        var bekend = BekendeIndicaties().Select(i => i.Code).Concat(casus.Indicaties).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (Input.Indicaties.Any(i => !bekend.Contains(i))) ModelState.AddModelError("Input.Indicaties", "Kies indicaties uit de lijst, of vul een andere code in.");
        if (Input.Maatregel is { } m && !Enum.IsDefined(m)) ModelState.AddModelError("Input.Maatregel", "Kies of er een jeugdbeschermingsmaatregel is.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        // Compare against the version the user read, not the one just loaded.
        db.Entry(casus).Property<uint>(Concurrency.Versie).OriginalValue = Input.Versie;
        var nu = clock.GetUtcNow();
        var indicatiesVoor = casus.Indicaties.ToHashSet();
        var maatregelVoor = casus.Maatregel;
        var stappenVoor = casus.Stappen.ToDictionary(s => s.Nummer, s => s.Status);
        var nieuw = Input.Indicaties.Concat(string.IsNullOrWhiteSpace(Input.AndereIndicatie) ? [] : [Input.AndereIndicatie]);
        var uitkomst = casus.WijzigIndicaties(nieuw);
        if (uitkomst.Gelukt) uitkomst = casus.WijzigMaatregel(Input.Maatregel!.Value, nu);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(uitkomst.Veld is { } veld ? $"Input.{veld}" : "", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }

        var velden = new List<string>();
        if (casus.Maatregel != maatregelVoor) velden.Add("Maatregel");
        if (!casus.Indicaties.ToHashSet().SetEquals(indicatiesVoor)) velden.Add("Indicaties");
        if (velden.Count == 0)
        {
            db.ChangeTracker.Clear();
            TempData["Melding"] = "Er is niets veranderd.";
            return Redirect($"/Casussen/{casusId}");
        }
        logboek.Schrijf(casusId, Pagina.Entiteit, LogboekActie.Gewijzigd, $"Gewijzigd: {string.Join(", ", velden)}");
        if (!await db.BewaarAsync(ModelState, "", ct))
        {
            // Someone else saved first: read the casus again, so the page shows their state beside the user's choice.
            if (await Lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct) is not { } nieuwst) return NotFound();
            Conflict = true;
            Vul(nieuwst);
            // The form now carries their version: saving again is then a choice made after seeing it.
            Input.Versie = Lader.Versie(nieuwst.Casus);
            return Page();
        }
        TempData["Melding"] = Gevolg(casus, velden, stappenVoor);
        return Redirect($"/Casussen/{casusId}");
    }

    /// <summary>What the change means for the table, in words: which steps are open again and what to do next.</summary>
    private static string Gevolg(Casus casus, List<string> velden, Dictionary<int, StapStatus> stappenVoor)
    {
        var melding = velden.Contains("Maatregel")
            ? casus.Maatregel == Maatregel.Geen ? "De maatregel is bewaard: er is nu geen maatregel." : $"De maatregel is bewaard: {Casus.MaatregelNaam(casus.Maatregel)}."
            : "De indicatie is bewaard.";
        if (velden.Contains("Maatregel") && velden.Contains("Indicaties")) melding += " De indicatie ook.";
        var terug = casus.Stappen.Where(s => stappenVoor[s.Nummer] != StapStatus.InBespreking && s.Status == StapStatus.InBespreking)
            .OrderBy(s => s.Nummer).Select(s => $"{s.Nummer}. {s.Titel}").ToList();
        if (casus.Maatregel != Maatregel.Geen && casus.Procesregievoerder is { } regie && regie.OrganisatieType != OrganisatieType.GecertificeerdeInstelling)
            melding += $" Bij een {Casus.MaatregelNaam(casus.Maatregel)} ligt de procesregie bij een gecertificeerde instelling, niet bij {regie.OrganisatieNaam}. Draag de regie over aan de jeugdbeschermer.";
        else if (casus.Maatregel != Maatregel.Geen && casus.Procesregievoerder is null)
            melding += " Voeg de jeugdbeschermer toe en wijs de procesregie aan.";
        if (terug.Count > 0)
            melding += $" {(terug.Count == 1 ? "Deze stap staat" : "Deze stappen staan")} weer ‘in bespreking’: {string.Join(", ", terug)}. Bespreek dit in het volgende MDO.";
        return melding;
    }

    protected override void Vul(GeladenCasus geladen)
    {
        MagBewerken = geladen.Mag(CasusActie.Bewerken);
        Kop = geladen.Kop(Pagina.Tab);
        (HuidigeMaatregel, HuidigeIndicaties) = (geladen.Casus.Maatregel, geladen.Casus.Indicaties);
        var bekend = BekendeIndicaties();
        Keuzes = [.. bekend, .. HuidigeIndicaties.Where(i => !bekend.Any(b => string.Equals(b.Code, i, StringComparison.OrdinalIgnoreCase)))
            .Select(i => new Indicatie { Code = i, Omschrijving = "eerder vastgelegd" })];
    }

    private Indicatie[] BekendeIndicaties() => indicatieOpties.Value.Indicaties;
}
