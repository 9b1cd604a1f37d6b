using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
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

    // The ouders' accounts are no part of the casus: read next to it, in the same statement.
    private const string Accounts = """
        (select coalesce(json_agg(u."BetrokkeneId"), '[]'::json) from "AspNetUsers" u
         where u."Actief" and u."PasswordHash" is not null
           and u."BetrokkeneId" in (select b."Id" from "Betrokkenen" b where b."CasusId" = c."Id"))
        """;

    public CasusKop Kop { get; private set; } = null!;
    public Casus Casus { get; private set; } = null!;

    /// <summary>Who decides on the afspraken today (ouders with gezag, jeugdigen from 16); none: one answer for the ouders.</summary>
    public IReadOnlyList<Betrokkene> Beslissers { get; private set; } = [];

    /// <summary>Beslissers who can answer in the portal themselves; null when not read (the page after someone else's save).</summary>
    public IReadOnlySet<Guid>? MetAccount { get; private set; }

    /// <summary>Today's overleg, if it was recorded already.</summary>
    public Overleg? Vandaag { get; private set; }

    [BindProperty(Name = nameof(Input))] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        /// <summary>An overleg's id, or <see cref="OverlegVandaag"/>.</summary>
        [Required(ErrorMessage = "Kies het overleg waarin de handreiking is vastgesteld.")]
        [Display(Name = "Overleg")]
        public string? OverlegId { get; set; }

        /// <summary>Only for a casus without beslissers (nobody's gezag known): one answer for the ouders, as before.</summary>
        [Display(Name = "Zijn de ouders akkoord?")]
        public bool? OudersAkkoord { get; set; }

        [StringLength(2000, ErrorMessage = "De opmerking mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Opmerking van de ouders")]
        public string? OudersOpmerking { get; set; }

        /// <summary>Per beslisser without an answer of their own: what they said at the table.</summary>
        public Dictionary<Guid, bool?> Akkoord { get; set; } = [];

        public Dictionary<Guid, string?> Opmerking { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.BekijkAsync(casusId, CasusActie.StelVastOfSluitAf, Pagina, ct, Accounts) is not { } geladen) return NotFound();
        Vul(geladen);
        Input.OverlegId = Vandaag?.Id.ToString() ?? OverlegVandaag;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.StelVastOfSluitAf, ct, Accounts) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Input));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var nu = clock.GetUtcNow();
        var beslissers = casus.Beslissers(Weergave.Dag(nu));
        if (beslissers.Count == 0 && Input.OudersAkkoord is null)
        {
            ModelState.AddModelError("Input.OudersAkkoord", "Leg vast of de ouders akkoord zijn met de afspraken.");
            return await OpnieuwAsync(geladen, ct);
        }
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
        // Only beslissers without an answer of their own are asked at the table; a posted answer for anyone else is ignored.
        var aanTafel = beslissers.Where(b => casus.GeldigeReactie(b.Id) is null && Input.Akkoord.GetValueOrDefault(b.Id) is not null)
            .ToDictionary(b => b.Id, b => new OudersAntwoord(Input.Akkoord[b.Id]!.Value, Input.Opmerking.GetValueOrDefault(b.Id)));
        var ouders = beslissers.Count == 0 ? new OudersAntwoord(Input.OudersAkkoord!.Value, Input.OudersOpmerking) : null;
        var uitkomst = casus.StelVast(overlegId, ouders, gebruikerId, RegieClaims.NaamVan(User), nu, aanTafel);
        if (uitkomst.IsFout)
        {
            var veld = Guid.TryParse(uitkomst.Veld, out var beslisser)
                ? casus.GeldigeReactie(beslisser) is null && Input.Akkoord.GetValueOrDefault(beslisser) is not null ? $"Input.Opmerking[{beslisser}]" : $"Input.Akkoord[{beslisser}]"
                : string.Empty;
            ModelState.AddModelError(veld, uitkomst.Melding);
            // Today's overleg was planned in memory for this vaststellen only: the page must not offer it as if it were saved.
            return overlegGepland ? await HerlaadAsync(casusId, ct) : await OpnieuwAsync(geladen, ct);
        }
        var versie = uitkomst.Waarde!;
        logboek.Schrijf(casusId, "Handreikingversie", LogboekActie.Aangemaakt,
            $"Versie {versie.Volgnummer} vastgesteld; ouders {(versie.OudersAkkoord ? "akkoord" : "niet akkoord")}"
            + (versie.Akkoorden is { } a ? $" ({a.Count(x => x.ZelfGegeven)} zelf in het portaal, {a.Count(x => !x.ZelfGegeven)} aan tafel)" : ""));
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

    /// <summary>"Voorleggen aan de ouders": the ready concept goes to the portal of each beslisser. <paramref name="stand"/>:
    /// the concept as the regievoerder saw it on this page; changed since (or not sent), nothing is laid before the ouders.</summary>
    public async Task<IActionResult> OnPostVoorleggenAsync(Guid casusId, [FromForm(Name = "Stand")] string? stand, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.StelVastOfSluitAf, ct, Accounts) is not { } geladen) return NotFound();
        ModelState.Clear();
        var uitkomst = stand == geladen.Casus.Conceptstand()
            ? geladen.Casus.LegVoorAanOuders(clock.GetUtcNow())
            : Uitkomst.Fout("De afspraken zijn net veranderd. Bekijk ze opnieuw voordat u ze voorlegt.");
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Voorleggen", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        logboek.Schrijf(casusId, "Casus", LogboekActie.Gewijzigd, "VoorgelegdOp");
        if (!await db.BewaarAsync(ModelState, "Voorleggen", ct)) return await HerlaadAsync(casusId, ct);
        TempData["Melding"] = "De afspraken liggen nu klaar in het portaal van de ouders. U ziet hier wie akkoord is.";
        return Redirect($"/Casussen/{casusId}/Vaststellen");
    }

    protected override void Vul(GeladenCasus geladen)
    {
        Kop = geladen.Kop(Pagina.Tab);
        Casus = geladen.Casus;
        // The day as the domain counts it, so the page asks exactly those StelVast will ask for.
        Beslissers = Casus.Beslissers(Weergave.Dag(clock.GetUtcNow()));
        MetAccount = geladen.Aanvulling is { } json ? JsonSerializer.Deserialize<HashSet<Guid>>(json)! : null;
        var vandaag = Weergave.Vandaag(clock);
        Vandaag = Casus.Overleggen.OrderByDescending(o => o.Datum).FirstOrDefault(o => Weergave.Dag(o.Datum) == vandaag);
    }
}
