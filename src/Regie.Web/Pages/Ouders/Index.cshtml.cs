using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Regievoering;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Signalen;

namespace Regie.Web.Pages.Ouders;

/// <summary>The ouders' portal: only the geldende versie, plus contact details as they are today.</summary>
[Authorize(Policy = Policies.Portaal)]
public sealed class IndexModel(Casuslader lader, RegieDbContext db, IOptions<RegieOpties> opties, TimeProvider clock) : PageModel
{
    public enum Akkoordvraag { Nieuw, Opnieuw }
    private static readonly Casuspagina Pagina = new("Ouders", "Ouderportaal");

    public sealed record Contact(string Naam, string Rol, string? Organisatie, string? Telefoon, string? Email, string? Bereikbaarheid)
    {
        /// <summary>Marked in the list: the rol the professional typed may say "procesregievoerder", the ouder reads what it means.</summary>
        public bool IsRegievoerder { get; init; }
    }

    public sealed record Deel(string Onderdeel, Contact Wie);

    public HandreikingSnapshot? Geldend { get; private set; }
    public DateTimeOffset? VastgesteldOp { get; private set; }
    public Contact? Regievoerder { get; private set; }

    /// <summary>Who keeps the overview of one part of the help (inhoudelijke regie), in the ouder's words: the part and who.</summary>
    public IReadOnlyList<Deel> Deelregie { get; private set; } = [];

    /// <summary>The taken of the geldende versie (see <see cref="Portaaltaken"/>); the ouder's own first on the page.</summary>
    public IReadOnlyList<Portaaltaak> Taken { get; private set; } = [];
    public IEnumerable<Portaaltaak> EigenTaken => Taken.Where(t => t.IsEigen);
    public IReadOnlyList<Contact> Contacten { get; private set; } = [];

    /// <summary>The signalen this ouder gave (not the other ouder's: each reads their own).</summary>
    public IReadOnlyList<GelezenSignaal> Signalen { get; private set; } = [];
    public bool MagSignaalGeven { get; private set; }

    /// <summary>The afspraken wait for this ouder's answer (or ask it again after a change); null when not.</summary>
    public Akkoordvraag? AkkoordGevraagd { get; private set; }
    public int TermijnWerkdagen => opties.Value.SignaalTermijnWerkdagen;

    /// <summary>A jeugdige from 16 with their own account: their own part, without the ouders' own taken, signalen or akkoord.</summary>
    public bool IsJeugdige { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IsJeugdige = User.IsInRole(Rollen.Jeugdige);
        var aanvulling = Signaallezer.Aanvulling(db.Model, Signaalfilter.EigenVanIndiener);
        if (await lader.BekijkEigenCasusAsync(Pagina, ct, aanvulling) is not { } geladen) return NotFound();
        var casus = geladen.Casus;
        Signalen = Signaallezer.Lees(db.Model, geladen.Aanvulling);
        MagSignaalGeven = geladen.Mag(CasusActie.GeeftSignaal);
        AkkoordGevraagd = IsJeugdige ? null : Vraag(casus, RegieClaims.BetrokkeneIdVan(User));
        var versie = casus.GeldendeVersie;
        Geldend = versie?.Inhoud;
        VastgesteldOp = versie?.VastgesteldOp;

        var professionals = casus.Betrokkenen.Where(b => b.IsActief && b.Soort == BetrokkeneSoort.Professional)
            .OrderBy(b => b.Naam, StringComparer.Create(Weergave.Nl, true)).ToList();
        Contacten = [.. professionals.Select(b => Contactvan(b) with { IsRegievoerder = b.Id == casus.Procesregievoerder?.Id })];
        Regievoerder = casus.Procesregievoerder is { } r ? Contactvan(r) : null;
        Taken = Portaaltaken.Lees(casus, RegieClaims.BetrokkeneIdVan(User));
        // Taak has no "shared with the jeugdige" mark, so a taak an ouder does is the ouders' own: not on the jeugdige's page.
        if (IsJeugdige) Taken = [.. Taken.Where(t => !Portaaltaken.IsVanOuder(casus, t))];
        var actief = casus.Betrokkenen.Where(b => b.IsActief).ToDictionary(b => b.Id);
        Deelregie = [.. casus.Regietoewijzingen
            .Where(t => t.IsActief && t.Soort == RegieSoort.InhoudelijkeRegie && actief.ContainsKey(t.BetrokkeneId))
            .OrderBy(t => t.Onderdeel, StringComparer.Create(Weergave.Nl, true))
            .Select(t => new Deel(t.Onderdeel ?? "een deel van de hulp", Contactvan(actief[t.BetrokkeneId])))];
        return Page();
    }

    private Akkoordvraag? Vraag(Casus casus, Guid? ik)
    {
        if (!casus.WachtOpOuders || casus.Beslissers(Weergave.Dag(clock.GetUtcNow())).All(b => b.Id != ik)) return null;
        var reactie = casus.Akkoordreacties.SingleOrDefault(r => r.BetrokkeneId == ik);
        return reactie is null ? Akkoordvraag.Nieuw : reactie.Vervallen ? Akkoordvraag.Opnieuw : null;
    }

    private static Contact Contactvan(Betrokkene b) => new(b.Naam, b.RolOfRelatie, b.OrganisatieNaam, b.Telefoon, b.Email, b.Bereikbaarheid);
}
