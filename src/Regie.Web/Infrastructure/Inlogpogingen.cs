using System.Collections.Concurrent;

namespace Regie.Web.Infrastructure;

/// <summary>Failed logins, kept in memory per app instance. Blocking counts per (e-mailadres, client address) pair, so a
/// stranger elsewhere cannot shut the owner out; the delay grows per e-mailadres over all addresses, so guessing from
/// many addresses stays slow. Known and unknown addresses are treated the same, so nothing reveals an account.</summary>
public sealed class Inlogpogingen(TimeProvider clock, Microsoft.Extensions.Options.IOptions<Configuratie.InloggenOpties> opties)
{
    public const int MaxPogingen = 5;
    public static readonly TimeSpan Venster = TimeSpan.FromMinutes(15);
    private const int MaxRegels = 100_000;

    private readonly record struct Teller(int Aantal, DateTimeOffset Laatste);

    private readonly ConcurrentDictionary<string, Teller> perPaar = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Teller> perAccount = new(StringComparer.Ordinal);

    public bool IsGeblokkeerd(string email, string? ip) => Aantal(perPaar, Paar(email, ip)) >= MaxPogingen;

    /// <summary>0, 0, 0, 1, 2, 4, 8 … seconds after 0, 1, 2, 3 … recent failures for this e-mailadres, capped by
    /// Regie:Inloggen:MaxVertragingSeconden (default 8; 0 switches the delay off, as the tests do).</summary>
    public TimeSpan Vertraging(string email)
    {
        var max = opties.Value.MaxVertragingSeconden;
        var fouten = Aantal(perAccount, Account(email));
        if (max <= 0 || fouten < 3) return TimeSpan.Zero;
        return TimeSpan.FromSeconds(Math.Min(max, Math.Pow(2, Math.Min(fouten - 3, 16))));
    }

    public void Mislukt(string email, string? ip)
    {
        var nu = clock.GetUtcNow();
        Tel(perPaar, Paar(email, ip), nu);
        Tel(perAccount, Account(email), nu);
        if (perPaar.Count + perAccount.Count > MaxRegels) Opruimen(nu);
    }

    public void Gelukt(string email, string? ip)
    {
        perPaar.TryRemove(Paar(email, ip), out _);
        perAccount.TryRemove(Account(email), out _);
    }

    private int Aantal(ConcurrentDictionary<string, Teller> tellers, string sleutel) =>
        tellers.TryGetValue(sleutel, out var t) && clock.GetUtcNow() - t.Laatste < Venster ? t.Aantal : 0;

    // A failure after a quiet quarter of an hour starts counting again from one.
    private void Tel(ConcurrentDictionary<string, Teller> tellers, string sleutel, DateTimeOffset nu) =>
        tellers.AddOrUpdate(sleutel, new Teller(1, nu), (_, t) => nu - t.Laatste < Venster ? new Teller(t.Aantal + 1, nu) : new Teller(1, nu));

    private void Opruimen(DateTimeOffset nu)
    {
        foreach (var tellers in new[] { perPaar, perAccount })
            foreach (var (sleutel, t) in tellers)
                if (nu - t.Laatste >= Venster) tellers.TryRemove(sleutel, out _);
    }

    private static string Account(string email) => email.Trim().ToUpperInvariant();

    private static string Paar(string email, string? ip) => $"{Account(email)}|{ip ?? "onbekend"}";
}
