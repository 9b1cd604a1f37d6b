using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Tests.Beheer;

namespace Regie.Web.Tests.Account;

/// <summary>What the session tests do in a browser: log in and keep the cookie, replay it elsewhere, log out.</summary>
internal static class Sessies
{
    /// <summary>A page every signed-in account may open and that is exempt from the 2FA set-up redirect.</summary>
    public const string Proefpagina = "/Account/TweeStapsVerificatie";

    /// <summary>Logs in through the form; returns the browser and the login cookie ("Regie.Inlog=…") it received.</summary>
    public static async Task<(HttpClient Client, string Cookie)> InloggenAsync(RegieApp app, string email, string wachtwoord = DemoData.Wachtwoord)
    {
        var client = app.NieuweClient();
        var response = await RegieApp.PostFormulierAsync(client, "/Account/Inloggen", new()
        {
            ["Input.Email"] = email.Contains('@', StringComparison.Ordinal) ? email : $"{email}@{DemoData.Domein}",
            ["Input.Wachtwoord"] = wachtwoord,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Regie.Inlog=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    /// <summary>Another browser presents a copied cookie: the status and where a redirect goes.</summary>
    public static async Task<HttpResponseMessage> HergebruikAsync(RegieApp app, string cookie, string url)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return await client.GetAsync(url);
    }

    public static async Task AssertNaarInloggenAsync(RegieApp app, string cookie, string url)
    {
        var response = await HergebruikAsync(app, cookie, url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    public static async Task UitloggenAsync(HttpClient client)
    {
        var response = await Formulieren.VerstuurAsync(client, Proefpagina,
            f => (f.GetAttribute("action") ?? "").Contains("/Account/Uitloggen", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<Guid> TukkerAsync(RegieApp app)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    public static async Task<int> AantalAsync(RegieApp app, string email)
    {
        await using var db = app.NieuweDbContext();
        return await db.Sessies.CountAsync(s => db.Users.Any(u => u.Id == s.GebruikerId && u.Email == email));
    }

    /// <summary>A fresh account with a password, so a test may change it without touching the demo accounts.</summary>
    public static async Task<string> NieuwAccountAsync(RegieApp app, string rol, string wachtwoord)
    {
        var email = $"{rol.ToLowerInvariant()}.{Guid.NewGuid():N}@voorbeeld.nl";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = $"Test {rol}" };
        var result = await users.CreateAsync(gebruiker, wachtwoord);
        if (result.Succeeded) result = await users.AddToRoleAsync(gebruiker, rol);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }
}
