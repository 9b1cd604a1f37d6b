using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Email;

namespace Regie.Web.Infrastructure;

/// <summary>What an invitation page needs: the login (without password), its role and a single-use link, then a
/// mail or, without SMTP, the link for the inviter to pass on.</summary>
public sealed class Uitnodigingen(RegieDbContext db, UserManager<Gebruiker> users, Mailer mailer, TimeProvider clock,
    LinkGenerator links, IHttpContextAccessor http)
{
    public sealed record NieuwAccount(string Naam, string Email, string Rol, Guid? MedewerkerId = null, Guid? BetrokkeneId = null);

    /// <summary>Fouten are Identity's (Dutch) refusals; otherwise Link is set and Verstuurd says whether it went by mail.</summary>
    public sealed record Resultaat(IReadOnlyList<IdentityError> Fouten, string? Link, bool Verstuurd)
    {
        public bool Gelukt => Fouten.Count == 0;
    }

    /// <summary>Whatever the caller has already added to the DbContext (a Medewerker, logboek lines) is saved in the same
    /// transaction as the account and the invitation: all of it, or none of it.</summary>
    public async Task<Resultaat> NodigUitAsync(NieuwAccount account, string uitgenodigdDoor, CancellationToken ct)
    {
        var email = account.Email.Trim().ToLowerInvariant();
        var gebruiker = new Gebruiker
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            Naam = account.Naam.Trim(),
            MedewerkerId = account.MedewerkerId,
            BetrokkeneId = account.BetrokkeneId,
        };
        var uitnodiging = new Uitnodiging(gebruiker.Id, email, uitgenodigdDoor, clock.GetUtcNow(), out var token);

        await using (var transactie = await db.Database.BeginTransactionAsync(ct))
        {
            db.Uitnodigingen.Add(uitnodiging);
            var result = await users.CreateAsync(gebruiker);
            if (result.Succeeded) result = await users.AddToRoleAsync(gebruiker, account.Rol);
            if (!result.Succeeded)
            {
                db.ChangeTracker.Clear();
                return new Resultaat([.. result.Errors], null, false);
            }
            await transactie.CommitAsync(ct);
        }

        return await VerstuurAsync(gebruiker, uitgenodigdDoor, token, ct);
    }

    /// <summary>For an account that never got a password, for example because the first link expired. The new link
    /// replaces the older ones: they stop working now, so a link sent to a wrong address can be made useless.</summary>
    public async Task<Resultaat> NodigOpnieuwUitAsync(Gebruiker gebruiker, string uitgenodigdDoor, CancellationToken ct)
    {
        var bruikbaar = Bruikbaar(clock.GetUtcNow());
        var oude = await db.Uitnodigingen.Where(bruikbaar).Where(u => u.GebruikerId == gebruiker.Id).ToListAsync(ct);
        return await NodigOpnieuwUitAsync(new AccountMetLinks(gebruiker, oude), uitgenodigdDoor, ct);
    }

    /// <summary>An account with the links that still work, read together (one query) by <see cref="VanBetrokkeneAsync"/>.</summary>
    public sealed record AccountMetLinks(Gebruiker Gebruiker, List<Uitnodiging> Bruikbaar);

    /// <summary>The account of a betrokkene (an ouder) with its working links, tracked, for <see cref="NodigOpnieuwUitAsync(AccountMetLinks, string, CancellationToken)"/>.</summary>
    public Task<AccountMetLinks?> VanBetrokkeneAsync(Guid betrokkeneId, CancellationToken ct)
    {
        var bruikbaar = Bruikbaar(clock.GetUtcNow());
        return db.Users.Where(u => u.BetrokkeneId == betrokkeneId)
            .Select(u => new AccountMetLinks(u, db.Uitnodigingen.Where(bruikbaar).Where(x => x.GebruikerId == u.Id).ToList()))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>A link that can still be used: not used, not expired.</summary>
    private static System.Linq.Expressions.Expression<Func<Uitnodiging, bool>> Bruikbaar(DateTimeOffset nu) =>
        u => u.GebruiktOp == null && u.VerlooptOp > nu;

    public async Task<Resultaat> NodigOpnieuwUitAsync(AccountMetLinks account, string uitgenodigdDoor, CancellationToken ct)
    {
        var (gebruiker, oude) = (account.Gebruiker, account.Bruikbaar);
        var nu = clock.GetUtcNow();
        foreach (var uitnodiging in oude) uitnodiging.Intrekken(nu);
        db.Uitnodigingen.Add(new Uitnodiging(gebruiker.Id, gebruiker.Email!, uitgenodigdDoor, nu, out var token));
        await db.SaveChangesAsync(ct);
        return await VerstuurAsync(gebruiker, uitgenodigdDoor, token, ct);
    }

    /// <summary>For an address that already has an account: nothing is made, but the inviter gets the same answer as
    /// for a real invitation, so the form does not tell whether the address has an account. The owner gets a mail
    /// saying so; without mail the inviter gets a link that, like any used link, shows the 'onbruikbaar' message.</summary>
    public async Task<Resultaat> BestaandAccountAsync(string email, string naam, string uitgenodigdDoor, CancellationToken ct)
    {
        // A token shaped like a real one that is never stored, so its link leads nowhere.
        _ = new Uitnodiging(Guid.Empty, email, uitgenodigdDoor, clock.GetUtcNow(), out var token);
        var tekst = $"""
            Beste {naam},

            {uitgenodigdDoor} wilde u uitnodigen voor Regie, maar met dit e-mailadres hebt u al een account.
            U hoeft niets te doen: log in met uw e-mailadres en uw wachtwoord.
            """;
        var verstuurd = await mailer.VerstuurAsync(email, "Uw uitnodiging voor Regie", tekst, ct);
        return new Resultaat([], Link(token), verstuurd);
    }

    private string Link(string token) =>
        links.GetUriByPage(http.HttpContext!, "/Uitnodigen/Uitnodiging", handler: null, values: new { token })
            ?? throw new InvalidOperationException("De pagina /Uitnodigen/Uitnodiging bestaat niet.");

    private async Task<Resultaat> VerstuurAsync(Gebruiker gebruiker, string uitgenodigdDoor, string token, CancellationToken ct)
    {
        var link = Link(token);
        var verstuurd = await mailer.VerstuurAsync(gebruiker.Email!, "Uw uitnodiging voor Regie", Tekst(gebruiker.Naam, uitgenodigdDoor, link), ct);
        return new Resultaat([], link, verstuurd);
    }

    /// <summary>Puts the melding, and without mail the link, in TempData for the page the inviter is sent back to.</summary>
    public static void Meld(ITempDataDictionary tempData, Resultaat resultaat, string naam, string email)
    {
        tempData["Melding"] = Melding(resultaat, naam, email);
        if (resultaat.Verstuurd) return;
        tempData["Uitnodigingslink"] = resultaat.Link;
        tempData["Uitnodigingsnaam"] = naam;
    }

    private static string Melding(Resultaat resultaat, string naam, string email) => resultaat.Verstuurd
        ? $"{naam} is uitgenodigd. De uitnodiging is per e-mail verstuurd naar {email}."
        : $"{naam} is uitgenodigd. Er is geen e-mail verstuurd: geef de link hieronder zelf door.";

    private static string Tekst(string naam, string door, string link) =>
        $"""
        Beste {naam},

        {door} heeft u uitgenodigd voor Regie, de samenwerkingsafspraken rond het gezin.
        Kies via deze link een wachtwoord:

        {link}

        De link werkt één keer en is {Uitnodiging.Geldigheid.Days} dagen geldig. Is hij verlopen? Vraag dan om een nieuwe uitnodiging.
        """;
}
