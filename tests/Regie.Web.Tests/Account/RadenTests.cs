using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Regie.Web.Data;
using Regie.Web.Pages.Account;

namespace Regie.Web.Tests.Account;

/// <summary>The app with a client address taken from an X-Test-Ip header (TestServer has none) and a password hasher
/// that counts its checks.</summary>
public sealed class InlogApp : RegieApp
{
    public TellendeHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestIp>();
            services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<Gebruiker>>(Hasher));
        });
    }

    public HttpClient ClientVanaf(string ip)
    {
        var client = NieuweClient();
        client.DefaultRequestHeaders.Add("X-Test-Ip", ip);
        return client;
    }

    private sealed class TestIp : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, volgende) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-Ip", out var ip)) context.Connection.RemoteIpAddress = IPAddress.Parse(ip!);
                return volgende(context);
            });
            next(app);
        };
    }

    public sealed class TellendeHasher : IPasswordHasher<Gebruiker>
    {
        private readonly PasswordHasher<Gebruiker> echt = new(Options.Create(new PasswordHasherOptions()));
        private int controles;

        public int Controles => Volatile.Read(ref controles);

        public string HashPassword(Gebruiker user, string password) => echt.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Gebruiker user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref controles);
            return echt.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public sealed class RadenTests(InlogApp app) : IClassFixture<InlogApp>
{
    private static Task<HttpResponseMessage> InloggenAsync(HttpClient client, string email, string wachtwoord) =>
        RegieApp.PostFormulierAsync(client, "/Account/Inloggen", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = wachtwoord });

    private static async Task<string> MeldingAsync(HttpResponseMessage response) =>
        (await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting ul")!.TextContent.Trim();

    [Fact]
    public async Task Een_onbekend_en_een_bekend_adres_krijgen_steeds_dezelfde_melding_ook_na_zes_pogingen()
    {
        var bekend = app.ClientVanaf("10.1.0.1");
        var onbekend = app.ClientVanaf("10.1.0.1");
        for (var i = 0; i < 6; i++)
        {
            var a = await MeldingAsync(await InloggenAsync(bekend, "jeugdbeschermer@demo.regie.test", $"fout-{i}-wachtwoord"));
            var b = await MeldingAsync(await InloggenAsync(onbekend, "niemand.hier@demo.regie.test", $"fout-{i}-wachtwoord"));
            Assert.Equal(a, b);
            Assert.Equal(i < 4 ? InloggenModel.OngeldigeInlog : InloggenModel.Geblokkeerd, a);
        }
    }

    [Fact]
    public async Task De_wachtwoordcontrole_draait_ook_voor_een_onbekend_adres()
    {
        var client = app.ClientVanaf("10.2.0.1");

        var voor = app.Hasher.Controles;
        await InloggenAsync(client, "bestaat.ook.niet@demo.regie.test", "fout-wachtwoord-123");
        Assert.Equal(voor + 1, app.Hasher.Controles);

        voor = app.Hasher.Controles;
        await InloggenAsync(client, "maatschappelijkwerker@demo.regie.test", "fout-wachtwoord-123");
        Assert.Equal(voor + 1, app.Hasher.Controles);
    }

    [Fact]
    public async Task Zes_foute_pogingen_van_een_vreemde_blokkeren_de_eigenaar_op_een_ander_adres_niet()
    {
        var vreemde = app.ClientVanaf("10.3.0.1");
        for (var i = 0; i < 6; i++) await InloggenAsync(vreemde, "behandelaar@demo.regie.test", $"fout-{i}-wachtwoord");

        var response = await InloggenAsync(app.ClientVanaf("10.3.0.2"), "behandelaar@demo.regie.test", Demo.DemoData.Wachtwoord);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Na_vijf_foute_pogingen_weigert_hetzelfde_adres_ook_het_goede_wachtwoord_en_een_ander_adres_niet()
    {
        var client = app.ClientVanaf("10.4.0.1");
        for (var i = 0; i < 5; i++) await InloggenAsync(client, "ouder@demo.regie.test", $"fout-{i}-wachtwoord");

        var zelfde = await InloggenAsync(client, "ouder@demo.regie.test", Demo.DemoData.Wachtwoord);
        Assert.Equal(HttpStatusCode.OK, zelfde.StatusCode);
        Assert.Equal(InloggenModel.Geblokkeerd, await MeldingAsync(zelfde));

        var ander = await InloggenAsync(app.ClientVanaf("10.4.0.2"), "ouder@demo.regie.test", Demo.DemoData.Wachtwoord);
        Assert.Equal(HttpStatusCode.Redirect, ander.StatusCode);
    }

    [Fact]
    public async Task Een_mislukte_en_een_gelukte_inlog_komen_in_het_logboek_zonder_emailadres()
    {
        var client = app.ClientVanaf("10.5.0.1");
        await InloggenAsync(client, "buitenstaander@demo.regie.test", "fout-wachtwoord-123");
        await InloggenAsync(client, "nergens.bekend@demo.regie.test", "fout-wachtwoord-123");
        Assert.Equal(HttpStatusCode.Redirect, (await InloggenAsync(client, "buitenstaander@demo.regie.test", Demo.DemoData.Wachtwoord)).StatusCode);

        await using var db = app.NieuweDbContext();
        var id = (await db.Users.SingleAsync(u => u.Email == "buitenstaander@demo.regie.test")).Id.ToString();
        var rijen = await db.Logboek.Where(r => r.Entiteit == "Account" && r.CasusId == null).ToListAsync();
        var regels = rijen.Select(r => r.Omschrijving!).ToList();
        Assert.Contains($"Inloggen mislukt: account {id}", regels);
        Assert.Contains("Inloggen mislukt: account onbekend adres", regels);
        Assert.Contains(rijen, r => r.Omschrijving == "Ingelogd met wachtwoord" && r.GebruikerId.ToString() == id);
        Assert.DoesNotContain(regels, r => r.Contains('@', StringComparison.Ordinal));
    }
}
