using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Data;
using Regie.Web.Pages.Account;
using static Regie.Web.Tests.Account.TweeStapsVerificatieTests;

namespace Regie.Web.Tests.Account;

public sealed class AppcodeTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Dezelfde_code_uit_de_app_werkt_maar_een_keer_bij_inloggen()
    {
        var email = await NieuwAccountAsync();
        var (sleutel, _) = await ZetAanAsync(await app.IngelogdAlsAsync(email, Wachtwoord));
        var code = Totp.Code(sleutel, DateTimeOffset.UtcNow);

        var eerste = app.NieuweClient();
        await InloggenMetWachtwoordAsync(eerste, email);
        var gelukt = await RegieApp.PostFormulierAsync(eerste, "/Account/InloggenMetCode", new() { ["Input.Code"] = code });
        var tweede = app.NieuweClient();
        await InloggenMetWachtwoordAsync(tweede, email);
        var nogmaals = await RegieApp.PostFormulierAsync(tweede, "/Account/InloggenMetCode", new() { ["Input.Code"] = code });

        Assert.Equal(HttpStatusCode.Redirect, gelukt.StatusCode);
        Assert.True(await IngelogdAsync(eerste));
        Assert.Equal(HttpStatusCode.OK, nogmaals.StatusCode);
        Assert.Equal(InloggenMetCodeModel.CodeKloptNiet,
            (await RegieApp.LeesHtmlAsync(nogmaals)).QuerySelector("[data-valmsg-for='Input.Code']")!.TextContent.Trim());
        Assert.False(await IngelogdAsync(tweede));
    }

    [Fact]
    public async Task De_code_waarmee_tweestapsverificatie_aanging_werkt_daarna_niet_om_in_te_loggen()
    {
        var email = await NieuwAccountAsync();
        var instellen = await app.IngelogdAlsAsync(email, Wachtwoord);
        var sleutel = await SleutelAsync(instellen);
        var code = Totp.Code(sleutel, DateTimeOffset.UtcNow);
        var aan = await RegieApp.PostFormulierAsync(instellen, $"{Instelpagina}?handler=Aanzetten", new() { ["Input.Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, aan.StatusCode);

        var client = app.NieuweClient();
        await InloggenMetWachtwoordAsync(client, email);
        var response = await RegieApp.PostFormulierAsync(client, "/Account/InloggenMetCode", new() { ["Input.Code"] = code });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await IngelogdAsync(client));
    }

    [Fact]
    public async Task Een_andere_sessie_blijft_geldig_als_de_instelpagina_voor_het_eerst_wordt_geopend()
    {
        var email = await NieuwAccountAsync();
        var eerste = await app.IngelogdAlsAsync(email, Wachtwoord);
        var tweede = await app.IngelogdAlsAsync(email, Wachtwoord);
        Assert.True(await IngelogdAsync(tweede));

        var sleutel = await SleutelAsync(eerste);
        app.Klok.Advance(TimeSpan.FromMinutes(2)); // past the security stamp check interval

        Assert.True(await IngelogdAsync(tweede));
        Assert.True(await IngelogdAsync(eerste));
        Assert.Equal(sleutel, await SleutelAsync(eerste)); // the key is made once, not on every visit
    }

    // An ouder who is logged in is sent from the start page to /Ouders; otherwise to the login page.
    private static async Task<bool> IngelogdAsync(HttpClient client) =>
        (await client.GetAsync("/")).Headers.Location?.OriginalString == "/Ouders";

    private async Task<string> NieuwAccountAsync()
    {
        var email = $"ouder.{Guid.NewGuid():N}@voorbeeld.nl";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = "Test ouder" };
        var result = await users.CreateAsync(gebruiker, Wachtwoord);
        if (result.Succeeded) result = await users.AddToRoleAsync(gebruiker, Rollen.Ouder);
        Assert.True(result.Succeeded);
        return email;
    }
}
