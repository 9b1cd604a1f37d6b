using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Npgsql;
using Regie.Domain.Gedeeld;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;
using Regie.Web.Infrastructure.Signalen;
using Domein = Regie.Domain.Signalen;

namespace Regie.Web.Pages.Casussen.Signalen;

/// <summary>One signaal or opschaling: the procesregievoerder answers and closes it; a professional who raised an opschaling
/// adds to it and says whether the answer helped. Every answer carries the row version it was written against, so two people
/// answering at once cannot overwrite each other.</summary>
// No role policy here: whoever may not see this casus gets 404 from the Casuslader.
public sealed class SignaalModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, Melder melder, TimeProvider clock,
    IOptions<RegieOpties> opties) : PageModel
{
    private static readonly Casuspagina Pagina = new("Signalen", "Signaal", "Signaal bekeken");

    public CasusKop Kop { get; private set; } = null!;
    public Domein.Signaal Signaal { get; private set; } = null!;
    public bool MagBeantwoorden { get; private set; }
    public bool IsIndiener { get; private set; }
    public bool MagAanvullen { get; private set; }
    public DateOnly Vandaag { get; private set; }
    public int TermijnWerkdagen => opties.Value.SignaalTermijnWerkdagen;

    [BindProperty] public uint Versie { get; set; }
    [BindProperty] public string? Antwoord { get; set; }
    [BindProperty] public string? WatGedaan { get; set; }
    [BindProperty] public string? Tekst { get; set; }
    [BindProperty] public bool? Geholpen { get; set; }
    [BindProperty] public string? Uitleg { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid casusId, Guid signaalId, CancellationToken ct)
    {
        if (await LaadAsync(casusId, signaalId, CasusActie.Lezen, ct) is not { } geladen) return NotFound();
        await lader.BekekenAsync(geladen, Pagina, ct);
        return Page();
    }

    public IActionResult OnPost() => NotFound();

    public Task<IActionResult> OnPostBeantwoordAsync(Guid casusId, Guid signaalId, CancellationToken ct) =>
        WijzigAsync(casusId, signaalId, CasusActie.BeantwoordtSignaal, nameof(Antwoord), s => s.Beantwoord(Antwoord, Naam, clock.GetUtcNow()),
            "beantwoord", AanIndiener,
            "Uw antwoord is verstuurd.", ct);

    public Task<IActionResult> OnPostSluitAsync(Guid casusId, Guid signaalId, CancellationToken ct) =>
        WijzigAsync(casusId, signaalId, CasusActie.BeantwoordtSignaal, nameof(WatGedaan), s => s.Sluit(WatGedaan, Naam, clock.GetUtcNow()),
            "gesloten", null, "Het signaal is gesloten.", ct);

    public Task<IActionResult> OnPostAanvullenAsync(Guid casusId, Guid signaalId, CancellationToken ct) =>
        WijzigAsync(casusId, signaalId, CasusActie.SchaaltOp, nameof(Tekst), s => AlsIndiener(s, () => s.VoegToe(Tekst, Naam, clock.GetUtcNow())),
            "aangevuld", AanRegievoerder, "Uw aanvulling staat bij de regievoerder.", ct);

    public Task<IActionResult> OnPostOordeelAsync(Guid casusId, Guid signaalId, CancellationToken ct) =>
        WijzigAsync(casusId, signaalId, CasusActie.SchaaltOp, Geholpen is null ? nameof(Geholpen) : nameof(Uitleg),
            s => AlsIndiener(s, () => Geholpen is { } geholpen
                ? s.GeefOordeel(geholpen, Uitleg, clock.GetUtcNow(), Weergave.Vandaag(clock))
                : Uitkomst.Fout("Kies ‘Ja’ of ‘Nee’.", nameof(Geholpen))),
            Geholpen == false ? "oordeel: niet geholpen, heropend" : "oordeel: geholpen",
            Geholpen == false ? AanRegievoerder : null,
            Geholpen == false ? "De opschaling staat weer open bij de regievoerder." : "Dank u. Het antwoord is als geholpen genoteerd.", ct);

    private string Naam => RegieClaims.NaamVan(User);

    // Only who raised it adds to it or judges the answer; anyone else's post has nothing to change here.
    private Uitkomst AlsIndiener(Domein.Signaal s, Func<Uitkomst> wijziging) => IsIndiener ? wijziging()
        : Uitkomst.Fout("Alleen wie de opschaling gaf, kan die aanvullen of beoordelen.", nameof(Tekst));

    private Task AanIndiener(GeladenCasus geladen, Domein.Signaal s, CancellationToken ct)
    {
        melder.AanGebruiker(s.IndienerId, MeldingSoort.SignaalBeantwoord, geladen.Casus.Id, s.Id);
        return Task.CompletedTask;
    }

    private Task AanRegievoerder(GeladenCasus geladen, Domein.Signaal s, CancellationToken ct) =>
        melder.AanRegievoerderAsync(geladen.Casus, MeldingSoort.SignaalAangevuld, s.Id, ct);

    private async Task<IActionResult> WijzigAsync(Guid casusId, Guid signaalId, CasusActie actie, string veld,
        Func<Domein.Signaal, Uitkomst> wijziging, string wat, Func<GeladenCasus, Domein.Signaal, CancellationToken, Task>? melding, string bericht, CancellationToken ct)
    {
        var gepost = Versie;
        if (await LaadAsync(casusId, signaalId, actie, ct) is not { } geladen) return NotFound();
        // Tracked as the user saw it: a save against an older row version is refused, not silently applied.
        db.Attach(Signaal);
        db.Entry(Signaal).Property<uint>(Concurrency.Versie).OriginalValue = gepost;
        var uitkomst = wijziging(Signaal);
        if (uitkomst.IsFout)
        {
            // Next to the field of the form that was posted: that is where the user looks.
            ModelState.AddModelError(veld, uitkomst.Melding);
            Versie = gepost;
            return await OpnieuwAsync(geladen, ct);
        }

        logboek.Schrijf(casusId, "Signaal", LogboekActie.Gewijzigd, $"{SignaalWeergave.Wat(Signaal)} {Signaal.Id} {wat}");
        if (melding is not null) await melding(geladen, Signaal, ct);
        if (!await db.BewaarAsync(ModelState, veld, ct))
        {
            // Someone else answered first: their state next to this user's text, with the new row version.
            if (await LaadAsync(casusId, signaalId, CasusActie.Lezen, ct) is not { } nieuw) return NotFound();
            return await OpnieuwAsync(nieuw, ct);
        }
        TempData["Melding"] = bericht;
        return RedirectToPage(new { casusId, signaalId });
    }

    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await lader.BekekenAsync(geladen, Pagina, ct);
        return Page();
    }

    /// <summary>The casus with this one signaal of it, in one statement; null (404) when either is not there for this user.</summary>
    private async Task<GeladenCasus?> LaadAsync(Guid casusId, Guid signaalId, CasusActie actie, CancellationToken ct)
    {
        var geladen = await lader.LeesAsync(casusId, actie, ct, Signaallezer.Aanvulling(db.Model, Signaalfilter.Een),
            new NpgsqlParameter(Signaallezer.SignaalParameter, signaalId));
        if (geladen is null || Signaallezer.Lees(db.Model, geladen.Aanvulling) is not [var gelezen]) return null;
        Kop = geladen.Kop(Pagina.Tab);
        Signaal = gelezen.Signaal;
        Versie = gelezen.Versie;
        MagBeantwoorden = geladen.Mag(CasusActie.BeantwoordtSignaal);
        IsIndiener = Signaal.IndienerId == RegieClaims.GebruikerIdVan(User);
        MagAanvullen = IsIndiener && geladen.Mag(CasusActie.SchaaltOp);
        Vandaag = Weergave.Vandaag(clock);
        return geladen;
    }
}
