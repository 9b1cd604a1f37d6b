using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Meldingen;

/// <summary>The person's own meldingen, newest first. A melding names a casus only while the reader is betrokken in it
/// (an escalation to the gemeente by its code); opening one marks it read and goes to the page it is about, which logs itself.</summary>
[Authorize(Policy = Policies.Meldingen)]
public sealed class IndexModel(RegieDbContext db, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public const int PerPagina = 50;

    /// <summary>One melding as shown: <see cref="Pad"/> null when there is nothing (any more) to open.</summary>
    public sealed record Regel(Guid Id, MeldingSoort Soort, DateTimeOffset Op, bool Gelezen, string Zin, string? Pad, Guid? BijpratenCasus);

    /// <summary>"Wat is er afgesproken" for a professional who was added to a casus.</summary>
    public sealed record Bijpraten(IReadOnlyList<string> Stappen, IReadOnlyList<Taakregel> Taken);

    public sealed record Taakregel(string Omschrijving, TaakStatus Status, DateOnly? Termijn);

    public IReadOnlyList<Regel> Meldingen { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Bijpraten> Afgesproken { get; private set; } = new Dictionary<Guid, Bijpraten>();
    public int Totaal { get; private set; }
    public int Ongelezen { get; private set; }
    public int Pagina { get; private set; } = 1;
    public int AantalPaginas => Math.Max(1, (Totaal + PerPagina - 1) / PerPagina);

    public async Task<IActionResult> OnGetAsync([FromQuery] int? pagina, CancellationToken ct)
    {
        if (RegieClaims.GebruikerIdVan(User) is not { } gebruiker) return NotFound();
        var medewerker = RegieClaims.MedewerkerIdVan(User);
        var eigen = db.Meldingen.AsNoTracking().Where(m => m.GebruikerId == gebruiker);

        Pagina = pagina is > 0 ? Math.Min(pagina.Value, int.MaxValue / PerPagina) : 1; // no overflow in Skip
        var rijen = await PaginaAsync(eigen, medewerker, Pagina, ct);
        if (rijen.Count == 0 && Pagina > 1)
        {
            Totaal = await eigen.CountAsync(ct);
            Pagina = AantalPaginas;
            rijen = Totaal > 0 ? await PaginaAsync(eigen, medewerker, Pagina, ct) : [];
        }
        if (rijen.Count > 0) (Totaal, Ongelezen) = (rijen[0].Totaal, rijen[0].Ongelezen);
        else Pagina = 1;
        // The count rode along with the list: the bell in the layout asks no more.
        Bel.Zet(HttpContext, Ongelezen);

        Meldingen = [.. rijen.Select(NaarRegel)];
        var bijpraten = Meldingen.Where(m => m.BijpratenCasus is not null).Select(m => m.BijpratenCasus!.Value).Distinct().ToList();
        if (bijpraten.Count > 0 && medewerker is { } m) Afgesproken = await AfgesprokenAsync(bijpraten, m, ct);
        return Page();
    }

    /// <summary>Opens one melding: marked read, then to its page. Someone else's melding does not exist here (404).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        if (RegieClaims.GebruikerIdVan(User) is not { } gebruiker) return NotFound();
        var medewerker = RegieClaims.MedewerkerIdVan(User);
        var ik = medewerker ?? Guid.Empty;
        var gevonden = await db.Meldingen.Where(m => m.Id == id && m.GebruikerId == gebruiker)
            .Select(m => new { Melding = m, Betrokken = db.Betrokkenen.Any(b => b.CasusId == m.CasusId && b.MedewerkerId == ik && b.BetrokkenTot == null) })
            .SingleOrDefaultAsync(ct);
        if (gevonden is null) return NotFound();
        var melding = gevonden.Melding;
        melding.MarkeerGelezen(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        var pad = MagOpenen(melding.Soort, gevonden.Betrokken) ? Meldingtekst.Pad(melding.Soort, melding.CasusId, melding.OnderwerpId) : null;
        if (pad is not null) return LocalRedirect(pad);
        TempData["Melding"] = "De melding staat op gelezen. U bent niet meer betrokken bij deze casus, dus er is niets om te openen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAllesGelezenAsync(CancellationToken ct)
    {
        if (RegieClaims.GebruikerIdVan(User) is not { } gebruiker) return NotFound();
        var nu = clock.GetUtcNow();
        var aantal = await db.Meldingen.Where(m => m.GebruikerId == gebruiker && m.GelezenOp == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.GelezenOp, nu), ct);
        TempData["Melding"] = aantal switch
        {
            0 => "U had geen ongelezen meldingen.",
            1 => "De ongelezen melding staat op gelezen.",
            _ => $"De {aantal} ongelezen meldingen staan op gelezen.",
        };
        return RedirectToPage();
    }

    // ---- reading ----

    private sealed record Rij(Guid Id, MeldingSoort Soort, Guid? CasusId, Guid? OnderwerpId, DateTimeOffset Op, DateTimeOffset? GelezenOp,
        bool Betrokken, string? Code, string? Gezinsnaam, int Totaal, int Ongelezen);

    /// <summary>One page with the totals riding along (one statement). The gezinsnaam is read only where the reader is
    /// betrokken; the code also for an escalation, which the gemeente's regie-contact handles without being betrokken.</summary>
    private Task<List<Rij>> PaginaAsync(IQueryable<Melding> eigen, Guid? medewerker, int pagina, CancellationToken ct)
    {
        // An account without medewerker (a regiocoördinator) is betrokken nowhere: Guid.Empty matches no betrokkene.
        var ik = medewerker ?? Guid.Empty;
        return eigen.OrderByDescending(m => m.Op).ThenBy(m => m.Id)
            .Skip((pagina - 1) * PerPagina).Take(PerPagina)
            .Select(m => new Rij(m.Id, m.Soort, m.CasusId, m.OnderwerpId, m.Op, m.GelezenOp,
                db.Betrokkenen.Any(b => b.CasusId == m.CasusId && b.MedewerkerId == ik && b.BetrokkenTot == null),
                db.Casussen.Where(c => c.Id == m.CasusId && (m.Soort == MeldingSoort.SignaalGeescaleerd
                        || c.Betrokkenen.Any(b => b.MedewerkerId == ik && b.BetrokkenTot == null)))
                    .Select(c => c.Code).FirstOrDefault(),
                db.Casussen.Where(c => c.Id == m.CasusId && c.Betrokkenen.Any(b => b.MedewerkerId == ik && b.BetrokkenTot == null))
                    .Select(c => c.Gezinsnaam).FirstOrDefault(),
                eigen.Count(), eigen.Count(o => o.GelezenOp == null)))
            .ToListAsync(ct);
    }

    // An escalation is opened without being betrokken; a questionnaire offer is about no casus at all.
    private static bool MagOpenen(MeldingSoort soort, bool betrokken) =>
        betrokken || soort is MeldingSoort.SignaalGeescaleerd or MeldingSoort.VragenlijstAangeboden;

    private static Regel NaarRegel(Rij r)
    {
        var casus = r.Code is null ? Meldingtekst.NietMeerBetrokken : Meldingtekst.Casus(r.Code, r.Gezinsnaam);
        var pad = MagOpenen(r.Soort, r.Betrokken) ? Meldingtekst.Pad(r.Soort, r.CasusId, r.OnderwerpId) : null;
        var bijpraten = r.Soort == MeldingSoort.ToegevoegdAanCasus && r.Betrokken ? r.CasusId : null;
        return new Regel(r.Id, r.Soort, r.Op, r.GelezenOp is not null, Meldingtekst.Zin(r.Soort, casus), pad, bijpraten);
    }

    /// <summary>The afgesproken steps and this professional's own taken, for the casussen they were added to and are still in.
    /// That is casus content, so each casus shown gets a Bekeken line.</summary>
    private async Task<Dictionary<Guid, Bijpraten>> AfgesprokenAsync(List<Guid> casussen, Guid medewerker, CancellationToken ct)
    {
        var rijen = await db.Casussen.AsNoTracking()
            .Where(c => casussen.Contains(c.Id) && c.Betrokkenen.Any(b => b.MedewerkerId == medewerker && b.BetrokkenTot == null))
            .Select(c => new
            {
                c.Id,
                Stappen = c.Stappen.Where(s => s.Status == StapStatus.Afgesproken).OrderBy(s => s.Nummer).Select(s => s.Titel).ToList(),
                Taken = c.Taken
                    .Where(t => t.Status != TaakStatus.Gestopt
                        && c.Betrokkenen.Any(b => b.Id == t.BetrokkeneId && b.MedewerkerId == medewerker && b.BetrokkenTot == null))
                    .OrderBy(t => t.Termijn).ThenBy(t => t.Omschrijving)
                    .Select(t => new Taakregel(t.Omschrijving, t.Status, t.Termijn)).ToList(),
            })
            .AsSingleQuery() // a handful of rows: one round trip beats one per collection
            .ToListAsync(ct);
        foreach (var rij in rijen) logboek.Schrijf(rij.Id, "Bijpraten", LogboekActie.Bekeken, "Wat is er afgesproken, bij een melding");
        if (rijen.Count > 0) await db.SaveChangesAsync(ct);
        return rijen.ToDictionary(r => r.Id, r => new Bijpraten(r.Stappen, r.Taken));
    }
}
