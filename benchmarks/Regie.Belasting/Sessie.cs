using System.Net;
using System.Text.RegularExpressions;
using Regie.Web.Demo;

namespace Regie.Belasting;

/// <summary>A logged-in demo account: its cookies (kept by hand, so the same session can be sent to any address and
/// handed to wrk) and the antiforgery token of its forms. Takes every refreshed cookie, as a browser does.</summary>
public sealed partial class Sessie
{
    public const string Jeugdconsulent = $"jeugdconsulent@{DemoData.Domein}";
    public const string Ouder = $"ouder@{DemoData.Domein}";

    // One connection pool for every session and loop; redirects are answers to count, not to follow.
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    }) { Timeout = TimeSpan.FromSeconds(30) };

    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public Sessie(Uri basis, string? host = null)
    {
        Basis = basis;
        Host = host;
    }

    public Uri Basis { get; }

    /// <summary>Host header to send (the public address the apps are configured with), when it differs from <see cref="Basis"/>.</summary>
    public string? Host { get; }

    public string? Token { get; private set; }

    public string CookieHeader
    {
        get { lock (_cookies) return string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")); }
    }

    /// <summary>The same session, sent to another address (another instance, or the proxy).</summary>
    public Sessie Naar(Uri basis, string? host)
    {
        var kopie = new Sessie(basis, host) { Token = Token };
        lock (_cookies) foreach (var (k, v) in _cookies) kopie._cookies[k] = v;
        return kopie;
    }

    public static async Task<Sessie> InloggenAsync(Uri basis, string? host, string email, CancellationToken ct)
    {
        var sessie = new Sessie(basis, host);
        var formulier = await sessie.TekstAsync("/Account/Inloggen", ct);
        using var antwoord = await sessie.PostAsync("/Account/Inloggen", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Wachtwoord"] = DemoData.Wachtwoord, ["__RequestVerificationToken"] = TokenUit(formulier),
        }, ct);
        if (antwoord.StatusCode != HttpStatusCode.Redirect || !sessie.CookieHeader.Contains("Regie.Inlog=", StringComparison.Ordinal))
            throw new InvalidOperationException($"Inloggen als {email} mislukte: {(int)antwoord.StatusCode}.");
        return sessie;
    }

    /// <summary>Reads the antiforgery token from a logged-in page; it stays valid for this session, for any form.</summary>
    public async Task ZorgVoorTokenAsync(string pad, CancellationToken ct) => Token ??= TokenUit(await TekstAsync(pad, ct));

    public async Task<HttpResponseMessage> GetAsync(string pad, CancellationToken ct) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(Basis, pad)), ct);

    public async Task<HttpResponseMessage> PostAsync(string pad, Dictionary<string, string> velden, CancellationToken ct) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(Basis, pad)) { Content = new FormUrlEncodedContent(velden) }, ct);

    /// <summary>GET that must answer 200; returns the body.</summary>
    public async Task<string> TekstAsync(string pad, CancellationToken ct)
    {
        using var antwoord = await GetAsync(pad, ct);
        var tekst = await antwoord.Content.ReadAsStringAsync(ct);
        if (antwoord.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {pad} gaf {(int)antwoord.StatusCode} {antwoord.Headers.Location} in plaats van 200.");
        return tekst;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage verzoek, CancellationToken ct)
    {
        using (verzoek)
        {
            if (Host is not null) verzoek.Headers.Host = Host;
            var cookies = CookieHeader;
            if (cookies.Length > 0) verzoek.Headers.Add("Cookie", cookies);
            var antwoord = await Client.SendAsync(verzoek, ct);
            if (antwoord.Headers.TryGetValues("Set-Cookie", out var gezet))
            {
                lock (_cookies)
                {
                    foreach (var regel in gezet)
                    {
                        var paar = regel.Split(';')[0];
                        var is_ = paar.IndexOf('=', StringComparison.Ordinal);
                        if (is_ <= 0) continue;
                        var (naam, waarde) = (paar[..is_].Trim(), paar[(is_ + 1)..].Trim());
                        if (waarde.Length == 0 || regel.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(naam);
                        else _cookies[naam] = waarde;
                    }
                }
            }
            return antwoord;
        }
    }

    public static string TokenUit(string html) =>
        Token_().Match(html) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("Geen __RequestVerificationToken in het formulier.");

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token_();
}
