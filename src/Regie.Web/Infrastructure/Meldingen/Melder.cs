using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Meldingen;

/// <summary>Puts meldingen under the right people's bells. Adds to the context only: the caller's save stores them with the
/// change they are about, so a refused change leaves no melding behind.</summary>
public sealed class Melder(RegieDbContext db, TimeProvider clock)
{
    public void AanGebruiker(Guid gebruikerId, MeldingSoort soort, Guid? casusId, Guid? onderwerpId, string? sleutel = null) =>
        db.Meldingen.Add(new Melding(gebruikerId, soort, casusId, onderwerpId, clock.GetUtcNow(), sleutel));

    /// <summary>To the active account of a medewerker; none when the account is gone (the bell has no one to ring).</summary>
    public async Task AanMedewerkerAsync(Guid medewerkerId, MeldingSoort soort, Guid? casusId, Guid? onderwerpId, CancellationToken ct)
    {
        foreach (var gebruiker in await AccountsAsync([medewerkerId], ct))
            AanGebruiker(gebruiker, soort, casusId, onderwerpId);
    }

    /// <summary>To the casus' procesregievoerder, when the casus has one.</summary>
    public Task AanRegievoerderAsync(Casus casus, MeldingSoort soort, Guid? onderwerpId, CancellationToken ct) =>
        casus.Procesregievoerder?.MedewerkerId is { } medewerker
            ? AanMedewerkerAsync(medewerker, soort, casus.Id, onderwerpId, ct)
            : Task.CompletedTask;

    /// <summary>To whoever answers for the casus: its procesregievoerder; while it has none (a casus with a maatregel waits for
    /// the GI), the active betrokkenen who work for the casus' gemeente, because the Jeugdwet leaves regie with the gemeente
    /// until someone takes it over and they may answer in the casus (<see cref="Autorisatie.CasusRegels"/>); with none of
    /// those either, the gemeente's regie-contact (or the regiocoördinatoren), who can see that someone takes regie.
    /// A question that reaches nobody is a question a family or a professional waits on for ever.</summary>
    public async Task AanBeslisserAsync(Casus casus, MeldingSoort soort, Guid? onderwerpId, CancellationToken ct)
    {
        if (casus.Procesregievoerder is not null)
        {
            await AanRegievoerderAsync(casus, soort, onderwerpId, ct);
            return;
        }
        var gemeente = casus.Betrokkenen
            .Where(b => b.IsActief && b.IsProfessional && b.MedewerkerId is not null && b.OrganisatieId == casus.GemeenteId)
            .Select(b => b.MedewerkerId!.Value).Distinct().ToList();
        var ontvangers = await AccountsAsync(gemeente, ct);
        foreach (var gebruiker in ontvangers) AanGebruiker(gebruiker, soort, casus.Id, onderwerpId);
        if (ontvangers.Count == 0) await AanGemeenteAsync(casus.GemeenteId, soort, casus.Id, onderwerpId, ct);
    }

    /// <summary>To every active professional betrokkene of the casus, except <paramref name="behalve"/> (who did it).</summary>
    public async Task AanProfessionalsAsync(Casus casus, MeldingSoort soort, Guid? onderwerpId, Guid? behalve, CancellationToken ct)
    {
        var medewerkers = casus.Betrokkenen
            .Where(b => b.IsActief && b.MedewerkerId is not null && b.MedewerkerId != behalve)
            .Select(b => b.MedewerkerId!.Value).Distinct().ToList();
        foreach (var gebruiker in await AccountsAsync(medewerkers, ct))
            AanGebruiker(gebruiker, soort, casus.Id, onderwerpId);
    }

    /// <summary>To the gemeente's regie-contact; while the gemeente has none (or its account is gone), to every active
    /// regiocoördinator, so an escalation never goes nowhere. Answers who got it.</summary>
    public async Task<IReadOnlyList<Guid>> AanGemeenteAsync(Guid gemeenteId, MeldingSoort soort, Guid casusId, Guid? onderwerpId,
        CancellationToken ct, string? sleutel = null)
    {
        var contact = await db.Organisaties.Where(o => o.Id == gemeenteId).Select(o => o.RegieContactId).FirstOrDefaultAsync(ct);
        var ontvangers = contact is { } medewerker ? await AccountsAsync([medewerker], ct) : [];
        if (ontvangers.Count == 0) ontvangers = await RegiocoordinatorenAsync(ct);
        foreach (var gebruiker in ontvangers) AanGebruiker(gebruiker, soort, casusId, onderwerpId, sleutel);
        return ontvangers;
    }

    private Task<List<Guid>> AccountsAsync(IReadOnlyCollection<Guid> medewerkers, CancellationToken ct) =>
        db.Users.Where(u => u.Actief && u.MedewerkerId != null && medewerkers.Contains(u.MedewerkerId.Value))
            .Select(u => u.Id).ToListAsync(ct);

    private Task<List<Guid>> RegiocoordinatorenAsync(CancellationToken ct)
    {
        var rol = db.Roles.Where(r => r.Name == Rollen.Regiocoordinator).Select(r => r.Id);
        return db.Users.Where(u => u.Actief && db.UserRoles.Any(ur => ur.UserId == u.Id && rol.Contains(ur.RoleId)))
            .Select(u => u.Id).ToListAsync(ct);
    }
}
