using Regie.Web.Benchmark;
using Microsoft.Extensions.Options;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Database;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
var startLog = builder.AddRegieLogging();

try
{
    builder.AddRegieInstellingen();
    builder.ControleerInstellingen();
    await builder.AddRegieDatabaseAsync(startLog);
    builder.AddRegieAccounts();
    builder.AddRegieWeb();

    var app = builder.Build();
    await app.PrepareRegieDatabaseAsync();
    app.MapRegie();
    app.MapMinimalePagina();
    await app.RunAsync();
    return 0;
}
catch (StartFout fout)
{
    // One clear line instead of a stack trace: the message says what is wrong and how to fix it.
    startLog.Fatal("Regie kan niet starten: {Melding}", fout.Message);
    return 1;
}
catch (OptionsValidationException fout)
{
    // Only reached when a value is wrong in a source AddRegieInstellingen could not see yet; the same one line.
    startLog.Fatal("Regie kan niet starten: {Melding}", string.Join(" ", fout.Failures));
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
