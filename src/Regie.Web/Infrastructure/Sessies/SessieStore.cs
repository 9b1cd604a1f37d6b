using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Sessies;

/// <summary>Regie:Sessies. How long an instance trusts what it read from the sessions table: a session ended on
/// another instance is refused here at most this long afterwards.</summary>
public sealed class SessieOpties
{
    [Range(0, 300, ErrorMessage = "Regie:Sessies:CacheSeconden moet tussen {1} en {2} liggen.")]
    public int CacheSeconden { get; set; } = 5;
}

/// <summary>The login cookie's tickets in PostgreSQL (<see cref="Sessie"/>), shared by every app instance, with a
/// few seconds of memory in front so an ordinary page view reads nothing from the database.</summary>
public sealed class SessieStore(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection,
    TimeProvider clock, IOptions<SessieOpties> opties) : ITicketStore, IDisposable
{
    /// <summary>The key of the session in the signed-in user's own claims, so a page can end all other sessions.</summary>
    public const string SleutelClaim = "regie:sessie";

    private static readonly TimeSpan StandaardLooptijd = TimeSpan.FromHours(8);
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Regie.Sessies.Ticket");
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    // What was read and when; a null ticket remembers a key that does not exist (an ended session replayed).
    private sealed record Gelezen(AuthenticationTicket? Ticket, DateTimeOffset Op);

    public async Task<string> StoreAsync(AuthenticationTicket ticket) => await StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var sleutel = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var metSleutel = MetSleutel(ticket, sleutel);
        var nu = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        // A login is rare next to page views: a good moment to clear sessions nobody can use any more.
        await db.Sessies.Where(s => s.VerlooptOp < nu).ExecuteDeleteAsync(cancellationToken);
        db.Sessies.Add(new Sessie(sleutel, GebruikerId(ticket), Bescherm(metSleutel), nu, VerlooptOp(ticket, nu)));
        await db.SaveChangesAsync(cancellationToken);
        Onthoud(sleutel, metSleutel);
        return sleutel;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    /// <summary>Only updates: a session ended meanwhile (perhaps on another instance) is never brought back.</summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var metSleutel = MetSleutel(ticket, key);
        var bytes = Bescherm(metSleutel);
        var gebruikerId = GebruikerId(ticket);
        var verlooptOp = VerlooptOp(ticket, clock.GetUtcNow());
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var bijgewerkt = await db.Sessies.Where(s => s.Sleutel == key).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, bytes)
            .SetProperty(x => x.GebruikerId, gebruikerId)
            .SetProperty(x => x.VerlooptOp, verlooptOp), cancellationToken);
        if (bijgewerkt == 1) Onthoud(key, metSleutel);
        else Vergeet(key);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow();
        if (_cache.TryGetValue(key, out Gelezen? gelezen) && gelezen is not null && nu - gelezen.Op < CacheTijd)
            return gelezen.Ticket?.Clone();

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var bytes = await db.Sessies.AsNoTracking().Where(s => s.Sleutel == key && s.VerlooptOp > nu)
            .Select(s => s.Ticket).SingleOrDefaultAsync(cancellationToken);
        var ticket = bytes is null ? null : Lees(bytes);
        Onthoud(key, ticket);
        return ticket?.Clone();
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        Vergeet(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        await db.Sessies.Where(s => s.Sleutel == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Ends every session of this account except <paramref name="behalve"/> (the one making the change, if
    /// any): here at once, on other instances within <see cref="SessieOpties.CacheSeconden"/>.</summary>
    public async Task<int> BeeindigAsync(RegieDbContext db, Guid gebruikerId, string? behalve, CancellationToken ct)
    {
        var sleutels = await db.Database.SqlQuery<string>(
            $"""DELETE FROM "Sessies" WHERE "GebruikerId" = {gebruikerId} AND "Sleutel" <> {behalve ?? ""} RETURNING "Sleutel" AS "Value" """)
            .ToListAsync(ct);
        foreach (var sleutel in sleutels) Vergeet(sleutel);
        return sleutels.Count;
    }

    public void Dispose() => _cache.Dispose();

    public static string? SleutelVan(ClaimsPrincipal user) => user.FindFirstValue(SleutelClaim);

    private TimeSpan CacheTijd => TimeSpan.FromSeconds(opties.Value.CacheSeconden);

    private void Onthoud(string sleutel, AuthenticationTicket? ticket)
    {
        if (CacheTijd <= TimeSpan.Zero) return;
        // The memory cache's own (real-time) expiry only frees memory; freshness is judged with the app's clock above.
        _cache.Set(sleutel, new Gelezen(ticket, clock.GetUtcNow()), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = CacheTijd });
    }

    private void Vergeet(string sleutel) => _cache.Remove(sleutel);

    private byte[] Bescherm(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    // A ticket that cannot be read (for instance after the key ring was lost) counts as no session: log in again.
    private AuthenticationTicket? Lees(byte[] bytes)
    {
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static AuthenticationTicket MetSleutel(AuthenticationTicket ticket, string sleutel)
    {
        var kopie = ticket.Clone();
        if (kopie.Principal.Identity is ClaimsIdentity identity)
        {
            foreach (var oud in identity.FindAll(SleutelClaim).ToList()) identity.RemoveClaim(oud);
            identity.AddClaim(new Claim(SleutelClaim, sleutel));
        }
        return kopie;
    }

    private static Guid GebruikerId(AuthenticationTicket ticket) =>
        Guid.TryParse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new InvalidOperationException("Een inlogsessie zonder gebruiker kan niet worden bewaard.");

    private static DateTimeOffset VerlooptOp(AuthenticationTicket ticket, DateTimeOffset nu) =>
        ticket.Properties.ExpiresUtc ?? nu + StandaardLooptijd;
}
