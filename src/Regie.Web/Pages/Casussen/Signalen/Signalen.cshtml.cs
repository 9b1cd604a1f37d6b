using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Regie.Domain.Logboek;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;
using Regie.Web.Infrastructure.Signalen;

namespace Regie.Web.Pages.Casussen.Signalen;

/// <summary>The casus' signalen (from ouders) and opschalingen (from professionals), open ones on top; a professional raises an
/// opschaling here, to the procesregievoerder or straight to the gemeente.</summary>
// No role policy here: whoever may not see this casus gets 404 from the Casuslader.
public sealed class SignalenModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, Melder melder, TimeProvider clock,
    IOptions<RegieOpties> opties) : CasusPaginaModel(lader, Pagina)
{
    private static readonly Casuspagina Pagina = new("Signalen", "Signaal", "Signalen bekeken");

    public enum Bestemming
    {
        Regievoerder,
        Gemeente,
    }

    public CasusKop Kop { get; private set; } = null!;
    public IReadOnlyList<GelezenSignaal> Signalen { get; private set; } = [];
    public bool MagOpschalen { get; private set; }

    /// <summary>The regievoerder's own opschaling can only go to the gemeente: to themselves it would be a note.</summary>
    public bool IsRegievoerder { get; private set; }
    public DateOnly Vandaag { get; private set; }
    public int TermijnWerkdagen => opties.Value.SignaalTermijnWerkdagen;

    [BindProperty] public OpschalingInvoer Opschaling { get; set; } = new();

    public sealed class OpschalingInvoer
    {
        [Required(ErrorMessage = "Kies waarom u opschaalt.")]
        [Display(Name = "Waarom schaalt u op?")]
        public SignaalSoort? Soort { get; set; }

        [Required(ErrorMessage = "Schrijf op wat er aan de hand is.")]
        [Display(Name = "Wat is er aan de hand?")]
        public string? Reden { get; set; }

        [Required(ErrorMessage = "Kies naar wie de opschaling gaat.")]
        [Display(Name = "Naar wie?")]
        public Bestemming? Naar { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct, Aanvulling) is not { } geladen) return NotFound();
        Vul(geladen);
        return Page();
    }

    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostOpschalingAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.LeesAsync(casusId, CasusActie.SchaaltOp, ct, Aanvulling) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Opschaling));
        if (geladen.Toegang.IsRegievoerder) ModelState.Remove("Opschaling.Naar"); // theirs always goes to the gemeente
        if (Opschaling.Soort is not (null or SignaalSoort.AfsprakenNietNagekomen or SignaalSoort.Anders))
            ModelState.AddModelError("Opschaling.Soort", "Kies een reden uit de lijst.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var nu = clock.GetUtcNow();
        var gebruiker = RegieClaims.GebruikerIdVan(User)!.Value;
        var uitkomst = Signaal.Geef(casus.Id, Opschaling.Soort!.Value, SignaalBron.Professional, Opschaling.Reden, null,
            gebruiker, RegieClaims.NaamVan(User), nu, Weergave.Dag(nu));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(uitkomst.Veld == nameof(Signaal.Soort) ? "Opschaling.Soort" : "Opschaling.Reden", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var signaal = uitkomst.Waarde!;
        db.Signalen.Add(signaal);
        var naarGemeente = Opschaling.Naar == Bestemming.Gemeente || geladen.Toegang.IsRegievoerder;
        if (naarGemeente)
        {
            // A new opschaling of a professional always may: a refusal here is a bug, not the user's.
            if (signaal.StuurNaarGemeente(nu) is { IsFout: true } fout) throw new InvalidOperationException(fout.Melding);
            await melder.AanGemeenteAsync(casus.GemeenteId, MeldingSoort.SignaalGeescaleerd, casus.Id, signaal.Id, ct);
        }
        // The regievoerder hears of every opschaling, also one that went to the gemeente; not of their own.
        if (!geladen.Toegang.IsRegievoerder) await melder.AanRegievoerderAsync(casus, MeldingSoort.NieuweOpschaling, signaal.Id, ct);
        logboek.Schrijf(casus.Id, "Signaal", LogboekActie.Aangemaakt,
            $"Opschaling {signaal.Id} {(naarGemeente ? "direct naar de gemeente" : "naar de procesregievoerder")}");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = naarGemeente
            ? "Uw opschaling is naar de gemeente gestuurd. De regievoerder ziet hem ook."
            : $"Uw opschaling staat bij de regievoerder. Een antwoord komt uiterlijk op {SignaalWeergave.DagDatum(signaal.AntwoordUiterlijk(TermijnWerkdagen))}.";
        return RedirectToPage("/Casussen/Signalen/Signaal", new { casusId, signaalId = signaal.Id });
    }

    private string Aanvulling => Signaallezer.Aanvulling(db.Model, Signaalfilter.Casus);

    protected override void Vul(GeladenCasus geladen)
    {
        Kop = geladen.Kop(Pagina.Tab);
        Signalen = Signaallezer.Lees(db.Model, geladen.Aanvulling);
        MagOpschalen = geladen.Mag(CasusActie.SchaaltOp);
        IsRegievoerder = geladen.Toegang.IsRegievoerder;
        Vandaag = Weergave.Vandaag(clock);
    }
}
