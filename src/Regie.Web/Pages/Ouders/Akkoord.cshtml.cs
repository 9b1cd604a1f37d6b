using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Ouders;

/// <summary>An ouder with gezag reads the afspraken the regievoerder laid before them, in short, and says in their own name
/// whether they agree. The answer holds for the concept as read: the hidden stand refuses one given to older afspraken.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class AkkoordModel(Casuslader lader, RegieDbContext db, Logboekschrijver logboek, Melder melder, TimeProvider clock) : PageModel
{
    private static readonly Casuspagina Pagina = new("Ouders", "Akkoord", "Afspraken lezen voor akkoord");

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        /// <summary>Which casus and whose answer the form was made for: another than the logged-in ouder's is not found.</summary>
        public Guid? CasusId { get; set; }

        public Guid? BetrokkeneId { get; set; }

        /// <summary><see cref="Casus.Conceptstand"/> as the ouder read it.</summary>
        public string? Stand { get; set; }

        public bool? Akkoord { get; set; }
        public string? Opmerking { get; set; }
    }

    public Samenvatting Samenvatting { get; private set; } = null!;

    /// <summary>May this ouder answer now: the afspraken lie before them and they decide (gezag).</summary>
    public bool MagAntwoorden { get; private set; }

    public bool IsBeslisser { get; private set; }
    public bool Voorgelegd { get; private set; }
    public Akkoordreactie? Reactie { get; private set; }
    public string? Regievoerder { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await lader.BekijkEigenCasusAsync(Pagina, ct) is not { } geladen) return NotFound();
        Vul(geladen);
        Input.Akkoord = Reactie is { Vervallen: false } r ? r.Akkoord : null;
        Input.Opmerking = Reactie is { Vervallen: false } ? Reactie.Opmerking : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ik = RegieClaims.BetrokkeneIdVan(User);
        if (Input.CasusId is not { } casusId || Input.BetrokkeneId is not { } betrokkeneId || betrokkeneId != ik) return NotFound();
        if (await lader.VoorWijzigingAsync(casusId, CasusActie.OuderPortaal, ct) is not { } geladen) return NotFound();
        var casus = geladen.Casus;
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var nu = clock.GetUtcNow();
        var eerder = casus.Akkoordreacties.Any(r => r.BetrokkeneId == betrokkeneId);
        var uitkomst = casus.GeefAkkoord(betrokkeneId, Input.Akkoord, Input.Opmerking, Input.Stand, nu);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"Input.{uitkomst.Veld}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var reactie = uitkomst.Waarde!;
        // Ids and field names only: what the ouder wrote stays out of the logboek.
        logboek.Schrijf(casus.Id, "Akkoordreactie", eerder ? LogboekActie.Gewijzigd : LogboekActie.Aangemaakt,
            $"Akkoordreactie {reactie.Id} van betrokkene {betrokkeneId}: Akkoord{(reactie.Opmerking is null ? "" : ", Opmerking")}");
        await melder.AanRegievoerderAsync(casus, MeldingSoort.AkkoordGegeven, reactie.Id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Databaseconflict.IsGelijktijdig(e))
        {
            // The same answer sent twice at once: one is kept, and the ouder sees it.
            db.ChangeTracker.Clear();
            TempData["Melding"] = "Uw antwoord was al bewaard. Hieronder ziet u wat u heeft gezegd.";
            return RedirectToPage();
        }
        TempData["Melding"] = reactie.Akkoord
            ? "Dank u wel. U heeft gezegd dat u het eens bent met de afspraken."
            : "Dank u wel. U heeft gezegd dat u het niet eens bent. De regievoerder neemt contact met u op.";
        return RedirectToPage();
    }

    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await lader.BekekenAsync(geladen, Pagina, ct);
        Vul(geladen);
        return Page();
    }

    private void Vul(GeladenCasus geladen)
    {
        var casus = geladen.Casus;
        var ik = RegieClaims.BetrokkeneIdVan(User);
        Samenvatting = Samenvatting.Van(casus, ik);
        Regievoerder = casus.Procesregievoerder?.Naam;
        IsBeslisser = casus.Beslissers(Weergave.Dag(clock.GetUtcNow())).Any(b => b.Id == ik);
        Voorgelegd = casus.VoorgelegdOp is not null;
        MagAntwoorden = IsBeslisser && casus.WachtOpOuders;
        Reactie = casus.Akkoordreacties.SingleOrDefault(r => r.BetrokkeneId == ik);
        // The form is for this casus, this ouder and the afspraken as shown now: a refusal shows the newest, with a new stand.
        Input.CasusId = casus.Id;
        Input.BetrokkeneId = ik;
        Input.Stand = casus.Conceptstand();
        ModelState.Remove("Input.Stand");
        ModelState.Remove("Input.CasusId");
        ModelState.Remove("Input.BetrokkeneId");
    }
}
