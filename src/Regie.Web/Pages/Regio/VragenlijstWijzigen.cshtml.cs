using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Logboek;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Pages.Regio;

/// <summary>Edits one questionnaire as its next version; the old version stays, with the answers given to it. A question keeps
/// its code while it stays in the list, so figures can follow it over versions; a new question gets a code never used before.</summary>
[Authorize(Policy = Policies.Regio)]
public sealed class VragenlijstWijzigenModel(RegieDbContext db, Vragenlijstbron bron, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    /// <summary>Empty rows under the questions, for new ones (no script needed).</summary>
    public const int LegeRegels = 3;

    [BindProperty] public Invoer Input { get; set; } = new();
    public Doelgroep Doelgroep { get; private set; }
    public Vragenlijstversie Huidig { get; private set; } = null!;

    public sealed class Invoer
    {
        /// <summary>The version this edit started from: a save on top of a newer one would silently undo someone's work.</summary>
        public int Versie { get; set; }

        public List<VraagInvoer> Vragen { get; set; } = [];
    }

    public sealed class VraagInvoer
    {
        /// <summary>Empty for a new question.</summary>
        public string? Code { get; set; }

        public string? Tekst { get; set; }
        public string? Thema { get; set; }

        /// <summary>"open" or "gesloten".</summary>
        public string? Soort { get; set; }

        public bool Verwijderen { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string doelgroep, CancellationToken ct)
    {
        if (!await LaadAsync(doelgroep, ct)) return NotFound();
        Input = new Invoer
        {
            Versie = Huidig.Volgnummer,
            Vragen = [.. Huidig.Items.Select(i => new VraagInvoer { Code = i.Code, Tekst = i.Tekst, Thema = i.Thema.ToString(), Soort = i.Open ? "open" : "gesloten" })],
        };
        for (var i = 0; i < LegeRegels; i++) Input.Vragen.Add(new VraagInvoer { Soort = "gesloten" });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string doelgroep, CancellationToken ct)
    {
        if (!await LaadAsync(doelgroep, ct)) return NotFound();
        var items = await ItemsAsync(ct);
        if (!ModelState.IsValid) return Page();
        if (Input.Versie != Huidig.Volgnummer) return NieuwereVersie();
        if (items.SequenceEqual(Huidig.Items))
        {
            ModelState.AddModelError(string.Empty, "U heeft niets gewijzigd, dus er komt geen nieuwe versie.");
            return Page();
        }

        var uitkomst = Vragenlijstversie.Volgende(Huidig, items, RegieClaims.NaamVan(User), clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(string.Empty, uitkomst.Melding);
            return Page();
        }
        var nieuw = uitkomst.Waarde!;
        db.Vragenlijstversies.Add(nieuw);
        logboek.Schrijf(null, "Vragenlijst", LogboekActie.Aangemaakt, Omschrijving(nieuw));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone saved the same version number a moment earlier (unique on Doelgroep, Volgnummer).
            db.ChangeTracker.Clear();
            Huidig = await bron.HuidigeAsync(Doelgroep, ct);
            return NieuwereVersie();
        }
        TempData["Melding"] = $"Versie {nieuw.Volgnummer} van de vragenlijst voor {RegioWeergave.Doelgroep(Doelgroep)} is opgeslagen. "
            + "Wie de lijst vanaf nu krijgt, krijgt deze vragen; antwoorden op eerdere versies blijven bij die versie.";
        return Redirect("/Regio/Vragenlijsten");
    }

    private async Task<bool> LaadAsync(string doelgroep, CancellationToken ct)
    {
        if (RegioWeergave.UitUrl(doelgroep) is not { } gevonden) return false;
        Doelgroep = gevonden;
        Huidig = await bron.HuidigeAsync(gevonden, ct);
        return true;
    }

    /// <summary>The rows as questions: removed and empty new rows left out, a message next to each row that is incomplete.</summary>
    private async Task<List<VragenlijstItem>> ItemsAsync(CancellationToken ct)
    {
        var bestaande = Huidig.Items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var gebruikt = new HashSet<string>(StringComparer.Ordinal);
        var volgende = await VolgendNummerAsync(ct);
        var prefix = Doelgroep == Doelgroep.Ouders ? "O" : "P";
        var items = new List<VragenlijstItem>();
        for (var i = 0; i < Input.Vragen.Count; i++)
        {
            var rij = Input.Vragen[i];
            // A code only counts when it is in the version being edited, and once: anything else is a new question.
            var code = rij.Code is { } c && bestaande.Contains(c) && gebruikt.Add(c) ? c : null;
            var tekst = rij.Tekst?.Trim() ?? "";
            if (rij.Verwijderen || (tekst.Length == 0 && code is null)) continue;
            var wie = code is null ? $"Nieuwe vraag (regel {i + 1})" : $"Vraag {code}";
            if (tekst.Length == 0)
            {
                ModelState.AddModelError($"Input.Vragen[{i}].Tekst", $"{wie}: vul de vraag in, of kies 'verwijderen'.");
                continue;
            }
            if (tekst.Length > VragenlijstDefinitie.MaxVraagLengte)
            {
                ModelState.AddModelError($"Input.Vragen[{i}].Tekst", $"{wie}: een vraag is hoogstens {VragenlijstDefinitie.MaxVraagLengte} tekens.");
                continue;
            }
            if (!Enum.TryParse<Thema>(rij.Thema, out var thema) || !Enum.GetNames<Thema>().Contains(rij.Thema))
            {
                ModelState.AddModelError($"Input.Vragen[{i}].Thema", $"{wie}: kies het thema (rust, continuïteit of duidelijkheid).");
                continue;
            }
            if (rij.Soort is not ("open" or "gesloten"))
            {
                ModelState.AddModelError($"Input.Vragen[{i}].Soort", $"{wie}: kies open of gesloten.");
                continue;
            }
            items.Add(new VragenlijstItem(code ?? $"{prefix}{volgende++}", tekst, thema, rij.Soort == "open"));
        }
        return items;
    }

    /// <summary>One more than the highest number any version of this list used, so a removed question's code never comes back
    /// with another meaning.</summary>
    private async Task<int> VolgendNummerAsync(CancellationToken ct)
    {
        var versies = await db.Vragenlijstversies.AsNoTracking().Where(v => v.Doelgroep == Doelgroep).Select(v => v.Items).ToListAsync(ct);
        var nummers = versies.SelectMany(v => v).Select(i => int.TryParse(i.Code.AsSpan(1), out var n) ? n : 0);
        return nummers.DefaultIfEmpty(0).Max() + 1;
    }

    /// <summary>Codes only: which questions changed, went and came; never their text.</summary>
    private string Omschrijving(Vragenlijstversie nieuw)
    {
        var oud = Huidig.Items.ToDictionary(i => i.Code);
        var gewijzigd = nieuw.Items.Where(i => oud.TryGetValue(i.Code, out var o) && o != i).Select(i => i.Code).ToList();
        var weg = Huidig.Items.Where(o => nieuw.Items.All(i => i.Code != o.Code)).Select(o => o.Code).ToList();
        var erbij = nieuw.Items.Where(i => !oud.ContainsKey(i.Code)).Select(i => i.Code).ToList();
        var delen = new List<string>();
        if (gewijzigd.Count > 0) delen.Add($"gewijzigd {string.Join(", ", gewijzigd)}");
        if (weg.Count > 0) delen.Add($"verwijderd {string.Join(", ", weg)}");
        if (erbij.Count > 0) delen.Add($"nieuw {string.Join(", ", erbij)}");
        if (delen.Count == 0) delen.Add("volgorde gewijzigd");
        return $"Vragenlijst {RegioWeergave.Doelgroep(Doelgroep)} versie {nieuw.Volgnummer}: {string.Join("; ", delen)}";
    }

    private PageResult NieuwereVersie()
    {
        ModelState.AddModelError(string.Empty,
            $"Iemand anders heeft net een nieuwe versie gemaakt (versie {Huidig.Volgnummer}). Uw wijzigingen zijn nog niet opgeslagen en staan hieronder; "
            + $"vergelijk ze met versie {Huidig.Volgnummer} en sla dan opnieuw op.");
        // The next save builds on the version now shown.
        ModelState.Remove("Input.Versie");
        Input.Versie = Huidig.Volgnummer;
        return Page();
    }
}
