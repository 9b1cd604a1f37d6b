using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Regie.Datagenerator;

// Data generator: a persistent private PostgreSQL cluster, migrated and seeded by the app itself, then filled by
// binary COPY with casussen, betrokkenen, stappen, taken, regie, overdrachten, overleggen, versies and logboek.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var wortel = new DirectoryInfo(AppContext.BaseDirectory);
while (wortel is not null && !File.Exists(Path.Combine(wortel.FullName, "Regie.sln"))) wortel = wortel.Parent;
if (wortel is null) { Console.Error.WriteLine("Start de datagenerator vanuit de repository."); return 2; }

Opties opties;
try
{
    opties = Opties.Lees(args, wortel.FullName);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Opties.Gebruik);
    return 2;
}

using var stop = new CancellationTokenSource();
// Ctrl+C or a kill: stop copying, then stop the cluster (await using) instead of leaving it running.
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, s => { s.Cancel = true; stop.Cancel(); });
var ct = stop.Token;
var totaal = Stopwatch.StartNew();

if (opties.Opnieuw && Directory.Exists(opties.Map))
{
    Console.WriteLine($"--opnieuw: {opties.Map} wordt gewist.");
    Directory.Delete(opties.Map, recursive: true);
}

using var logging = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
await using var cluster = await Cluster.StartAsync(opties.Map, logging, ct);
Console.WriteLine($"PostgreSQL-cluster in {opties.Map}");
if (await cluster.AantalCasussenAsync(ct) > Demo.AantalCasussen)
{
    Console.Error.WriteLine($"{opties.Map} bevat al gegenereerde casussen; kies een andere --map of wis hem met --opnieuw.");
    return 1;
}

var fase = Stopwatch.StartNew();
Console.Write("De app migreert de database en zaait de demodata… ");
await AppProces.MigreerEnZaaiAsync(wortel.FullName, cluster, opties.Poort, ct);
Console.WriteLine($"klaar in {fase.Elapsed.TotalSeconds:0.0} s");

IReadOnlyList<(string Tabel, long Rijen)> tellingen;
try
{
    tellingen = await Generator.VulAsync(cluster, opties, ct);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine($"\nAfgebroken; {opties.Map} is half gevuld: begin opnieuw met --opnieuw.");
    return 130;
}

Console.WriteLine();
Console.WriteLine($"Klaar in {totaal.Elapsed.TotalSeconds:0} s ({opties.Casussen:N0} casussen, zaad {opties.Zaad}).");
foreach (var (tabel, rijen) in tellingen) Console.WriteLine($"  {tabel,-20} {rijen,12:N0}");
Console.WriteLine($"Schijfruimte van de database: {await Grootte.VanDatabaseAsync(cluster, ct)}");
return 0;
