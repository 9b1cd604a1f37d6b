using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Casussen.Toegangsverzoeken;

/// <summary>A professional who was about to open a second casus for this family asks to be added instead (see
/// <see cref="NieuwModel"/>). Only the procesregievoerder answers; anyone else, and any id that does not fit, gets 404.</summary>
// No role policy here: the Casuslader lets only the procesregievoerder in (404 and a Geweigerd line for anyone else).
public sealed class ToegangsverzoekModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, Melder melder, TimeProvider clock)
    : PageModel
{
    private const string Entiteit = "Toegangsverzoek";

    public CasusKop Kop { get; private set; } = null!;
    public Toegangsverzoek Verzoek { get; private set; } = null!;
    public string Naam { get; private set; } = "";
    public string? Functie { get; private set; }
    public string Organisatie { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid casusId, Guid verzoekId, CancellationToken ct)
    {
        if (await lader.LeesAsync(casusId, CasusActie.BeantwoordtToegangsverzoek, ct) is not { } geladen) return NotFound();
        if (!await VulAsync(geladen, verzoekId, ct)) return NotFound();
        await lader.BekekenAsync(geladen, new Casuspagina("Betrokkenen", Entiteit, $"Toegangsverzoek {verzoekId} bekeken"), ct);
        return Page();
    }

    /// <summary>A post without a known handler is a hand-made request.</summary>
    public IActionResult OnPost() => NotFound();

    public Task<IActionResult> OnPostToestaanAsync(Guid casusId, Guid verzoekId, CancellationToken ct) => BeslisAsync(casusId, verzoekId, true, ct);

    public Task<IActionResult> OnPostAfwijzenAsync(Guid casusId, Guid verzoekId, CancellationToken ct) => BeslisAsync(casusId, verzoekId, false, ct);

    private async Task<IActionResult> BeslisAsync(Guid casusId, Guid verzoekId, bool toestaan, CancellationToken ct)
    {
        if (await lader.VoorWijzigingAsync(casusId, CasusActie.BeantwoordtToegangsverzoek, ct) is not { } geladen) return NotFound();
        var casus = geladen.Casus;
        var verzoek = await db.Toegangsverzoeken.SingleOrDefaultAsync(v => v.Id == verzoekId && v.CasusId == casusId, ct);
        if (verzoek is null) return NotFound();
        var ik = RegieClaims.MedewerkerIdVan(User)!.Value;

        var besluit = verzoek.Beslis(toestaan, ik, clock.GetUtcNow());
        if (besluit.IsFout) return await OpnieuwAsync(casusId, verzoekId, besluit.Melding, ct);
        if (toestaan)
        {
            var vrager = await db.Medewerkers.AsNoTracking().Where(m => m.Id == verzoek.MedewerkerId)
                .Join(db.Organisaties, m => m.OrganisatieId, o => o.Id, (m, o) => new { Medewerker = m, Organisatie = o })
                .SingleAsync(ct);
            var (m, o) = (vrager.Medewerker, vrager.Organisatie);
            var toegevoegd = casus.VoegBetrokkeneToe(new BetrokkeneGegevens(BetrokkeneSoort.Professional, m.Naam, m.Functie ?? "Professional",
                m.Telefoon, m.Email, m.Bereikbaarheid, o.Id, o.Naam, o.Type, m.Id), Weergave.Vandaag(clock));
            if (toegevoegd.IsFout) return await OpnieuwAsync(casusId, verzoekId, toegevoegd.Melding, ct);
            var nieuw = toegevoegd.Waarde!;
            logboek.BetrokkeneToegevoegd(casusId, nieuw);
            logboek.Schrijf(casusId, Entiteit, LogboekActie.Gewijzigd, $"Toegangsverzoek {verzoek.Id} toegestaan: betrokkene {nieuw.Id}");
            await melder.AanMedewerkerAsync(m.Id, MeldingSoort.ToegevoegdAanCasus, casusId, nieuw.Id, ct);
        }
        else
        {
            logboek.Schrijf(casusId, Entiteit, LogboekActie.Gewijzigd, $"Toegangsverzoek {verzoek.Id} afgewezen");
            // No casus id on this melding: the asker is not betrokken, and the bell should not tie them to this casus.
            await melder.AanMedewerkerAsync(verzoek.MedewerkerId, MeldingSoort.ToegangGeweigerd, null, verzoek.Id, ct);
        }
        if (!await db.BewaarAsync(ModelState, string.Empty, ct)) return await OpnieuwAsync(casusId, verzoekId, null, ct);
        TempData["Melding"] = toestaan ? "De professional is toegevoegd en krijgt daarvan een melding." : "Het verzoek is afgewezen. De professional krijgt daarvan een melding.";
        return Redirect($"/Casussen/{casusId}/Betrokkenen");
    }

    /// <summary>A refused answer (already answered, already betrokken, someone else answered at the same time): the request
    /// as it is now, with the reason.</summary>
    private async Task<IActionResult> OpnieuwAsync(Guid casusId, Guid verzoekId, string? melding, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (melding is not null) ModelState.AddModelError(string.Empty, melding);
        return await OnGetAsync(casusId, verzoekId, ct) is PageResult pagina ? pagina : NotFound();
    }

    private async Task<bool> VulAsync(GeladenCasus geladen, Guid verzoekId, CancellationToken ct)
    {
        var gevonden = await db.Toegangsverzoeken.AsNoTracking().Where(v => v.Id == verzoekId && v.CasusId == geladen.Casus.Id)
            .Join(db.Medewerkers, v => v.MedewerkerId, m => m.Id, (v, m) => new { Verzoek = v, Medewerker = m })
            .Join(db.Organisaties, x => x.Medewerker.OrganisatieId, o => o.Id, (x, o) => new { x.Verzoek, x.Medewerker, Organisatie = o.Naam })
            .SingleOrDefaultAsync(ct);
        if (gevonden is null) return false;
        (Verzoek, Naam, Functie, Organisatie) = (gevonden.Verzoek, gevonden.Medewerker.Naam, gevonden.Medewerker.Functie, gevonden.Organisatie);
        Kop = geladen.Kop("Betrokkenen");
        return true;
    }
}
