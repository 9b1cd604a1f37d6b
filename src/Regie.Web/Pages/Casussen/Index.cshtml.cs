using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Casussen;

[Authorize(Policy = Policies.Professional)]
public sealed class IndexModel(RegieDbContext db, Logboekschrijver logboek, TimeProvider clock, IOptions<RegieOpties> opties) : PageModel
{
    public const int PerPagina = 25;

    public sealed record Regel(Guid Id, string Code, string Gezinsnaam, CasusStatus Status, string? Regievoerder,
        DateOnly? VolgendeEvaluatie, bool Herbeoordelen, int OpenSignalen, int TeLaat);

    public IReadOnlyList<Regel> Casussen { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }
    public int Totaal { get; private set; }
    public int Pagina { get; private set; } = 1;
    public int AantalPaginas => Math.Max(1, (Totaal + PerPagina - 1) / PerPagina);

    [BindProperty(SupportsGet = true, Name = "zoek")]
    [StringLength(100)]
    public string? Zoek { get; set; }

    public async Task OnGetAsync([FromQuery] int? pagina, CancellationToken ct)
    {
        Vandaag = Weergave.Vandaag(clock);
        var medewerkerId = RegieClaims.MedewerkerIdVan(User);
        var query = db.Casussen.AsNoTracking().WaarActiefBetrokken(medewerkerId);
        var zoek = Zoek?.Trim();
        if (!string.IsNullOrEmpty(zoek) && zoek.Length <= 100)
        {
            // Gezinsnaam or code, case-insensitive; % and _ typed by the user are taken literally.
            var patroon = $"%{zoek.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(c => EF.Functions.ILike(c.Gezinsnaam, patroon) || EF.Functions.ILike(c.Code, patroon));
        }
        // The total rides along with the page's rows (one statement); only a page past the end needs a count of its own.
        Pagina = pagina is > 0 ? Math.Min(pagina.Value, int.MaxValue / PerPagina) : 1; // no overflow in Skip
        var rijen = await PaginaAsync(query, Pagina, ct);
        Totaal = rijen.Count > 0 ? rijen[0].Totaal : await query.CountAsync(ct);
        if (rijen.Count == 0 && Pagina > 1 && Totaal > 0)
        {
            Pagina = AantalPaginas;
            rijen = await PaginaAsync(query, Pagina, ct);
        }
        else if (rijen.Count == 0) Pagina = 1;
        Casussen = [.. rijen.Select(r => r.Regel)];
        // The bell's count rode along with the rows: the layout asks no more (an empty list lets the layout count).
        if (rijen.Count > 0) Bel.Zet(HttpContext, rijen[0].Bel);

        logboek.Schrijf(null, "Casuslijst", LogboekActie.Bekeken, $"{Casussen.Count} casussen getoond");
        await db.SaveChangesAsync(ct);
    }

    private sealed record Rij(Regel Regel, int Totaal, int Bel);

    /// <summary>The earliest term start that is not late today: a signaal whose term started before this day is past its last
    /// day to answer. Working days do not translate to SQL, so the query compares start dates instead.</summary>
    private DateOnly EersteNietTeLaat()
    {
        var termijn = opties.Value.SignaalTermijnWerkdagen;
        var dag = Vandaag;
        while (Werkdagen.Na(dag.AddDays(-1), termijn) >= Vandaag) dag = dag.AddDays(-1);
        return dag;
    }

    private Task<List<Rij>> PaginaAsync(IQueryable<Casus> query, int pagina, CancellationToken ct)
    {
        // The signalen counts and the bell ride along with the page's rows: still one statement.
        var grens = EersteNietTeLaat();
        var gebruiker = RegieClaims.GebruikerIdVan(User);
        return query
            .OrderBy(c => c.Status == CasusStatus.Afgesloten).ThenBy(c => c.VolgendeEvaluatie).ThenBy(c => c.Code)
            .Skip((pagina - 1) * PerPagina).Take(PerPagina)
            .Select(c => new Rij(new Regel(c.Id, c.Code, c.Gezinsnaam, c.Status,
                c.Regietoewijzingen.AsQueryable().Where(Actief.Procesregie)
                    .Select(r => c.Betrokkenen.Where(b => b.Id == r.BetrokkeneId).Select(b => b.Naam).FirstOrDefault())
                    .FirstOrDefault(),
                c.VolgendeEvaluatie, c.Herbeoordelen,
                db.Signalen.Count(s => s.CasusId == c.Id && s.BeantwoordOp == null),
                db.Signalen.Count(s => s.CasusId == c.Id && s.BeantwoordOp == null && s.TermijnStartDatum < grens)),
                query.Count(), db.Meldingen.Count(m => m.GebruikerId == gebruiker && m.GelezenOp == null)))
            .ToListAsync(ct);
    }
}
