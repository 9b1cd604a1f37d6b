using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Regie.Web.Infrastructure.Email;
using Regie.Web.Infrastructure.Pdf;
using Regie.Web.Infrastructure.Sessies;
using Regie.Web.Regio;

namespace Regie.Web.Infrastructure.Configuratie;

/// <summary>Every Regie: setting goes through an options class validated at start. They are also checked here, at once,
/// so a wrong value stops the app with one Dutch line (<see cref="StartFout"/>) before it touches the database.</summary>
public static class Instellingen
{
    public static void AddRegieInstellingen(this WebApplicationBuilder builder)
    {
        Registreer<RegieOpties>(builder, RegieOpties.Sectie);
        Registreer<IndicatieOpties>(builder, IndicatieOpties.Sectie);
        Registreer<RateLimitOpties>(builder, RateLimitOpties.Sectie);
        Registreer<InloggenOpties>(builder, InloggenOpties.Sectie);
        Registreer<ProxyOpties>(builder, ProxyOpties.Sectie);
        Registreer<DataProtectionOpties>(builder, DataProtectionOpties.Sectie);
        Registreer<BenchmarkOpties>(builder, BenchmarkOpties.Sectie);
        Registreer<EmbeddedPostgresOpties>(builder, EmbeddedPostgresOpties.Sectie);
        Registreer<RegioOpties>(builder, RegioOpties.Sectie);
        // Registered with their features; checked here too so every wrong value gives the same one line.
        Lees<PdfOptions>(builder.Configuration, PdfOptions.Sectie);
        Lees<SmtpInstellingen>(builder.Configuration, "Regie:Smtp");
        Lees<SessieOpties>(builder.Configuration, "Regie:Sessies");
    }

    /// <summary>The section bound to <typeparamref name="T"/> and validated; a wrong value throws a <see cref="StartFout"/>.
    /// For settings needed while the app is being built, before IOptions exists.</summary>
    public static T Lees<T>(IConfiguration config, string sectie) where T : class, new()
    {
        var deel = config.GetSection(sectie);
        foreach (var eigenschap in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var type = Nullable.GetUnderlyingType(eigenschap.PropertyType) ?? eigenschap.PropertyType;
            if (type == typeof(string) || type.IsArray || deel[eigenschap.Name] is not { Length: > 0 } waarde) continue;
            if (!TypeDescriptor.GetConverter(type).IsValid(waarde))
                throw new StartFout($"{sectie}:{eigenschap.Name} is '{waarde}', dat is geen geldige waarde"
                                    + (type == typeof(bool) ? " (gebruik true of false)." : " (gebruik een getal)."));
        }

        var opties = deel.Get<T>() ?? new T();
        var fouten = new List<ValidationResult>();
        if (!Validator.TryValidateObject(opties, new ValidationContext(opties), fouten, validateAllProperties: true))
            throw new StartFout(string.Join(" ", fouten.Select(f => f.ErrorMessage)));
        return opties;
    }

    private static void Registreer<T>(WebApplicationBuilder builder, string sectie) where T : class, new()
    {
        Lees<T>(builder.Configuration, sectie);
        builder.Services.AddOptions<T>().BindConfiguration(sectie).ValidateDataAnnotations().ValidateOnStart();
    }
}
