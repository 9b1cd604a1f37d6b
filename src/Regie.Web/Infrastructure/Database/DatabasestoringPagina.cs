namespace Regie.Web.Infrastructure.Database;

/// <summary>The answer while the database is away: 503 with Retry-After and a plain page that needs nothing from the
/// database (no layout, no session, no logboek), so it can always be shown.</summary>
public static class DatabasestoringPagina
{
    /// <summary>Request item set when the answer is this page: the request log then counts it as expected, not as an error.</summary>
    public const string Sleutel = "Regie.Databasestoring";

    public const string Kop = "Regie is even niet bereikbaar";

    /// <summary>Around everything that can touch the database (authentication's session store and security-stamp check,
    /// the 2FA check, every page), inside the developer exception page and the error handler, which then never see it.</summary>
    public static void UseDatabasestoring(this WebApplication app)
    {
        var storing = app.Services.GetRequiredService<Databasestoring>();
        app.Use(async (context, next) =>
        {
            try
            {
                await next();
            }
            catch (Exception e) when (Databasestoring.IsOnbereikbaar(e) && !context.Response.HasStarted)
            {
                storing.Meld(e, context.Request.Path);
                await SchrijfAsync(context);
            }
        });
    }

    private static async Task SchrijfAsync(HttpContext context)
    {
        context.Items[Sleutel] = true;
        var response = context.Response;
        response.Clear();
        Beveiliging.ZetKoppen(response.Headers);
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = Databasestoring.WachtSeconden.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method)) await response.WriteAsync(Html, context.RequestAborted);
    }

    private const string Html = $$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>Even niet bereikbaar – Regie</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
            <link rel="stylesheet" href="/lib/nlds/html.css" />
            <link rel="stylesheet" href="/lib/nlds/document.css" />
            <link rel="stylesheet" href="/lib/nlds/voorbeeld-tokens.css" />
            <link rel="stylesheet" href="/css/regie-thema.css" />
            <link rel="stylesheet" href="/css/site.css" />
        </head>
        <body class="utrecht-document utrecht-document--surface regie-thema">
            <header class="kop">
                <div class="kop-binnen"><a class="merk" href="/">Regie <span class="merk-sub">samenwerkingsafspraken rond het gezin</span></a></div>
            </header>
            <main id="inhoud" class="inhoud utrecht-html">
                <h1>{{Kop}}</h1>
                <p>Uw gegevens zijn veilig; probeer het over een minuut opnieuw.</p>
                <p>Was u iets aan het opslaan? Dan is dat nu niet bewaard. Ga met de knop ‘Terug’ van uw browser terug:
                   wat u typte staat daar meestal nog. Sla het over een minuut opnieuw op.</p>
            </main>
            <footer class="voet">Regie – werken volgens “Regie in 7 samenwerkingsstappen”</footer>
        </body>
        </html>
        """;
}
