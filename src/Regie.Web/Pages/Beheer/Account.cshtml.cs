using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Beheer;

/// <summary>One account: who it is, and in which casussen (by code) this person holds procesregie, so that regie is
/// handed over before the account goes, or assigned anew once it has gone.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class AccountModel(RegieDbContext db, UserManager<Gebruiker> users, Logboekschrijver logboek) : PageModel
{
    public Gebruiker Gebruiker { get; private set; } = null!;
    public string? Rol { get; private set; }
    public string? Organisatie { get; private set; }
    public IReadOnlyList<BeheerRegie.Regel> Regie { get; private set; } = [];
    public bool IsEigenAccount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var gebruiker = await users.FindByIdAsync(id.ToString());
        // Ouder accounts are not managed by the beheerder (see AccountsModel).
        if (gebruiker is null || await users.IsInRoleAsync(gebruiker, Rollen.Ouder) || await users.IsInRoleAsync(gebruiker, Rollen.Jeugdige)) return NotFound();
        Gebruiker = gebruiker;
        Rol = (await users.GetRolesAsync(gebruiker)).FirstOrDefault();
        IsEigenAccount = gebruiker.Id.ToString() == users.GetUserId(User);
        if (gebruiker.MedewerkerId is { } medewerkerId)
        {
            Organisatie = await db.Medewerkers.Where(m => m.Id == medewerkerId)
                .Join(db.Organisaties, m => m.OrganisatieId, o => o.Id, (_, o) => o.Naam).SingleOrDefaultAsync(ct);
            Regie = await db.ProcesregieAsync(medewerkerId, ct);
        }
        // The codes are a reference to the casus: the casus' own logboek shows that beheer looked them up.
        foreach (var r in Regie) logboek.Schrijf(r.CasusId, "Regie", LogboekActie.Bekeken, "Beheer: procesregie van een account");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
