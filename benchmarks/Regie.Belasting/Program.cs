using Regie.Belasting;

// Load, scale-out, fault and soak runs against real app processes (issue 11, parts 2-5); see ../README.md.
var opties = Opties.Lees(args);
if (opties is null)
{
    Console.Error.WriteLine(Opties.Gebruik);
    return 2;
}

// Every command is bounded: a run that hangs is stopped and fails.
var maximaal = opties.Opdracht switch
{
    "duurtest" => TimeSpan.FromMinutes(opties.Minuten + 10),
    "schalen" => TimeSpan.FromMinutes(20 + opties.Duur * 0.8),
    _ => TimeSpan.FromMinutes(15 + opties.Duur * 0.5),
};
using var stop = new CancellationTokenSource(maximaal);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => AppInstantie.DoodAlles();

try
{
    return opties.Opdracht switch
    {
        "meten" => await Meten.DraaiAsync(opties, stop.Token),
        "schalen" => await Schalen.DraaiAsync(opties, stop.Token),
        "storing" => await Storing.DraaiAsync(opties, stop.Token),
        "regio" => await Regio.DraaiAsync(opties, stop.Token),
        _ => await Duurtest.DraaiAsync(opties, stop.Token),
    };
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine($"MISLUKT: {opties.Opdracht} afgebroken (Ctrl+C of langer dan {maximaal.TotalMinutes:0} minuten).");
    return 1;
}
catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException or Npgsql.NpgsqlException)
{
    Console.Error.WriteLine($"MISLUKT: {opties.Opdracht}: {e.Message}");
    return 1;
}
finally
{
    AppInstantie.DoodAlles();
}
