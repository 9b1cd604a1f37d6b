using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Regie.Web.Infrastructure.Sessies;

public static class SessieRegistratie
{
    /// <summary>Server-side sessions for the login cookie (see <see cref="SessieStore"/>).</summary>
    public static IServiceCollection AddRegieSessies(this IServiceCollection services)
    {
        services.AddOptions<SessieOpties>().BindConfiguration("Regie:Sessies").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SessieStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessieStore>((o, store) => o.SessionStore = store);
        return services;
    }
}
