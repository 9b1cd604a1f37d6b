using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Configuratie;

namespace Regie.Web.Infrastructure;

/// <summary>Hardening that holds for every page: headers, rate limits, shared data-protection keys, proxy headers.</summary>
public static class Beveiliging
{
    public const string InlogLimiet = "inloggen";
    public const string VerificatieLimiet = "verificatie";

    // No inline scripts or styles anywhere: everything the pages need is served from the app itself.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void AddRegieBeveiliging(this WebApplicationBuilder builder)
    {
        // Several app instances share one key ring, so each accepts the others' cookies and antiforgery tokens.
        var sleutels = builder.Services.AddDataProtection().SetApplicationName("Regie").PersistKeysToDbContext<RegieDbContext>();
        // The keys sign the login cookies: in the database they are encrypted with this certificate when one is given.
        if (Certificaat(Instellingen.Lees<DataProtectionOpties>(builder.Configuration, DataProtectionOpties.Sectie)) is { } certificaat) sleutels.ProtectKeysWithCertificate(certificaat);

        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "Regie.Antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        var proxies = Instellingen.Lees<ProxyOpties>(builder.Configuration, ProxyOpties.Sectie);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind the TLS-terminating proxy: trust X-Forwarded-For/Proto from the proxy addresses configured here.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; then anyone on the machine could pick their own address for
            // the login rate limit. Only the proxies configured here are trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies) o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });

        builder.Services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = true; });

        var limieten = Instellingen.Lees<RateLimitOpties>(builder.Configuration, RateLimitOpties.Sectie);
        var perMinuut = limieten.InloggenPerMinuut;
        var verificatiesPerMinuut = limieten.VerificatiesPerMinuut;
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(InlogLimiet, context =>
                // Only posts count: looking at the form is free, trying passwords or tokens is not.
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("lezen"));
            // The public verification page: every look-up counts, so codes cannot be tried in bulk.
            o.AddPolicy(VerificatieLimiet, context =>
                RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = verificatiesPerMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("U hebt het te vaak achter elkaar geprobeerd. Wacht een minuut en probeer het dan opnieuw.", ct);
            };
        });
    }

    /// <summary>The certificate of Regie:DataProtection:Certificaat (a .pfx, with Regie:DataProtection:CertificaatWachtwoord).</summary>
    private static X509Certificate2? Certificaat(DataProtectionOpties opties)
    {
        if (opties.Certificaat is not { Length: > 0 } pad) return null;
        try
        {
            var certificaat = X509CertificateLoader.LoadPkcs12FromFile(pad, opties.CertificaatWachtwoord);
            return certificaat.HasPrivateKey ? certificaat
                : throw new StartFout($"Het certificaat {pad} (Regie:DataProtection:Certificaat) heeft geen privésleutel.");
        }
        catch (CryptographicException e)
        {
            throw new StartFout($"Het certificaat {pad} (Regie:DataProtection:Certificaat) kan niet worden gelezen: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new StartFout($"Het certificaat {pad} (Regie:DataProtection:Certificaat) kan niet worden gelezen: {e.Message}", e);
        }
    }

    public static void UseRegieBeveiliging(this WebApplication app)
    {
        if (!Opstartcontrole.IsOntwikkelingOfTest(app.Environment) && string.IsNullOrEmpty(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataProtectionOpties>>().Value.Certificaat))
            app.Logger.LogWarning("De sleutels van de inlogcookies staan onversleuteld in de database: zet Regie:DataProtection:Certificaat (een .pfx) om ze te versleutelen.");
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing")) app.UseHsts();
        app.Use(async (context, next) =>
        {
            ZetKoppen(context.Response.Headers);
            await next();
        });
    }

    /// <summary>The security headers of every answer; a page written after Response.Clear() sets them again.</summary>
    public static void ZetKoppen(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
