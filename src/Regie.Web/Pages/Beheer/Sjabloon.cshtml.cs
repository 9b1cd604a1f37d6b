using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Beheer;

/// <summary>The wording, order and guiding questions of the seven steps. Each step keeps its kind (the rules use it), so
/// a kind can be re-worded and moved but never dropped or doubled. Saving makes a new sjabloon version; casussen keep
/// the steps they copied when they were opened, so only new casussen get the new wording.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class SjabloonModel(RegieDbContext db, Sjablonen sjablonen, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public const int MaxHulpvragenLengte = 5000;

    [BindProperty] public Invoer Input { get; set; } = new();
    public HandreikingSjabloon Huidig { get; private set; } = null!;

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul de naam van het sjabloon in.")]
        [StringLength(200, ErrorMessage = "De naam is hoogstens 200 tekens.")]
        [Display(Name = "Naam van het sjabloon")]
        public string? Naam { get; set; }

        /// <summary>The version this edit started from: saving on top of a newer one would silently undo it.</summary>
        public int Versie { get; set; }

        public List<StapInvoer> Stappen { get; set; } = [];
    }

    public sealed class StapInvoer
    {
        public StapSoort Soort { get; set; }

        /// <summary>The step's place, 1 to 7: changing it re-orders the steps.</summary>
        [Display(Name = "Volgnummer")]
        public int? Nummer { get; set; }

        public string? Titel { get; set; }
        public string? Hulpvragen { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Huidig = await sjablonen.NieuwsteAsync(ct);
        Input = new Invoer
        {
            Naam = Huidig.Naam,
            Versie = Huidig.Versie,
            Stappen = [.. Huidig.Stappen.OrderBy(s => s.Nummer)
                .Select(s => new StapInvoer { Soort = s.Soort, Nummer = s.Nummer, Titel = s.Titel, Hulpvragen = string.Join("\n", s.Hulpvragen) })],
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Huidig = await sjablonen.NieuwsteAsync(ct);

        var stappen = new List<SjabloonStap>();
        for (var i = 0; i < Input.Stappen.Count; i++)
        {
            var invoer = Input.Stappen[i];
            var stap = invoer.Nummer is >= 1 and <= HandreikingSjabloon.AantalStappen ? $"Stap {invoer.Nummer}" : $"Stap '{StapSoorten.Naam(invoer.Soort)}'";
            if (invoer.Nummer is not (>= 1 and <= HandreikingSjabloon.AantalStappen))
            {
                ModelState.AddModelError($"Input.Stappen[{i}].Nummer", $"{stap}: kies een volgnummer van 1 tot en met {HandreikingSjabloon.AantalStappen}.");
                continue;
            }
            if (string.IsNullOrWhiteSpace(invoer.Titel))
            {
                ModelState.AddModelError($"Input.Stappen[{i}].Titel", $"{stap}: vul de titel in.");
                continue;
            }
            if ((invoer.Hulpvragen?.Length ?? 0) > MaxHulpvragenLengte)
            {
                ModelState.AddModelError($"Input.Stappen[{i}].Hulpvragen", $"{stap}: de hulpvragen zijn samen hoogstens {MaxHulpvragenLengte} tekens.");
                continue;
            }
            var vragen = (invoer.Hulpvragen ?? "").Split('\n').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
            try
            {
                stappen.Add(new SjabloonStap(invoer.Nummer.Value, invoer.Soort, invoer.Titel, vragen));
            }
            catch (DomeinException e)
            {
                var veld = e.Message.StartsWith("De titel", StringComparison.Ordinal) ? "Titel" : "Hulpvragen";
                ModelState.AddModelError($"Input.Stappen[{i}].{veld}", $"{stap}: {e.Message}");
            }
        }
        if (!ModelState.IsValid) return Page();

        if (Input.Versie != Huidig.Versie) return NieuwereVersie();

        // A dropped or doubled kind, or two steps in one place: the rules need each kind exactly once.
        var uitkomst = Huidig.NieuweVersie(Input.Naam!, stappen, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(string.Empty, uitkomst.Melding);
            return Page();
        }
        var nieuw = uitkomst.Waarde!;
        db.Sjablonen.Add(nieuw);
        logboek.Schrijf(null, "Sjabloon", LogboekActie.Aangemaakt, $"Sjabloon versie {nieuw.Versie} opgeslagen");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            Huidig = await sjablonen.NieuwsteAsync(ct);
            return NieuwereVersie();
        }

        TempData["Melding"] = $"Versie {nieuw.Versie} van het sjabloon is opgeslagen. Nieuwe casussen krijgen deze tekst; bestaande casussen houden hun eigen stappen.";
        return RedirectToPage();
    }

    private PageResult NieuwereVersie()
    {
        ModelState.AddModelError(string.Empty,
            $"Intussen heeft iemand anders versie {Huidig.Versie} opgeslagen. Uw tekst is nog niet opgeslagen en staat hieronder; vergelijk hem met versie {Huidig.Versie} en sla dan opnieuw op.");
        // The next save builds on the version now shown.
        ModelState.Remove("Input.Versie");
        Input.Versie = Huidig.Versie;
        return Page();
    }
}
