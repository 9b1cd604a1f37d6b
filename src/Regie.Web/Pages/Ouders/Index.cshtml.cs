using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Signalen;

namespace Regie.Web.Pages.Ouders;

/// <summary>The ouders' portal: only the geldende versie, plus contact details as they are today.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class IndexModel(Casuslader lader, RegieDbContext db, IOptions<RegieOpties> opties, TimeProvider clock) : PageModel
{
    public enum Akkoordvraag { Nieuw, Opnieuw }
    private static readonly Casuspagina Pagina = new("Ouders", "Ouderportaal");

    public sealed record Contact(string Naam, string Rol, string? Organisatie, string? Telefoon, string? Email, string? Bereikbaarheid)
    {
        /// <summary>Marked in the list: the rol the professional typed may say "procesregievoerder", the ouder reads what it means.</summary>
        public bool IsRegievoerder { get; init; }
    }

    public HandreikingSnapshot? Geldend { get; private set; }
    public DateTimeOffset? VastgesteldOp { get; private set; }
    public Contact? Regievoerder { get; private set; }
    public IReadOnlyList<Contact> Contacten { get; private set; } = [];

    /// <summary>The signalen this ouder gave (not the other ouder's: each reads their own).</summary>
    public IReadOnlyList<GelezenSignaal> Signalen { get; private set; } = [];
    public bool MagSignaalGeven { get; private set; }

    /// <summary>The afspraken wait for this ouder's answer (or ask it again after a change); null when not.</summary>
    public Akkoordvraag? AkkoordGevraagd { get; private set; }
    public int TermijnWerkdagen => opties.Value.SignaalTermijnWerkdagen;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var aanvulling = Signaallezer.Aanvulling(db.Model, Signaalfilter.EigenVanIndiener);
        if (await lader.BekijkEigenCasusAsync(Pagina, ct, aanvulling) is not { } geladen) return NotFound();
        var casus = geladen.Casus;
        Signalen = Signaallezer.Lees(db.Model, geladen.Aanvulling);
        MagSignaalGeven = geladen.Mag(CasusActie.GeeftSignaal);
        AkkoordGevraagd = Vraag(casus, RegieClaims.BetrokkeneIdVan(User));
        var versie = casus.GeldendeVersie;
        Geldend = versie?.Inhoud;
        VastgesteldOp = versie?.VastgesteldOp;

        var professionals = casus.Betrokkenen.Where(b => b.IsActief && b.Soort == BetrokkeneSoort.Professional)
            .OrderBy(b => b.Naam, StringComparer.Create(Weergave.Nl, true)).ToList();
        Contacten = [.. professionals.Select(b => Contactvan(b) with { IsRegievoerder = b.Id == casus.Procesregievoerder?.Id })];
        Regievoerder = casus.Procesregievoerder is { } r ? Contactvan(r) : null;
        return Page();
    }

    private Akkoordvraag? Vraag(Casus casus, Guid? ik)
    {
        if (!casus.WachtOpOuders || casus.Beslissers(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).All(b => b.Id != ik)) return null;
        var reactie = casus.Akkoordreacties.SingleOrDefault(r => r.BetrokkeneId == ik);
        return reactie is null ? Akkoordvraag.Nieuw : reactie.Vervallen ? Akkoordvraag.Opnieuw : null;
    }

    private static Contact Contactvan(Betrokkene b) => new(b.Naam, b.RolOfRelatie, b.OrganisatieNaam, b.Telefoon, b.Email, b.Bereikbaarheid);
}
