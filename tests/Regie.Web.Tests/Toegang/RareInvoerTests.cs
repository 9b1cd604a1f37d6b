using System.Net;
using AngleSharp.Html.Dom;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Toegang;

/// <summary>Every page and every handler, found in the app itself (a new page is covered without touching this test),
/// as each role, with the nasty posts a hand-made request can send: empty, NUL, 100 KB text, wrong types, multipart.
/// Never a 500 or a stack trace, and a refused post changes no case data (its logboek row aside).</summary>
public sealed partial class RareInvoerTests(RegieApp app) : IClassFixture<RegieApp>
{
    public static TheoryData<string> Rollen() => ["", "jeugdconsulent", "jeugdbeschermer", "behandelaar", "ouder", "regiocoordinator", "beheerder"];

    private enum Soort { Leeg, Nul, Lang, VerkeerdType, Multipart }

    [Theory]
    [MemberData(nameof(Rollen))]
    public async Task Geen_enkele_pagina_of_handler_geeft_een_500_en_een_geweigerde_post_verandert_niets(string account)
    {
        var paginas = await PaginasAsync();
        Assert.True(paginas.Count >= 30, $"Maar {paginas.Count} pagina's gevonden: het opzoeken van de pagina's is stuk.");
        var fouten = new List<string>();
        var client = await ClientAsync(account);
        var casusId = await EigenCasusAsync(client, account);
        var gepost = 0;

        foreach (var pagina in paginas)
        {
            var url = await UrlAsync(pagina.Route, casusId);
            var get = await client.GetAsync(url);
            Controleer(fouten, "GET", url, get, await get.Content.ReadAsStringAsync());
            var bereikt = get.StatusCode == HttpStatusCode.OK;
            if (bereikt && get.Content.Headers.ContentType?.MediaType == "text/html")
                await PostEchteFormulierenAsync(client, url, await RegieApp.LeesHtmlAsync(get), fouten);

            foreach (var (naam, type) in pagina.GetVelden)
            {
                foreach (var waarde in new[] { "a\0b", new string('x', 100_000), "abc'\"<script>" })
                {
                    var vraag = $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{Uri.EscapeDataString(naam)}={Uri.EscapeDataString(waarde)}";
                    var antwoord = await client.GetAsync(vraag);
                    Controleer(fouten, "GET", $"{url}?{naam}=({type.Name})", antwoord, await antwoord.Content.ReadAsStringAsync());
                }
            }

            foreach (var handler in pagina.PostHandlers)
            {
                var doel = handler.Naam is null ? url : $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler.Naam}";
                // Whoever cannot reach the page only gets the empty post: the permission matrix covers the rest.
                foreach (var soort in bereikt ? Enum.GetValues<Soort>() : [Soort.Leeg])
                {
                    var token = await TokenAsync(client, account);
                    if (token is null) { client = await ClientAsync(account); token = await TokenAsync(client, account); }
                    var voor = await CasusgegevensAsync();
                    var antwoord = await client.PostAsync(doel, Inhoud(soort, handler.Velden, token ?? ""));
                    var tekst = await antwoord.Content.ReadAsStringAsync();
                    gepost++;
                    var wat = $"POST {doel} [{soort}]";
                    Controleer(fouten, "POST", wat, antwoord, tekst);
                    var veranderd = voor != await CasusgegevensAsync();
                    var geweigerd = (int)antwoord.StatusCode is < 300 or >= 400;
                    if (veranderd && (geweigerd || soort is not Soort.VerkeerdType))
                        fouten.Add($"{wat}: {(int)antwoord.StatusCode}, maar de casusgegevens zijn veranderd");
                    if (soort is Soort.Leeg or Soort.Nul && antwoord.StatusCode == HttpStatusCode.OK && handler.Velden.Count > 0
                        && !tekst.Contains("field-validation-error", StringComparison.Ordinal) && !tekst.Contains("role=\"alert\"", StringComparison.Ordinal))
                        fouten.Add($"{wat}: 200 zonder foutmelding");
                    if (antwoord.Headers.Location?.OriginalString.Contains("/Account/Inloggen", StringComparison.Ordinal) == true && account != "")
                        client = await ClientAsync(account); // logged out (Uitloggen): log in again for the next post
                }
            }
        }

        Assert.True(gepost > 20, $"Maar {gepost} posts: het opzoeken van de handlers is stuk.");
        Assert.True(fouten.Count == 0, $"{fouten.Count} fouten als '{account}':\n" + string.Join('\n', fouten.Distinct().Take(60)));
    }

    /// <summary>The page's own forms as a browser fills them, with every text field replaced: NUL in a multipart post
    /// (the other fields stay valid, so the text reaches the database unless it is refused) and 100 KB of text.</summary>
    private async Task PostEchteFormulierenAsync(HttpClient client, string url, IHtmlDocument pagina, List<string> fouten)
    {
        foreach (var form in pagina.QuerySelectorAll("form[method=post]").Where(f => f.GetAttribute("action") != "/Account/Uitloggen"))
        {
            var tekstvelden = form.QuerySelectorAll("textarea[name], input[name]:not([type]), input[name][type=text], input[name][type=email], input[name][type=tel], input[name][type=search]")
                .Select(e => e.GetAttribute("name")!).Distinct().ToList();
            if (tekstvelden.Count == 0) continue;
            foreach (var (waarde, multipart) in new[] { ("a\0b", true), (new string('x', 100_000), false) })
            {
                var formulier = Formulier.Van(form, url);
                foreach (var veld in tekstvelden) formulier[veld] = waarde;
                var voor = await CasusgegevensAsync();
                var antwoord = multipart ? await formulier.PostMultipartAsync(client) : await formulier.PostAsync(client);
                var wat = $"POST {formulier.Actie} formulier met {(multipart ? "NUL (multipart)" : "100 KB")} in {string.Join(", ", tekstvelden)}";
                Controleer(fouten, "POST", wat, antwoord, await antwoord.Content.ReadAsStringAsync());
                if (voor != await CasusgegevensAsync()) fouten.Add($"{wat}: {(int)antwoord.StatusCode}, maar de casusgegevens zijn veranderd");
            }
        }
    }

    private static void Controleer(List<string> fouten, string methode, string wat, HttpResponseMessage antwoord, string tekst)
    {
        if ((int)antwoord.StatusCode >= 500) fouten.Add($"{wat}: {(int)antwoord.StatusCode}");
        else if (tekst.Contains("Exception", StringComparison.Ordinal) || StackTrace().IsMatch(tekst)) fouten.Add($"{wat}: stack trace in het antwoord");
        _ = methode;
    }

    private static HttpContent Inhoud(Soort soort, IReadOnlyList<(string Naam, Type Type)> velden, string token)
    {
        var paren = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        foreach (var (naam, type) in velden)
        {
            var tekstveld = type == typeof(string) || type == typeof(List<string>);
            string? waarde = soort switch
            {
                Soort.Nul or Soort.Multipart => "a\0b",
                Soort.Lang => tekstveld ? new string('x', 100_000) : null,
                Soort.VerkeerdType => tekstveld ? "<b>abc</b>'\"" : "abc",
                _ => null,
            };
            if (waarde is not null) paren.Add(new(naam, waarde));
        }
        if (soort != Soort.Multipart) return new FormUrlEncodedContent(paren);
        var multipart = new MultipartFormDataContent();
        foreach (var (naam, waarde) in paren) multipart.Add(new StringContent(waarde, Encoding.UTF8), naam);
        return multipart;
    }

    // ---- the app's own page list ----

    private sealed record Handler(string? Naam, IReadOnlyList<(string Naam, Type Type)> Velden);

    private sealed record Pagina(RoutePattern Route, IReadOnlyList<Handler> PostHandlers, IReadOnlyList<(string Naam, Type Type)> GetVelden);

    private async Task<List<Pagina>> PaginasAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var paginas = new List<Pagina>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } beschrijving) continue;
            var pagina = await loader.LoadAsync(beschrijving, endpoint.Metadata);
            var routeNamen = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var eigenschappen = pagina.BoundProperties.Cast<PageBoundPropertyDescriptor>().ToList();
            var posts = pagina.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)).Select(h => new Handler(h.Name,
                    eigenschappen.SelectMany(p => Velden(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType))
                        .Concat(h.Parameters.Where(p => !routeNamen.Contains(p.Name) && p.ParameterType != typeof(CancellationToken))
                            .SelectMany(p => Velden(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType))).ToList()))
                .ToList();
            var getVelden = eigenschappen.Where(p => p.Property.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.BindPropertyAttribute), true)
                        .Cast<Microsoft.AspNetCore.Mvc.BindPropertyAttribute>().Any(b => b.SupportsGet))
                    .SelectMany(p => Velden(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType))
                .Concat(pagina.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Parameters)
                    .Where(p => !routeNamen.Contains(p.Name) && p.ParameterType != typeof(CancellationToken))
                    .SelectMany(p => Velden(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)))
                .DistinctBy(v => v.Naam).ToList();
            // A page with a POST but no handler method still answers a post (antiforgery, 404): post to it anyway.
            if (posts.Count == 0) posts.Add(new Handler(null, []));
            paginas.Add(new Pagina(endpoint.RoutePattern, posts, getVelden));
        }
        return paginas.DistinctBy(p => p.Route.RawText).ToList();
    }

    /// <summary>The form fields a type binds from: itself when it is one value, else its settable properties, one level deep.</summary>
    private static IEnumerable<(string Naam, Type Type)> Velden(string naam, Type type)
    {
        if (IsEnkeleWaarde(type)) return [(naam, type)];
        return type.GetProperties().Where(p => p.CanWrite && IsEnkeleWaarde(p.PropertyType)).Select(p => ($"{naam}.{p.Name}", p.PropertyType));
    }

    private static bool IsEnkeleWaarde(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>)) t = t.GetGenericArguments()[0];
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(decimal);
    }

    /// <summary>A URL for the route: the account's own casus, real ids of that casus where the name says which, else a random id.</summary>
    private async Task<string> UrlAsync(RoutePattern route, Guid casusId)
    {
        await using var db = app.NieuweDbContext();
        var pad = new StringBuilder();
        foreach (var segment in route.PathSegments)
        {
            pad.Append('/');
            foreach (var deel in segment.Parts)
            {
                pad.Append(deel switch
                {
                    RoutePatternLiteralPart l => l.Content,
                    RoutePatternSeparatorPart s => s.Content,
                    RoutePatternParameterPart { Name: "casusId" } => casusId.ToString(),
                    RoutePatternParameterPart { Name: "betrokkeneId" } => (await db.Betrokkenen.Where(b => b.CasusId == casusId).Select(b => b.Id).FirstOrDefaultAsync()).ToString(),
                    RoutePatternParameterPart { Name: "taakId" } => (await db.Taken.Where(t => t.CasusId == casusId).Select(t => t.Id).FirstOrDefaultAsync()).ToString(),
                    RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content?.StartsWith("int", StringComparison.Ordinal) == true) => "1",
                    RoutePatternParameterPart { IsOptional: true } => "",
                    RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") => Guid.NewGuid().ToString(),
                    _ => "onbekend",
                });
            }
        }
        var url = pad.ToString().TrimEnd('/');
        return url.Length == 0 ? "/" : url;
    }

    // ---- accounts and data ----

    private async Task<HttpClient> ClientAsync(string account) => account == "" ? app.NieuweClient() : await app.IngelogdAlsAsync(account);

    /// <summary>The casus the account works in (Tukker for the ouder, and for roles without one: they must get 404 there).</summary>
    private async Task<Guid> EigenCasusAsync(HttpClient client, string account)
    {
        if (account is "jeugdbeschermer")
        {
            await using var db = app.NieuweDbContext();
            return await db.Casussen.Where(c => c.Code != DemoData.TukkerCode).OrderBy(c => c.Code).Select(c => c.Id).FirstAsync();
        }
        await using var tukker = app.NieuweDbContext();
        _ = client;
        return await tukker.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private static async Task<string?> TokenAsync(HttpClient client, string account)
    {
        // Every page of a logged-in user carries the logout form; the token is the user's, not the page's.
        var start = await client.GetAsync("/");
        if (start.Headers.Location is { } verder) start = await client.GetAsync(verder);
        var pagina = await RegieApp.LeesHtmlAsync(start);
        return pagina.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
    }

    /// <summary>A fingerprint of every table of case and account data except the logboek (and the PDF cache, the key
    /// ring and login sessions: logging out or a 2FA change rightly ends sessions).</summary>
    private async Task<string> CasusgegevensAsync()
    {
        await using var db = app.NieuweDbContext();
        var tabellen = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>()
            .Where(t => t is not ("Logboek" or "HandreikingPdfs" or "DataProtectionKeys" or "Sessies") && !t.StartsWith("AspNetUser", StringComparison.Ordinal))
            .Distinct().Order().ToList();
        // Table names come from the EF model, not from input.
        var sql = "SELECT " + string.Join(" || ", tabellen.Select(t => "(SELECT coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') FROM \"" + t + "\" x)")) + " AS \"Value\"";
        return await db.Database.SqlQueryRaw<string>(sql).SingleAsync();
    }

    [GeneratedRegex(@"^\s+at \w", RegexOptions.Multiline)]
    private static partial Regex StackTrace();
}
