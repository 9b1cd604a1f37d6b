using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Ouders;

/// <summary>"Loopt de hulp niet goed?": the ouder rings the bell with the regievoerder, optionally about one taak.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class SignaalModel(Casuslader lader, RegieDbContext db, Logboekschrijver logboek, Melder melder, TimeProvider clock,
    IOptions<RegieOpties> opties) : PageModel
{
    private static readonly Casuspagina Pagina = new("Ouders", "Signaal", "Signaal geven");

    public sealed record Keuze(Guid Id, string Omschrijving);

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Kies waar uw signaal over gaat.")]
        public SignaalSoort? Soort { get; set; }

        public string? Toelichting { get; set; }
        public Guid? TaakId { get; set; }
    }

    public bool MagSignaalGeven { get; private set; }
    public IReadOnlyList<Keuze> Taken { get; private set; } = [];
    public string? Regievoerder { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await lader.BekijkEigenCasusAsync(Pagina, ct) is not { } geladen) return NotFound();
        Vul(geladen);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await lader.LeesEigenCasusAsync(ct) is not { } geladen) return NotFound();
        if (!geladen.Mag(CasusActie.GeeftSignaal)) return await OpnieuwAsync(geladen, ct);
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);
        Vul(geladen);
        if (Input.TaakId is { } taakId && Taken.All(t => t.Id != taakId))
        {
            ModelState.AddModelError("Input.TaakId", "Kies een taak uit de lijst, of geen taak.");
            return await OpnieuwAsync(geladen, ct);
        }

        var casus = geladen.Casus;
        var nu = clock.GetUtcNow();
        var uitkomst = Signaal.Geef(casus.Id, Input.Soort!.Value, SignaalBron.Ouder, Input.Toelichting, Input.TaakId,
            RegieClaims.GebruikerIdVan(User)!.Value, RegieClaims.NaamVan(User), nu, Weergave.Dag(nu));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"Input.{uitkomst.Veld}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var signaal = uitkomst.Waarde!;
        db.Signalen.Add(signaal);
        logboek.Schrijf(casus.Id, "Signaal", LogboekActie.Aangemaakt, $"Signaal {signaal.Id} gegeven door ouder");
        await melder.AanRegievoerderAsync(casus, MeldingSoort.NieuwSignaal, signaal.Id, ct);
        await db.SaveChangesAsync(ct);

        var wie = Regievoerder ?? "De regievoerder";
        TempData["Melding"] = $"Uw signaal is verstuurd. {wie} antwoordt uiterlijk op " +
            $"{SignaalWeergave.DagDatum(signaal.AntwoordUiterlijk(opties.Value.SignaalTermijnWerkdagen))}.";
        return RedirectToPage("/Ouders/SignaalBekijken", new { id = signaal.Id });
    }

    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, CancellationToken ct)
    {
        await lader.BekekenAsync(geladen, Pagina, ct);
        Vul(geladen);
        return Page();
    }

    private void Vul(GeladenCasus geladen)
    {
        var casus = geladen.Casus;
        MagSignaalGeven = geladen.Mag(CasusActie.GeeftSignaal);
        Regievoerder = casus.Procesregievoerder?.Naam;
        // Only taken the ouder can already read in the portal (those of the geldende versie): a draft stays with the table.
        Taken = [.. Portaaltaken.Lees(casus, RegieClaims.BetrokkeneIdVan(User))
            .Where(t => t.Id is not null && t.Status != TaakStatus.Gestopt).DistinctBy(t => t.Id)
            .OrderBy(t => t.Omschrijving, StringComparer.Create(Weergave.Nl, true)).Select(t => new Keuze(t.Id!.Value, t.Omschrijving))];
    }
}
