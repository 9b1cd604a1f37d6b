using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Casussen.Betrokkenen;

/// <summary>Stap 1, wie er betrokken is: a gezinslid, someone from the netwerk or a professional joins; someone stops.
/// The rules (a professional belongs to an organisation, the regievoerder hands over before leaving) live in Casus.</summary>
// No role policy here: whoever may not see or change this casus gets 404 from the Casuslader.
public sealed class BetrokkenenModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock, Melder melder)
    : CasusPaginaModel(lader, Pagina)
{
    private static readonly Casuspagina Pagina = new("Betrokkenen", "Betrokkene", "Betrokkenen bekeken");

    /// <summary>The medewerkers one can add, read with the casus (for the view and for a refused form shown again). Who is
    /// already involved is left out: the domain would refuse them anyway.</summary>
    private const string Kiesbaar = """
        SELECT coalesce(json_agg(json_build_object('Organisatie', o."Naam", 'Type', o."Type", 'Id', m."Id", 'Naam', m."Naam", 'Functie', m."Functie")), '[]'::json)
        FROM "Medewerkers" m JOIN "Organisaties" o ON o."Id" = m."OrganisatieId"
        WHERE m."Actief" AND o."Actief" AND NOT EXISTS (SELECT 1 FROM "Betrokkenen" b
          WHERE b."CasusId" = c."Id" AND b."MedewerkerId" = m."Id" AND b."BetrokkenTot" IS NULL)
        """;

    private sealed record Kiesbare(string Organisatie, OrganisatieType Type, Guid Id, string Naam, string? Functie);

    private static readonly JsonSerializerOptions JsonOpties = new() { Converters = { new JsonStringEnumConverter() } };

    public enum PersoonSoort { Gezinslid, Netwerk }

    public enum ProfessionalBron { Medewerker, Extern }

    public sealed record MedewerkerKeuze(Guid Id, string Naam, string? Functie);
    public sealed record OrganisatieKeuze(string Naam, OrganisatieType Type, IReadOnlyList<MedewerkerKeuze> Medewerkers);

    public CasusKop Kop { get; private set; } = null!;
    public bool MagBewerken { get; private set; }
    public IReadOnlyList<Betrokkene> Actief { get; private set; } = [];
    public IReadOnlyList<Betrokkene> Gestopt { get; private set; } = [];
    public Guid? RegievoerderId { get; private set; }
    public IReadOnlyList<OrganisatieKeuze> Organisaties { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }

    [BindProperty(Name = nameof(Persoon))] public PersoonInvoer Persoon { get; set; } = new();
    [BindProperty(Name = nameof(Professional))] public ProfessionalInvoer Professional { get; set; } = new();
    [BindProperty(Name = nameof(Einde))] public EindeInvoer Einde { get; set; } = new();

    public abstract class ContactInvoer
    {
        [StringLength(200, ErrorMessage = "De rol of relatie mag hoogstens 200 tekens lang zijn.")]
        [Display(Name = "Rol of relatie")]
        public string? RolOfRelatie { get; set; }

        [StringLength(50, ErrorMessage = "Het telefoonnummer mag hoogstens 50 tekens lang zijn.")]
        [Display(Name = "Telefoon")]
        public string? Telefoon { get; set; }

        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")]
        [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
        [Display(Name = "E-mailadres")]
        public string? Email { get; set; }

        [StringLength(500, ErrorMessage = "De bereikbaarheid mag hoogstens 500 tekens lang zijn.")]
        [Display(Name = "Bereikbaarheid")]
        public string? Bereikbaarheid { get; set; }
    }

    public sealed class PersoonInvoer : ContactInvoer
    {
        [Required(ErrorMessage = "Kies of deze persoon bij het gezin of bij het netwerk hoort.")]
        [Display(Name = "Gezin of netwerk")]
        public PersoonSoort? Soort { get; set; }

        [Required(ErrorMessage = "Vul de naam in.")]
        [StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens lang zijn.")]
        [Display(Name = "Naam")]
        public string? Naam { get; set; }

        [Display(Name = "Deze persoon is ouder of verzorger")]
        public bool IsOuder { get; set; }

        /// <summary>Only for an ouder; empty is "weet ik niet".</summary>
        [Display(Name = "Heeft gezag")]
        public bool? HeeftGezag { get; set; }

        /// <summary>Only for a kind or jongere in the gezin.</summary>
        [Display(Name = "Geboortedatum")]
        public DateOnly? Geboortedatum { get; set; }
    }

    public sealed class ProfessionalInvoer : ContactInvoer
    {
        [Required(ErrorMessage = "Kies of het een medewerker van een bekende organisatie is of iemand van een andere organisatie.")]
        [Display(Name = "Wie voegt u toe")]
        public ProfessionalBron? Bron { get; set; }

        [Display(Name = "Medewerker")]
        public Guid? MedewerkerId { get; set; }

        [StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens lang zijn.")]
        [Display(Name = "Naam")]
        public string? Naam { get; set; }

        [StringLength(200, ErrorMessage = "De naam van de organisatie mag hoogstens 200 tekens lang zijn.")]
        [Display(Name = "Organisatie")]
        public string? OrganisatieNaam { get; set; }

        [Display(Name = "Soort organisatie")]
        public OrganisatieType? OrganisatieType { get; set; }
    }

    public sealed class EindeInvoer
    {
        [Required(ErrorMessage = "Kies wiens betrokkenheid stopt.")]
        public Guid? BetrokkeneId { get; set; }

        [Required(ErrorMessage = "Vul de datum in waarop de betrokkenheid stopt.")]
        [DataType(DataType.Date)]
        [Display(Name = "Einddatum")]
        public DateOnly? Datum { get; set; }

        [Required(ErrorMessage = "Schrijf op waarom de betrokkenheid stopt.")]
        [StringLength(2000, ErrorMessage = "De reden mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Reden")]
        public string? Reden { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct, Kiesbaar) is not { } geladen) return NotFound();
        Persoon = new PersoonInvoer { Soort = PersoonSoort.Gezinslid };
        Professional = new ProfessionalInvoer { Bron = ProfessionalBron.Medewerker };
        Vul(geladen);
        return Page();
    }

    /// <summary>A post without a known handler is a hand-made request: without this the page would render unloaded.</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostPersoonAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct, Kiesbaar) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Persoon));
        var p = Persoon;
        if (string.IsNullOrWhiteSpace(p.RolOfRelatie))
            ModelState.AddModelError("Persoon.RolOfRelatie", "Vul de rol of relatie in, bijvoorbeeld moeder, zoon of buurvrouw.");
        if (p.IsOuder && p.Soort == PersoonSoort.Netwerk)
            ModelState.AddModelError("Persoon.IsOuder", "Een ouder hoort bij het gezin. Kies ‘Gezin’ of haal het vinkje weg.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var soort = p.Soort == PersoonSoort.Gezinslid ? BetrokkeneSoort.Gezinslid : BetrokkeneSoort.Netwerk;
        var gegevens = new BetrokkeneGegevens(soort, p.Naam!, p.RolOfRelatie!, p.Telefoon, p.Email, p.Bereikbaarheid, IsOuder: p.IsOuder,
            HeeftGezag: p.HeeftGezag, Geboortedatum: p.Geboortedatum);
        return await VoegToeAsync(geladen, gegevens, "Persoon.Naam", ct);
    }

    public async Task<IActionResult> OnPostProfessionalAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct, Kiesbaar) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Professional));
        var p = Professional;
        if (string.IsNullOrWhiteSpace(p.RolOfRelatie))
            ModelState.AddModelError("Professional.RolOfRelatie", "Vul de rol in, bijvoorbeeld behandelaar of intern begeleider.");

        BetrokkeneGegevens? gegevens = null;
        if (p.Bron == ProfessionalBron.Medewerker)
        {
            var gekozen = p.MedewerkerId is { } id
                ? await db.Medewerkers.AsNoTracking().Where(m => m.Id == id && m.Actief)
                    .Join(db.Organisaties.Where(o => o.Actief), m => m.OrganisatieId, o => o.Id, (m, o) => new { Medewerker = m, Organisatie = o })
                    .SingleOrDefaultAsync(ct)
                : null;
            if (gekozen is null)
                ModelState.AddModelError("Professional.MedewerkerId", p.MedewerkerId is null ? "Kies de medewerker." : "Kies een medewerker uit de lijst.");
            else
            {
                var (m, o) = (gekozen.Medewerker, gekozen.Organisatie);
                // Contact details typed in win; left empty, the casus gets what the medewerker's account says.
                gegevens = new BetrokkeneGegevens(BetrokkeneSoort.Professional, m.Naam, p.RolOfRelatie ?? "",
                    Leeg(p.Telefoon) ?? m.Telefoon, Leeg(p.Email) ?? m.Email, Leeg(p.Bereikbaarheid) ?? m.Bereikbaarheid,
                    o.Id, o.Naam, o.Type, m.Id);
            }
        }
        else if (p.Bron == ProfessionalBron.Extern)
        {
            if (string.IsNullOrWhiteSpace(p.Naam)) ModelState.AddModelError("Professional.Naam", "Vul de naam van de professional in.");
            if (string.IsNullOrWhiteSpace(p.OrganisatieNaam)) ModelState.AddModelError("Professional.OrganisatieNaam", "Vul de naam van de organisatie in.");
            if (p.OrganisatieType is null) ModelState.AddModelError("Professional.OrganisatieType", "Kies het soort organisatie.");
            gegevens = new BetrokkeneGegevens(BetrokkeneSoort.Professional, p.Naam ?? "", p.RolOfRelatie ?? "",
                p.Telefoon, p.Email, p.Bereikbaarheid, null, p.OrganisatieNaam, p.OrganisatieType);
        }
        if (!ModelState.IsValid || gegevens is null) return await OpnieuwAsync(geladen, ct);
        return await VoegToeAsync(geladen, gegevens,
            p.Bron == ProfessionalBron.Medewerker ? "Professional.MedewerkerId" : "Professional.Naam", ct);
    }

    public async Task<IActionResult> OnPostBeeindigAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct, Kiesbaar) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Einde));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var id = Einde.BetrokkeneId!.Value;
        var betrokkene = casus.Betrokkenen.SingleOrDefault(b => b.Id == id);
        var stappenVoor = casus.Stappen.ToDictionary(s => s.Nummer, s => s.Status);
        var lopendeTaken = casus.Taken.Where(t => t.BetrokkeneId == id && t.Status is TaakStatus.Open or TaakStatus.Bezig).ToList();

        var uitkomst = casus.BeeindigBetrokkenheid(id, Einde.Datum!.Value, Einde.Reden, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            var veld = betrokkene is not null && Einde.Datum < betrokkene.BetrokkenVan ? "Einde.Datum" : "Einde.BetrokkeneId";
            ModelState.AddModelError(veld, uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        logboek.Schrijf(casusId, Pagina.Entiteit, LogboekActie.Gewijzigd, $"Betrokkenheid van betrokkene {id} beëindigd per {Einde.Datum:yyyy-MM-dd}");
        if (!await db.BewaarAsync(ModelState, "Einde.Reden", ct)) return await HerlaadAsync(casusId, ct);

        var terug = casus.Stappen.Where(s => stappenVoor[s.Nummer] == StapStatus.Afgesproken && s.Status == StapStatus.InBespreking)
            .OrderBy(s => s.Nummer).Select(s => $"{s.Nummer}. {s.Titel}").ToList();
        var melding = $"{betrokkene!.Naam} is niet meer betrokken.";
        if (terug.Count > 0) melding += $" Deze stappen staan weer ‘in bespreking’: {string.Join(", ", terug)}. Bespreek ze in het volgende MDO.";
        if (lopendeTaken.Count > 0)
            melding += lopendeTaken.Count == 1 ? " De lopende taak staat op ‘Gestopt’." : $" De {lopendeTaken.Count} lopende taken staan op ‘Gestopt’.";
        TempData["Melding"] = melding;
        return RedirectToPage(new { casusId });
    }

    // ---- helpers ----

    private async Task<IActionResult> VoegToeAsync(GeladenCasus geladen, BetrokkeneGegevens gegevens, string veld, CancellationToken ct)
    {
        var casus = geladen.Casus;
        var uitkomst = casus.VoegBetrokkeneToe(gegevens, Weergave.Vandaag(clock));
        if (uitkomst.IsFout)
        {
            // The domain names the BetrokkeneGegevens property; the form's fields carry the same names.
            ModelState.AddModelError(uitkomst.Veld is { } eigenschap ? $"{veld.Split('.')[0]}.{eigenschap}" : veld, uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var nieuw = uitkomst.Waarde!;
        logboek.BetrokkeneToegevoegd(casus.Id, nieuw);
        // A professional with an account hears it at the bell, with "wat is er afgesproken"; saved with the betrokkene.
        if (nieuw.MedewerkerId is { } medewerker && medewerker != RegieClaims.MedewerkerIdVan(User))
            await melder.AanMedewerkerAsync(medewerker, MeldingSoort.ToegevoegdAanCasus, casus.Id, nieuw.Id, ct);
        if (!await db.BewaarAsync(ModelState, veld, ct)) return await HerlaadAsync(casus.Id, ct);
        TempData["Melding"] = $"{nieuw.Naam} is toegevoegd. Spreek bij ‘Wie doet wat’ af wat {nieuw.Naam} doet.";
        return RedirectToPage(new { casusId = casus.Id });
    }

    protected override void Vul(GeladenCasus geladen)
    {
        MagBewerken = geladen.Mag(CasusActie.Bewerken);
        Kop = geladen.Kop(Pagina.Tab);
        Vandaag = Weergave.Vandaag(clock);
        var casus = geladen.Casus;
        RegievoerderId = casus.ActieveProcesregie?.BetrokkeneId;
        Actief = [.. casus.Betrokkenen.Where(b => b.IsActief).OrderByDescending(b => b.IsOuder).ThenBy(b => b.Naam)];
        Gestopt = [.. casus.Betrokkenen.Where(b => !b.IsActief).OrderByDescending(b => b.BetrokkenTot).ThenBy(b => b.Naam)];
        if (!MagBewerken || geladen.Aanvulling is not { } json) return;
        var medewerkers = JsonSerializer.Deserialize<List<Kiesbare>>(json, JsonOpties)!;
        var volgorde = StringComparer.Create(Weergave.Nl, true);
        Organisaties = [.. medewerkers.GroupBy(m => (m.Organisatie, m.Type)).OrderBy(g => g.Key.Organisatie, volgorde)
            .Select(g => new OrganisatieKeuze(g.Key.Organisatie, g.Key.Type,
                [.. g.OrderBy(m => m.Naam, volgorde).Select(m => new MedewerkerKeuze(m.Id, m.Naam, m.Functie))]))];
    }

    /// <summary>True for the one betrokkene whose end form was just posted and came back with errors.</summary>
    public bool IsTeruggestuurd(Betrokkene b) => Request.Method == "POST" && Einde.BetrokkeneId == b.Id;

    public IEnumerable<Betrokkene> ActiefVan(BetrokkeneSoort soort) => Actief.Where(b => b.Soort == soort);

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst;

}
