using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Infrastructure.Autorisatie;

namespace Regie.Web.Pages.Casussen.Regievoering;

/// <summary>The regievoerder's account is gone, so no warm overdracht can happen: a betrokkene of the casus' gemeente
/// names a new procesregievoerder, with a reden that ends the old toewijzing.</summary>
public sealed partial class RegieModel
{
    public bool MagOpnieuwToewijzen { get; private set; }

    [BindProperty] public VervangingInvoer Vervanging { get; set; } = new();

    public sealed class VervangingInvoer
    {
        [Required(ErrorMessage = "Kies wie de procesregie overneemt.")]
        [Display(Name = "Nieuwe procesregievoerder")]
        public Guid? BetrokkeneId { get; set; }

        [Required(ErrorMessage = "Schrijf op waarom de procesregie opnieuw wordt toegewezen.")]
        [StringLength(2000, ErrorMessage = "De reden mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Reden")]
        public string? Reden { get; set; }
    }

    /// <summary>Who may take over: involved professionals who may hold procesregie (a GI under a maatregel).</summary>
    public IEnumerable<Betrokkene> MogelijkeOpvolgers =>
        ActieveProfessionals.Where(b => b.Id != Casus.ActieveProcesregie?.BetrokkeneId && Casus.KanProcesregieVoeren(b.Id));

    public async Task<IActionResult> OnPostOpnieuwToewijzenAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.WijstRegieOpnieuwToe, ct) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Vervanging));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var uitkomst = casus.WijsProcesregieOpnieuwToe(Vervanging.BetrokkeneId!.Value, Vervanging.Reden, clock.GetUtcNow());
        var veld = casus.KanProcesregieVoeren(Vervanging.BetrokkeneId.Value) ? "Vervanging.Reden" : "Vervanging.BetrokkeneId";
        if (uitkomst.IsFout) return await FoutAsync(geladen, veld, uitkomst.Melding, ct);
        var naam = NaamVan(casus, Vervanging.BetrokkeneId.Value);
        logboek.Schrijf(casusId, "Regie", LogboekActie.Gewijzigd, $"Procesregie opnieuw toegewezen aan betrokkene {Vervanging.BetrokkeneId}: account van de vorige regievoerder gedeactiveerd");
        return await BewaarAsync(casusId, veld,
            $"{naam} voert nu de procesregie. De stappen Regie en Communicatie staan weer ‘in bespreking’: bevestig ze in het volgende MDO.", ct);
    }
}
