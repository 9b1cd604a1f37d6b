using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Sessies;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Beheer;

/// <summary>The accounts of professionals, regiocoördinatoren and beheerders. Ouder accounts are left out: their names
/// are the family's, and the regievoerder of the casus invites them.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class AccountsModel(RegieDbContext db, UserManager<Gebruiker> users, Uitnodigingen uitnodigingen, Logboekschrijver logboek,
    SessieStore sessies) : PageModel
{
    public sealed record Regel(Guid Id, string Naam, string? Email, string? Rol, string? Organisatie, bool Actief,
        bool TweeStaps, bool HeeftWachtwoord, Guid? MedewerkerId = null);

    public IReadOnlyList<Regel> Accounts { get; private set; } = [];
    public Guid EigenId { get; private set; }

    /// <summary>The casus codes in which each medewerker holds procesregie now.</summary>
    public ILookup<Guid, BeheerRegie.Regel> Regie { get; private set; } = Array.Empty<BeheerRegie.Regel>().ToLookup(r => r.MedewerkerId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        EigenId = Guid.TryParse(users.GetUserId(User), out var eigen) ? eigen : Guid.Empty;
        var regels = await db.Users.AsNoTracking()
            .Select(u => new Regel(u.Id, u.Naam, u.Email,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                db.Medewerkers.Where(m => m.Id == u.MedewerkerId)
                    .Join(db.Organisaties, m => m.OrganisatieId, o => o.Id, (_, o) => o.Naam).FirstOrDefault(),
                u.Actief, u.TwoFactorEnabled, u.PasswordHash != null, u.MedewerkerId))
            .ToListAsync(ct);
        Accounts = [.. regels.Where(r => r.Rol is not (Rollen.Ouder or Rollen.Jeugdige)).OrderByDescending(r => r.Actief).ThenBy(r => r.Naam, StringComparer.CurrentCulture)];
        Regie = (await db.ProcesregieAsync(null, ct)).ToLookup(r => r.MedewerkerId);
    }

    /// <param name="tochDeactiveren">The beheerder confirmed on the account page: deactivate although this person holds procesregie.</param>
    public async Task<IActionResult> OnPostDeactiveerAsync(Guid id, bool tochDeactiveren, CancellationToken ct)
    {
        var gebruiker = await BeheerbaarAccountAsync(id);
        if (gebruiker is null) return NotFound();
        if (gebruiker.Id.ToString() == users.GetUserId(User))
        {
            TempData["Melding"] = "U kunt uw eigen account niet deactiveren. Vraag dat aan een andere beheerder.";
            return RedirectToPage();
        }

        // Regie must not get stuck: ask for an overdracht first, unless the beheerder explicitly goes ahead.
        var regie = gebruiker.MedewerkerId is { } mid ? await db.ProcesregieAsync(mid, ct) : [];
        if (regie.Count > 0 && !tochDeactiveren)
        {
            TempData["Melding"] = $"{gebruiker.Naam} voert de procesregie in {BeheerRegie.Codes(regie)}. Vraag eerst om een overdracht van de regie. " +
                "Kan dat niet meer, kies dan ‘toch deactiveren’; daarna wijst de gemeente of u een nieuwe regievoerder aan.";
            return RedirectToPage("/Beheer/Account", new { id });
        }

        gebruiker.Actief = false;
        foreach (var r in regie) logboek.Schrijf(r.CasusId, "Regie", LogboekActie.Gewijzigd, "Account van de procesregievoerder gedeactiveerd");
        if (gebruiker.MedewerkerId is { } medewerkerId)
        {
            var medewerker = await db.Medewerkers.SingleOrDefaultAsync(m => m.Id == medewerkerId, ct);
            medewerker?.Deactiveer();
        }
        logboek.Schrijf(null, "Account", LogboekActie.Gewijzigd, $"Account {gebruiker.Id} gedeactiveerd");
        // UserManager saves the rest of this DbContext with the new security stamp; the open sessions end right after.
        var result = await users.UpdateSecurityStampAsync(gebruiker);
        if (!result.Succeeded) return Mislukt(result);
        await sessies.BeeindigAsync(db, gebruiker.Id, behalve: null, ct);

        if (regie.Count > 0)
        {
            TempData["Melding"] = $"Het account van {gebruiker.Naam} is gedeactiveerd. Wijs een nieuwe procesregievoerder aan in {BeheerRegie.Codes(regie)}.";
            return RedirectToPage("/Beheer/Account", new { id });
        }
        TempData["Melding"] = $"Het account van {gebruiker.Naam} is gedeactiveerd. Wie nog ingelogd was, is nu uitgelogd.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostHerstelTweeStapsAsync(Guid id, CancellationToken ct)
    {
        var gebruiker = await BeheerbaarAccountAsync(id);
        if (gebruiker is null) return NotFound();

        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        logboek.Schrijf(null, "Account", LogboekActie.Gewijzigd, $"Tweestapsverificatie van account {gebruiker.Id} hersteld");
        var result = await users.SetTwoFactorEnabledAsync(gebruiker, false);
        if (result.Succeeded) result = await users.ResetAuthenticatorKeyAsync(gebruiker);
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(gebruiker);
        if (!result.Succeeded) return Mislukt(result);
        await transactie.CommitAsync(ct);
        await sessies.BeeindigAsync(db, gebruiker.Id, behalve: null, ct);

        TempData["Melding"] = $"De tweestapsverificatie van {gebruiker.Naam} is uitgezet. Bij de volgende keer inloggen stelt {gebruiker.Naam} een nieuwe app in.";
        return RedirectToPage();
    }

    /// <summary>A new link for someone who never chose a password, for instance because the first link expired.</summary>
    public async Task<IActionResult> OnPostOpnieuwUitnodigenAsync(Guid id, CancellationToken ct)
    {
        var gebruiker = await BeheerbaarAccountAsync(id);
        if (gebruiker is null) return NotFound();
        if (!gebruiker.Actief || gebruiker.PasswordHash is not null)
        {
            TempData["Melding"] = $"{gebruiker.Naam} heeft al een wachtwoord of het account is gedeactiveerd; een nieuwe uitnodiging is niet nodig.";
            return RedirectToPage();
        }
        logboek.Schrijf(null, "Account", LogboekActie.Gewijzigd, $"Nieuwe uitnodiging voor account {gebruiker.Id}");
        var resultaat = await uitnodigingen.NodigOpnieuwUitAsync(gebruiker, RegieClaims.NaamVan(User), ct);
        Uitnodigingen.Meld(TempData, resultaat, gebruiker.Naam, gebruiker.Email!);
        return RedirectToPage();
    }

    // Ouder accounts are not managed here (see the class comment).
    private async Task<Gebruiker?> BeheerbaarAccountAsync(Guid id)
    {
        var gebruiker = await users.FindByIdAsync(id.ToString());
        return gebruiker is null || (await users.IsInRoleAsync(gebruiker, Rollen.Ouder) || await users.IsInRoleAsync(gebruiker, Rollen.Jeugdige)) ? null : gebruiker;
    }

    private RedirectToPageResult Mislukt(IdentityResult result)
    {
        TempData["Melding"] = $"Dat is niet gelukt: {string.Join(" ", result.Errors.Select(e => e.Description))}";
        return RedirectToPage();
    }
}
