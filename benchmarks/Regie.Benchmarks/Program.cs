using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Regie.Benchmarks;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Web.Afdrukken;
using Regie.Web.Demo;
using Regie.Web.Infrastructure.Pdf;

// PDF benchmark: the Tukker-sized and a large handreiking through the app's own renderer and print templates, next to a
// one-paragraph page (the floor), sequentially and 4 at a time; then a stored PDF served against a static file.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var chromium = args.FirstOrDefault() ?? Environment.GetEnvironmentVariable("Regie__Pdf__ChromiumPath") ?? "/usr/bin/chromium";
var wortel = new DirectoryInfo(AppContext.BaseDirectory);
while (wortel is not null && !File.Exists(Path.Combine(wortel.FullName, "Regie.sln"))) wortel = wortel.Parent;
var webRoot = Path.Combine(wortel?.FullName ?? throw new InvalidOperationException("Start de benchmark vanuit de repository."), "src", "Regie.Web", "wwwroot");

var services = new ServiceCollection()
    .AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
    .AddSingleton(Options.Create(new PdfOptions { ChromiumPath = chromium, MaxGelijktijdig = 4, TimeoutSeconds = 120 }))
    .AddSingleton(sp => new ChromiumPdfRenderer(sp.GetRequiredService<IOptions<PdfOptions>>(), webRoot, sp.GetRequiredService<ILogger<ChromiumPdfRenderer>>()))
    .AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<ChromiumPdfRenderer>())
    .AddSingleton<Afdrukmaker>()
    .BuildServiceProvider();
var renderer = services.GetRequiredService<IPdfRenderer>();
var afdrukken = services.GetRequiredService<Afdrukmaker>();

var nu = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
var sjabloon = HandreikingSjabloon.Standaard(nu);
var gemeente = new Organisatie("Gemeente Almelo", OrganisatieType.Gemeente, "GM0141", "Twente");
var zorg = new Organisatie("Jeugdzorg De Linde", OrganisatieType.Zorgaanbieder, null, "Twente");
var tukker = GroteHandreiking.Maak("TW-2026-0042", gemeente, zorg, sjabloon, nu, aantalBetrokkenen: 8, aantalTaken: 7, alineasPerStap: 1);
var groot = GroteHandreiking.Maak("TW-2026-9001", gemeente, zorg, sjabloon, nu);
const string Url = "https://regie.example.nl/Verificatie?code=ABCDE-FGHJK-MNPQR-STUVW";
const string Vloer = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\" /><title>Vloer</title><link rel=\"stylesheet\" href=\"/css/afdruk.css\" /></head>" +
    "<body><p>Eén alinea: de kleinste pagina die dezelfde renderer maakt, met dezelfde kop, voet, lettertypen en opmaak.</p></body></html>";

var documenten = new (string Naam, Func<Task<byte[]>> Maak)[]
{
    ("vloer (1 alinea)", () => renderer.RenderAsync(Vloer, new PdfOpties("Vloer", "vergelijking"), default)),
    ("Tukker (8 betrokkenen, 7 taken)", () => afdrukken.HandreikingAsync(tukker.Versies[0], Url, default)),
    ("groot (40 betrokkenen, 120 taken)", () => afdrukken.HandreikingAsync(groot.Versies[0], Url, default)),
};

Console.WriteLine($"Regie PDF-benchmark · {Environment.ProcessorCount} cores · {RuntimeInformationText()} · Chromium {chromium}");
var start = Stopwatch.StartNew();
var koud = Stopwatch.StartNew();
var eerste = await documenten[0].Maak();
Console.WriteLine($"Eerste PDF (start van de browser inbegrepen): {koud.Elapsed.TotalMilliseconds:F0} ms");
foreach (var d in documenten) await d.Maak(); // warm-up: JIT, Razor, fonts in the browser cache

await using var geheugen = new BrowserGeheugen();
var metingen = new List<Meting>();
foreach (var (parallel, aantallen) in new[] { (1, new[] { 20, 10, 5 }), (4, new[] { 24, 16, 8 }) })
{
    for (var i = 0; i < documenten.Length; i++)
        metingen.Add(await MeetAsync(documenten[i].Naam, documenten[i].Maak, aantallen[i], parallel, geheugen));
}

Console.WriteLine();
Console.WriteLine("| document | parallel | docs | pagina's | KB | ms per document | mediaan latentie ms | documenten/s | piek RSS browser MB | × vloer |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var m in metingen)
{
    var vloer = metingen.First(x => x.Parallel == m.Parallel && x.Naam.StartsWith("vloer", StringComparison.Ordinal));
    Console.WriteLine($"| {m.Naam} | {m.Parallel} | {m.Aantal} | {m.Paginas} | {m.Bytes / 1024} | {m.MsPerDocument:F0} | {m.MediaanMs:F0} | {1000 / m.MsPerDocument:F2} | {m.PiekMb:F0} | {m.MsPerDocument / vloer.MsPerDocument:F1} |");
}

Console.WriteLine();
Console.WriteLine("Serveren van een opgeslagen PDF tegenover een statisch bestand van dezelfde grootte ...");
var grootPdf = await documenten[2].Maak();
var s = await Serveren.MeetAsync(grootPdf, gemeente, zorg, sjabloon, groot);
Console.WriteLine($"Bron: {s.Bron}; {s.Bytes / 1024} KB per verzoek; ms per verzoek.");
Console.WriteLine("| verzoeken | opgeslagen PDF (HandreikingPdfs, geheugen) | zelfde bytea rechtstreeks uit PostgreSQL | statisch bestand | opgeslagen ÷ statisch | database ÷ statisch |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
Console.WriteLine($"| na elkaar | {s.MsOpgeslagen:F2} | {s.MsDatabase:F2} | {s.MsStatisch:F2} | {s.MsOpgeslagen / s.MsStatisch:F2} | {s.MsDatabase / s.MsStatisch:F2} |");
Console.WriteLine($"| 4 tegelijk | {s.MsOpgeslagenParallel:F2} | {s.MsDatabaseParallel:F2} | {s.MsStatischParallel:F2} | {s.MsOpgeslagenParallel / s.MsStatischParallel:F2} | {s.MsDatabaseParallel / s.MsStatischParallel:F2} |");
Console.WriteLine();
Console.WriteLine($"Klaar in {start.Elapsed.TotalSeconds:F0} s. Eerste vloer-PDF: {eerste.Length / 1024} KB.");
await services.DisposeAsync();
return 0;

static async Task<Meting> MeetAsync(string naam, Func<Task<byte[]>> maak, int aantal, int parallel, BrowserGeheugen geheugen)
{
    geheugen.Reset();
    var tijden = new System.Collections.Concurrent.ConcurrentBag<double>();
    byte[] laatste = [];
    var volgende = 0;
    var klok = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
    {
        while (Interlocked.Increment(ref volgende) <= aantal)
        {
            var t = Stopwatch.StartNew();
            laatste = await maak();
            tijden.Add(t.Elapsed.TotalMilliseconds);
        }
    }));
    var totaal = klok.Elapsed.TotalMilliseconds;
    var gesorteerd = tijden.Order().ToList();
    var m = new Meting(naam, parallel, aantal, totaal / aantal, gesorteerd[gesorteerd.Count / 2], geheugen.PiekMb, laatste.Length, Paginas(laatste));
    Console.WriteLine($"  {naam}, {parallel} tegelijk: {m.MsPerDocument:F0} ms per document, piek {m.PiekMb:F0} MB");
    return m;
}

static int Paginas(byte[] pdf) => Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b").Count;

static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

internal sealed record Meting(string Naam, int Parallel, int Aantal, double MsPerDocument, double MediaanMs, double PiekMb, int Bytes, int Paginas);
