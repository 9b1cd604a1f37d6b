using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Infrastructure.Vragenlijsten;

/// <summary>An open questionnaire as a list shows it: where to fill it in and since when.</summary>
public sealed record OpenVragenlijst(Guid AanbodId, DateTimeOffset AangebodenOp);

/// <summary>Offers the ouders' questionnaire to every ouder of a casus who has an account, once per moment.</summary>
public sealed class Vragenlijstaanbieder(RegieDbContext db, Vragenlijstbron bron, Logboekschrijver logboek, TimeProvider clock,
    IOptions<RegieOpties> opties)
{
    /// <summary>Adds an offer for each active ouder of <paramref name="casus"/> with an active account that has none for
    /// <paramref name="moment"/> yet; the caller saves. Returns how many were added.</summary>
    public async Task<int> BiedOudersAanAsync(Casus casus, Vragenlijstversie versie, string moment, CancellationToken ct)
    {
        var ouders = casus.Betrokkenen.Where(b => b.IsOuder && b.IsActief).Select(b => b.Id).ToList();
        var gebruikers = await db.Users.AsNoTracking()
            .Where(u => u.Actief && u.BetrokkeneId != null && ouders.Contains(u.BetrokkeneId.Value))
            .Where(u => !db.Vragenlijstaanbiedingen.Any(a => a.GebruikerId == u.Id && a.Moment == moment))
            .Select(u => u.Id).ToListAsync(ct);
        var nu = clock.GetUtcNow();
        foreach (var gebruiker in gebruikers) db.Vragenlijstaanbiedingen.Add(Vragenlijstaanbod.VoorOuder(gebruiker, versie, casus, moment, nu));
        return gebruikers.Count;
    }

    /// <summary>After a saved vaststelling, when the region switched <see cref="RegieOpties.VragenlijstNaVaststelling"/> on:
    /// offer and save at once. The vaststelling is already saved; the offer is an extra that must not undo it.</summary>
    public async Task NaVaststellingAsync(Casus casus, Guid versieId, CancellationToken ct)
    {
        if (!opties.Value.VragenlijstNaVaststelling) return;
        var versie = await bron.HuidigeAsync(Doelgroep.Ouders, ct);
        var aantal = await BiedOudersAanAsync(casus, versie, Vragenlijstaanbod.MomentVaststelling(versieId), ct);
        if (aantal == 0) return;
        logboek.Schrijf(casus.Id, "Vragenlijstaanbod", LogboekActie.Aangemaakt, $"Vragenlijst voor ouders aangeboden aan {aantal} account(s) na vaststelling");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Databaseconflict.IsGelijktijdig(e))
        {
            // Offered by a request at the same moment: the unique index kept one per ouder. Only what this method added goes.
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State == EntityState.Added).ToList()) entry.State = EntityState.Detached;
        }
    }

    /// <summary>The open offers of one account, newest first.</summary>
    public Task<List<OpenVragenlijst>> OpenAsync(Guid gebruikerId, CancellationToken ct) =>
        db.Vragenlijstaanbiedingen.AsNoTracking()
            .Where(a => a.GebruikerId == gebruikerId && a.Status == AanbodStatus.Open)
            .OrderByDescending(a => a.AangebodenOp)
            .Select(a => new OpenVragenlijst(a.Id, a.AangebodenOp)).ToListAsync(ct);
}
