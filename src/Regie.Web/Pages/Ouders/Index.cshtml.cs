using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Ouders;

/// <summary>The ouders' portal: only the geldende versie, plus contact details as they are today.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class IndexModel(Casuslader lader) : PageModel
{
    private static readonly Casuspagina Pagina = new("Ouders", "Ouderportaal");

    public sealed record Contact(string Naam, string Rol, string? Organisatie, string? Telefoon, string? Email, string? Bereikbaarheid);

    public HandreikingSnapshot? Geldend { get; private set; }
    public int? Volgnummer { get; private set; }
    public DateTimeOffset? VastgesteldOp { get; private set; }
    public Contact? Regievoerder { get; private set; }
    public IReadOnlyList<Contact> Contacten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await lader.BekijkEigenCasusAsync(Pagina, ct) is not { } geladen) return NotFound();
        var casus = geladen.Casus;
        var versie = casus.GeldendeVersie;
        Geldend = versie?.Inhoud;
        Volgnummer = versie?.Volgnummer;
        VastgesteldOp = versie?.VastgesteldOp;

        var professionals = casus.Betrokkenen.Where(b => b.IsActief && b.Soort == BetrokkeneSoort.Professional)
            .OrderBy(b => b.Naam, StringComparer.Create(Weergave.Nl, true)).ToList();
        Contacten = [.. professionals.Select(Contactvan)];
        Regievoerder = casus.Procesregievoerder is { } r ? Contactvan(r) : null;
        return Page();
    }

    private static Contact Contactvan(Betrokkene b) => new(b.Naam, b.RolOfRelatie, b.OrganisatieNaam, b.Telefoon, b.Email, b.Bereikbaarheid);
}
