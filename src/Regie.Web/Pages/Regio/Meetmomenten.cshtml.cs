using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Pages.Regio;

/// <summary>Sends the professionals' questionnaire at a meetmoment to every active professional account that was betrokken in
/// a casus during the chosen whole months, each once, with a melding under their bell. The list shows counts only.</summary>
[Authorize(Policy = Policies.Regio)]
public sealed class MeetmomentenModel(RegieDbContext db, Vragenlijstbron bron, Melder melder, Logboekschrijver logboek, TimeProvider clock)
    : PageModel
{
    [BindProperty] public Invoer Input { get; set; } = new();
    public IReadOnlyList<Regel> Meetmomenten { get; private set; } = [];

    /// <summary>After "Controleren": how many professionals the list would go to now.</summary>
    public int? Aantal { get; private set; }

    public sealed class Invoer
    {
        public string? Naam { get; set; }

        /// <summary>"2026-09", as <c>&lt;input type="month"&gt;</c> sends it.</summary>
        public string? VanMaand { get; set; }

        public string? TotMaand { get; set; }
    }

    public sealed record Regel(string Naam, DateOnly Van, DateOnly Tot, DateTimeOffset VerstuurdOp, string VerstuurdDoor, int Aangeboden, int Ingevuld);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var maand = Weergave.Vandaag(clock);
        Input = new Invoer
        {
            VanMaand = maand.AddMonths(-5).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            TotMaand = maand.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        await LijstAsync(ct);
    }

    public async Task<IActionResult> OnPostControlerenAsync(CancellationToken ct)
    {
        if (Controleer(await bron.HuidigeAsync(Doelgroep.Professionals, ct)) is { } meetmoment) Aantal = await Ontvangers(meetmoment).CountAsync(ct);
        await LijstAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostVersturenAsync(CancellationToken ct)
    {
        var versie = await bron.HuidigeAsync(Doelgroep.Professionals, ct);
        if (Controleer(versie) is not { } meetmoment)
        {
            await LijstAsync(ct);
            return Page();
        }

        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        // One sender at a time: a double click or two coördinatoren with the same name would otherwise both pass the check below.
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('Regie.Meetmoment'))", ct);
        if (await db.Meetmomenten.AnyAsync(m => m.Naam == meetmoment.Naam, ct))
        {
            ModelState.AddModelError("Input.Naam", $"Er is al een meetmoment met de naam '{meetmoment.Naam}'. Kies een andere naam; "
                + "wie de lijst bij dat meetmoment kreeg, krijgt hem niet nog eens.");
            await LijstAsync(ct);
            return Page();
        }

        var ontvangers = await Ontvangers(meetmoment).ToListAsync(ct);
        if (ontvangers.Count == 0)
        {
            ModelState.AddModelError("Input.VanMaand", "In deze maanden was geen professional met een account betrokken bij een casus. Kies andere maanden.");
            await LijstAsync(ct);
            return Page();
        }
        db.Meetmomenten.Add(meetmoment);
        var nu = clock.GetUtcNow();
        foreach (var gebruiker in ontvangers)
        {
            var aanbod = Vragenlijstaanbod.VoorProfessional(gebruiker, versie, meetmoment, nu);
            db.Vragenlijstaanbiedingen.Add(aanbod);
            melder.AanGebruiker(gebruiker, MeldingSoort.VragenlijstAangeboden, null, aanbod.Id, aanbod.Moment);
        }
        meetmoment.Aangeboden(ontvangers.Count);
        logboek.Schrijf(null, "Meetmoment", LogboekActie.Aangemaakt,
            $"Meetmoment {meetmoment.Id} verstuurd aan {ontvangers.Count} professionals (vragenlijst versie {versie.Volgnummer})");
        await db.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);

        TempData["Melding"] = ontvangers.Count == 1
            ? "De vragenlijst is verstuurd naar 1 professional, met een melding."
            : $"De vragenlijst is verstuurd naar {ontvangers.Count} professionals, elk met een melding.";
        return RedirectToPage();
    }

    /// <summary>The meetmoment the form describes, or null with the messages next to the fields.</summary>
    private Meetmoment? Controleer(Vragenlijstversie versie)
    {
        var van = Maand(Input.VanMaand, nameof(Invoer.VanMaand), "eerste");
        var tot = Maand(Input.TotMaand, nameof(Invoer.TotMaand), "laatste");
        if (van is null || tot is null) return null;
        var uitkomst = Meetmoment.Maak(Input.Naam, versie, van.Value, tot.Value, RegieClaims.NaamVan(User), clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(uitkomst.Veld is { } veld ? $"Input.{veld}" : string.Empty, uitkomst.Melding);
            return null;
        }
        return uitkomst.Waarde;
    }

    private DateOnly? Maand(string? waarde, string veld, string welke)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            ModelState.AddModelError($"Input.{veld}", $"Kies de {welke} maand.");
            return null;
        }
        if (DateOnly.TryParseExact(waarde.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag)
            && dag.Year >= 2000)
            return dag;
        ModelState.AddModelError($"Input.{veld}", $"De {welke} maand is geen maand. Kies een maand, bijvoorbeeld {Weergave.Vandaag(clock):yyyy-MM}.");
        return null;
    }

    /// <summary>Active accounts of a medewerker who was betrokken in any casus on some day of the period, each once.</summary>
    private IQueryable<Guid> Ontvangers(Meetmoment m) =>
        db.Users.Where(u => u.Actief && u.MedewerkerId != null
                && db.Betrokkenen.Any(b => b.MedewerkerId == u.MedewerkerId && b.BetrokkenVan <= m.PeriodeTot
                    && (b.BetrokkenTot == null || b.BetrokkenTot >= m.PeriodeVan)))
            .Select(u => u.Id);

    private async Task LijstAsync(CancellationToken ct)
    {
        var momenten = await db.Meetmomenten.AsNoTracking().OrderByDescending(m => m.VerstuurdOp).ToListAsync(ct);
        // Filled in per moment: counted from the offers (which know the moment), never from the answers (which do not).
        var ingevuld = await db.Vragenlijstaanbiedingen.AsNoTracking()
            .Where(a => a.Doelgroep == Doelgroep.Professionals && a.Status == AanbodStatus.Ingevuld && a.Moment.StartsWith(Vragenlijstaanbod.MeetmomentVoorvoegsel))
            .GroupBy(a => a.Moment).Select(g => new { Moment = g.Key, Aantal = g.Count() })
            .ToDictionaryAsync(g => g.Moment, g => g.Aantal, ct);
        Meetmomenten = [.. momenten.Select(m => new Regel(m.Naam, m.PeriodeVan, m.PeriodeTot, m.VerstuurdOp, m.VerstuurdDoor, m.AantalAangeboden,
            ingevuld.GetValueOrDefault(Vragenlijstaanbod.MomentMeting(m.Id))))];
    }
}
