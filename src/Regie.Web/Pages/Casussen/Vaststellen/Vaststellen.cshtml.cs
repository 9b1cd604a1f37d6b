using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Casussen.Vaststellen;

/// <summary>At the end of an MDO the regievoerder makes the agreed handreiking the one leading version.</summary>
public sealed class VaststellenModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock, HandreikingPdfs pdfs,
    Melder melder, Infrastructure.Vragenlijsten.Vragenlijstaanbieder vragenlijsten) : CasusPaginaModel(lader, Pagina)
{
    private static readonly Casuspagina Pagina = new("Versies", "Vaststellen");

    /// <summary>The choice "today's overleg, recorded now": vaststellen happens at the end of today's MDO.</summary>
    public const string OverlegVandaag = "vandaag";

    public CasusKop Kop { get; private set; } = null!;
    public Casus Casus { get; private set; } = null!;

    /// <summary>Today's overleg, if it was recorded already.</summary>
    public Overleg? Vandaag { get; private set; }

    [BindProperty(Name = nameof(Input))] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        /// <summary>An overleg's id, or <see cref="OverlegVandaag"/>.</summary>
        [Required(ErrorMessage = "Kies het overleg waarin de handreiking is vastgesteld.")]
        [Display(Name = "Overleg")]
        public string? OverlegId { get; set; }

        [Required(ErrorMessage = "Leg vast of de ouders akkoord zijn met de afspraken.")]
        [Display(Name = "Zijn de ouders akkoord?")]
        public bool? OudersAkkoord { get; set; }

        [StringLength(2000, ErrorMessage = "De opmerking mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Opmerking van de ouders")]
        public string? OudersOpmerking { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.BekijkAsync(casusId, CasusActie.StelVastOfSluitAf, Pagina, ct) is not { } geladen) return NotFound();
        Vul(geladen);
        Input.OverlegId = Vandaag?.Id.ToString() ?? OverlegVandaag;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.StelVastOfSluitAf, ct) is not { } geladen) return NotFound();
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var nu = clock.GetUtcNow();
        Guid overlegId;
        var overlegGepland = false;
        if (Input.OverlegId == OverlegVandaag)
        {
            // Someone may have recorded today's overleg in the MDO page meanwhile: then that is the one.
            var vandaag = Weergave.Vandaag(clock);
            var bestaand = casus.Overleggen.OrderByDescending(o => o.Datum).FirstOrDefault(o => Weergave.Dag(o.Datum) == vandaag);
            var nieuw = bestaand is null ? casus.PlanOverleg(nu, []) : null;
            if (nieuw is { IsFout: true })
            {
                ModelState.AddModelError("Input.OverlegId", nieuw.Melding);
                return await OpnieuwAsync(geladen, ct);
            }
            overlegId = bestaand?.Id ?? nieuw!.Waarde!.Id;
            overlegGepland = nieuw is not null;
            if (overlegGepland) logboek.Schrijf(casusId, "Overleg", LogboekActie.Aangemaakt, "Overleg van vandaag vastgelegd bij vaststellen");
        }
        else if (!Guid.TryParse(Input.OverlegId, out overlegId))
        {
            ModelState.AddModelError("Input.OverlegId", "Kies het overleg waarin de handreiking is vastgesteld.");
            return await OpnieuwAsync(geladen, ct);
        }
        var gebruikerId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        var uitkomst = casus.StelVast(overlegId, new OudersAntwoord(Input.OudersAkkoord!.Value, Input.OudersOpmerking),
            gebruikerId, RegieClaims.NaamVan(User), nu);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(string.Empty, uitkomst.Melding);
            // Today's overleg was planned in memory for this vaststellen only: the page must not offer it as if it were saved.
            return overlegGepland ? await HerlaadAsync(casusId, ct) : await OpnieuwAsync(geladen, ct);
        }
        var versie = uitkomst.Waarde!;
        logboek.Schrijf(casusId, "Handreikingversie", LogboekActie.Aangemaakt,
            $"Versie {versie.Volgnummer} vastgesteld; ouders {(versie.OudersAkkoord ? "akkoord" : "niet akkoord")}");
        // Every other professional at the table hears of the new geldende versie, saved with it (a refused save leaves none).
        await melder.AanProfessionalsAsync(casus, MeldingSoort.NieuweVersie, versie.Id, RegieClaims.MedewerkerIdVan(User), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is PostgresException
            { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ExclusionViolation })
        {
            // Two people pressed "vaststellen" at once: the database keeps one geldende versie; this one is refused.
            ModelState.AddModelError(string.Empty, "Iemand anders heeft de handreiking net vastgesteld. Bekijk de versies voordat u opnieuw vaststelt.");
            return await HerlaadAsync(casusId, ct);
        }
        await vragenlijsten.NaVaststellingAsync(casus, versie.Id, ct);
        // The PDF is made now, once, from the snapshot; if that fails the first download makes it.
        await pdfs.ProbeerTeMakenAsync(versie, Request, ct);
        TempData["Melding"] = $"Versie {versie.Volgnummer} is vastgesteld en is nu de geldende versie.";
        return Redirect($"/Casussen/{casusId}/Versies");
    }

    protected override void Vul(GeladenCasus geladen)
    {
        Kop = geladen.Kop(Pagina.Tab);
        Casus = geladen.Casus;
        var vandaag = Weergave.Vandaag(clock);
        Vandaag = Casus.Overleggen.OrderByDescending(o => o.Datum).FirstOrDefault(o => Weergave.Dag(o.Datum) == vandaag);
    }
}
