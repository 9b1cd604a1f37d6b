using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Npgsql;
using Regie.Domain.Gedeeld;
using Regie.Domain.Logboek;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;
using Regie.Web.Infrastructure.Signalen;
using Regie.Web.Pages.Casussen;

namespace Regie.Web.Pages.Ouders;

/// <summary>One signaal of the ouder: the exchange, by when the answer comes, whether it went to the gemeente; the ouder adds
/// to it while it waits and says whether the answer helped. Only the indiener's own signalen: anyone else's is not found.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class SignaalBekijkenModel(Casuslader lader, RegieDbContext db, Logboekschrijver logboek, Melder melder,
    TimeProvider clock, IOptions<RegieOpties> opties) : PageModel
{
    private static readonly Casuspagina Pagina = new("Ouders", "Signaal", "Signaal bekeken");

    public Signaal Signaal { get; private set; } = null!;
    private uint Versie { get; set; }
    public string? TaakOmschrijving { get; private set; }
    public bool MagWijzigen { get; private set; }
    public int TermijnWerkdagen => opties.Value.SignaalTermijnWerkdagen;

    [BindProperty] public string? Tekst { get; set; }
    [BindProperty] public bool? Geholpen { get; set; }
    [BindProperty] public string? Uitleg { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is not { } geladen) return NotFound();
        await lader.BekekenAsync(geladen, Pagina, ct);
        return Page();
    }

    public IActionResult OnPost() => NotFound();

    public Task<IActionResult> OnPostAanvullenAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, "Tekst", (s, nu) => s.VoegToe(Tekst, RegieClaims.NaamVan(User), nu), "aangevuld", true,
            "Uw aanvulling is verstuurd naar de regievoerder.", ct);

    public Task<IActionResult> OnPostOordeelAsync(Guid id, CancellationToken ct) => Geholpen switch
    {
        null => WijzigAsync(id, "Geholpen", (_, _) => Uitkomst.Fout("Kies ‘Ja’ of ‘Nee’.", "Geholpen"), "", false, "", ct),
        true => WijzigAsync(id, "Uitleg", (s, nu) => s.GeefOordeel(true, Uitleg, nu, Weergave.Dag(nu)), "oordeel: geholpen", false,
            "Dank u wel. Fijn dat het antwoord u heeft geholpen.", ct),
        false => WijzigAsync(id, "Uitleg", (s, nu) => s.GeefOordeel(false, Uitleg, nu, Weergave.Dag(nu)), "oordeel: niet geholpen, heropend",
            true, "Uw signaal staat weer open. De regievoerder antwoordt opnieuw. Hieronder ziet u wanneer uiterlijk.", ct),
    };

    private async Task<IActionResult> WijzigAsync(Guid id, string veld, Func<Signaal, DateTimeOffset, Uitkomst> wijziging,
        string wat, bool meld, string melding, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is not { } geladen) return NotFound();
        if (!MagWijzigen)
        {
            ModelState.AddModelError(veld, "De hulp aan uw gezin is afgerond. U kunt dit signaal niet meer veranderen.");
            return await OpnieuwAsync(geladen, ct);
        }
        // Tracked as it was read: its row version refuses the save when the regievoerder changed it in between.
        db.Attach(Signaal);
        db.Entry(Signaal).Property<uint>(Concurrency.Versie).OriginalValue = Versie;
        var uitkomst = wijziging(Signaal, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(uitkomst.Veld is "Tekst" or "Geholpen" ? uitkomst.Veld : veld, uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }

        logboek.Schrijf(geladen.Casus.Id, "Signaal", LogboekActie.Gewijzigd, $"Signaal {Signaal.Id} {wat}");
        if (meld) await melder.AanRegievoerderAsync(geladen.Casus, MeldingSoort.SignaalAangevuld, Signaal.Id, ct);
        if (!await db.BewaarAsync(ModelState, veld, ct))
        {
            if (await LaadAsync(id, ct) is not { } nieuw) return NotFound();
            return await OpnieuwAsync(nieuw, ct);
        }
        TempData["Melding"] = melding;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await lader.BekekenAsync(geladen, Pagina, ct);
        return Page();
    }

    /// <summary>The ouder's casus with this one signaal of theirs, in one statement; null when it is not theirs.</summary>
    private async Task<GeladenCasus?> LaadAsync(Guid id, CancellationToken ct)
    {
        var geladen = await lader.LeesEigenCasusAsync(ct, Signaallezer.Aanvulling(db.Model, Signaalfilter.Een),
            new NpgsqlParameter(Signaallezer.SignaalParameter, id));
        if (geladen is null) return null;
        var eigen = RegieClaims.GebruikerIdVan(User);
        if (Signaallezer.Lees(db.Model, geladen.Aanvulling).SingleOrDefault(g => g.Signaal.IndienerId == eigen) is not { } gelezen)
            return null;
        Signaal = gelezen.Signaal;
        Versie = gelezen.Versie;
        MagWijzigen = geladen.Mag(CasusActie.GeeftSignaal);
        TaakOmschrijving = Signaal.TaakId is { } taak ? geladen.Casus.Taken.FirstOrDefault(t => t.Id == taak)?.Omschrijving : null;
        return geladen;
    }
}
