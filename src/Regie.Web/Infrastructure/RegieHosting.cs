using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Database;
using Regie.Web.Infrastructure.Email;
using Regie.Web.Afdrukken;
using Regie.Web.Infrastructure.Pdf;
using Regie.Web.Infrastructure.Planner;
using Regie.Web.Infrastructure.Sessies;
using Regie.Web.Infrastructure.Vragenlijsten;
using Serilog;
using Serilog.Events;
using Serilog.Filters;
using Serilog.Formatting.Compact;

namespace Regie.Web.Infrastructure;

public static class RegieHosting
{
    /// <summary>Serilog: readable lines in Development, compact JSON on stdout elsewhere. Returns a logger for start-up messages.</summary>
    public static Serilog.ILogger AddRegieLogging(this WebApplicationBuilder builder)
    {
        var json = !builder.Environment.IsDevelopment();
        void Configure(LoggerConfiguration lc)
        {
            lc.MinimumLevel.Information()
              .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
              .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
              // The scheduler describes its own start in a dozen lines; its warnings and errors still come through.
              .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
              // A failing command also surfaces as an exception where it is handled; EF's own line would only
              // repeat it, and on a fresh database it cries wolf about the migrations history table.
              .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Fatal)
              // The same for a connection that cannot open: the request's exception (or Databasestoring) says it once.
              .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Connection", LogEventLevel.Fatal)
              .ReadFrom.Configuration(builder.Configuration)
              // An outage is logged once by Databasestoring; the framework's own lines would add a stack per request.
              .Filter.ByExcluding(e => e.Exception is { } x && Matching.FromSource("Microsoft")(e) && Databasestoring.IsOnbereikbaar(x))
              .Enrich.FromLogContext()
              .Enrich.With<VeiligPadEnricher>();
            if (json) lc.WriteTo.Console(new CompactJsonFormatter());
            else lc.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {SourceContext}{NewLine}{Exception}");
        }

        // preserveStaticLogger: several hosts (tests) may run in one process; none of them owns Log.Logger.
        builder.Services.AddSerilog((_, lc) => Configure(lc), preserveStaticLogger: true);
        var startLog = new LoggerConfiguration();
        Configure(startLog);
        return startLog.CreateLogger();
    }

    public static void AddRegieAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<Gebruiker, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<RegieDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<RegieClaimsFactory>()
            .AddErrorDescriber<NederlandseIdentityFouten>();

        // Backstop for changes that do not end sessions themselves: a new security stamp logs out within a minute.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.AddAuthorization(o => o.AddRegiePolicies());
        builder.Services.AddScoped<Casuslader>();
        builder.Services.AddScoped<Vragenlijstbron>();
        builder.Services.AddScoped<Regie.Web.Regio.Regiocijfers>();
        builder.Services.AddScoped<Regie.Web.Regio.Regiofilterlezer>();
        builder.Services.AddScoped<Regie.Web.Regio.Regiooverzichten>();
        builder.Services.AddScoped<Regie.Web.Regio.Export.Onderzoeksexport>();
        builder.Services.AddScoped<Vragenlijstaanbieder>();
        builder.Services.AddScoped<Vragenlijstinvuller>();
        builder.Services.AddScoped<Regie.Web.Infrastructure.Meldingen.Melder>();
        builder.AddRegieBeveiliging();
        builder.Services.AddRegieSessies();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Regie.Inlog";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Inloggen";
            o.LogoutPath = "/Account/Uitloggen";
            o.AccessDeniedPath = "/Account/Geweigerd";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
    }

    public static void AddRegieWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Logboekschrijver>();
        builder.Services.AddScoped<Sjablonen>();
        builder.Services.AddScoped<DemoData>();
        builder.Services.AddRegieMail();
        builder.AddRegiePlanner();
        builder.AddRegieAfdrukken();
        builder.Services.AddScoped<Uitnodigingen>();
        builder.Services.AddSingleton<Inlogpogingen>();
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.Add(new IdsUitDeRoute());
            o.Conventions.AllowAnonymousToPage("/Account/Inloggen");
            o.Conventions.AllowAnonymousToPage("/Uitnodigen/Uitnodiging");
            o.Conventions.AllowAnonymousToPage("/Account/InloggenMetCode");
            o.Conventions.AllowAnonymousToPage("/Account/InloggenMetHerstelcode");
            o.Conventions.AllowAnonymousToPage("/Account/WachtwoordVergeten");
            o.Conventions.AllowAnonymousToPage("/Account/WachtwoordHerstellen");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/NietGevonden");
            o.Conventions.AllowAnonymousToPage("/Verificatie/Index");
        }).AddMvcOptions(o =>
        {
            o.Filters.Add<GeweigerdFormulierFilter>();
            o.Filters.Add<OnbekendeHandlerFilter>();
            o.Filters.Add<DatabaseconflictFilter>();
            o.ModelBinderProviders.Insert(0, new StuurtekenBinderProvider());
            o.ModelMetadataDetailsProviders.Add(new FormulierPrefix());
            // Dutch for values the browser should never send but a hand-made request can.
            var m = o.ModelBindingMessageProvider;
            m.SetValueIsInvalidAccessor(waarde => $"De waarde '{waarde}' is niet geldig.");
            m.SetAttemptedValueIsInvalidAccessor((waarde, veld) => $"De waarde '{waarde}' is niet geldig voor {veld}.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(waarde => $"De waarde '{waarde}' is niet geldig.");
            m.SetUnknownValueIsInvalidAccessor(veld => $"De ingevulde waarde is niet geldig voor {veld}.");
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De ingevulde waarde is niet geldig.");
            m.SetValueMustNotBeNullAccessor(veld => $"Vul {veld} in.");
            m.SetMissingBindRequiredValueAccessor(veld => $"Vul {veld} in.");
            m.SetMissingKeyOrValueAccessor(() => "Er ontbreekt een waarde.");
            m.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg verstuurd.");
            m.SetValueMustBeANumberAccessor(veld => $"{veld} moet een getal zijn.");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        });
    }

    public static void MapRegie(this WebApplication app)
    {
        app.UseRegieBeveiliging();
        app.UseAlleenPubliekeHost();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/NietGevonden", "?code={0}");
        // A 503 for a database outage is expected, not an error of the request.
        app.UseSerilogRequestLogging(o => o.GetLevel = (context, _, fout) =>
            fout is not null || (context.Response.StatusCode > 499 && !context.Items.ContainsKey(DatabasestoringPagina.Sleutel))
                ? LogEventLevel.Error : LogEventLevel.Information);
        app.UseDatabasestoring();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTweeStapsVerificatie();
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
    }
}
