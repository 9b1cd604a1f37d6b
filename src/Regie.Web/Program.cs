using Regie.Web.Benchmark;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Database;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
var startLog = builder.AddRegieLogging();

try
{
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
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
