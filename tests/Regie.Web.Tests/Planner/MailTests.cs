using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using netDumbster.smtp;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Planner;
using static Regie.Web.Tests.Planner.PlannerTestdata;

namespace Regie.Web.Tests.Planner;

/// <summary>The app with Regie:Smtp pointing at a real SMTP server started in the test (netDumbster).</summary>
public sealed class RegieAppMetSmtp : RegieApp
{
    public const string PubliekAdres = "https://regie.example.nl";

    public SimpleSmtpServer Smtp { get; } = SimpleSmtpServer.Start(VrijePoort());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Regie:Smtp:Port", Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Regie:Smtp:From", "regie@example.nl");
        builder.UseSetting("Regie:Smtp:EnableSsl", "false");
        builder.UseSetting("Regie:PubliekeUrl", PubliekAdres);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Smtp.Dispose();
        base.Dispose(disposing);
    }

    internal static int VrijePoort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var poort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return poort;
    }
}

public sealed class MailTests(RegieAppMetSmtp app) : IClassFixture<RegieAppMetSmtp>
{
    [Fact]
    public async Task Een_melding_komt_per_mail_aan_met_alleen_de_casuscode_en_een_link()
    {
        var signaal = await GeefSignaalAsync(app, RegieApp.Start);
        var consulent = await MeldAsync("jeugdconsulent@demo.regie.test", MeldingSoort.NieuwSignaal, signaal.CasusId, signaal.Id);

        var mail = await MailVoorAsync(consulent);

        Assert.Contains(Tukker, mail.Subject, StringComparison.Ordinal);
        var tekst = mail.TextBody ?? "";
        Assert.Contains($"{RegieAppMetSmtp.PubliekAdres}/Meldingen", tekst, StringComparison.Ordinal);
        foreach (var geheim in new[] { "Tukker", "Ellen", GeheimeToelichting })
        {
            Assert.DoesNotContain(geheim, mail.Subject, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(geheim, tekst.Replace(Tukker, "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Een_ouder_krijgt_alleen_te_horen_dat_er_een_antwoord_klaarstaat()
    {
        var signaal = await GeefSignaalAsync(app, RegieApp.Start);
        var ouder = await MeldAsync("ouder@demo.regie.test", MeldingSoort.SignaalBeantwoord, signaal.CasusId, signaal.Id);

        var mail = await MailVoorAsync(ouder);

        Assert.Contains("Er staat een antwoord voor u klaar in Regie", mail.TextBody ?? "", StringComparison.Ordinal);
        Assert.Contains($"{RegieAppMetSmtp.PubliekAdres}/Ouders", mail.TextBody ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(Tukker, mail.Subject + mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(GeheimeToelichting, mail.TextBody ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wie_een_dagelijkse_samenvatting_kiest_krijgt_op_een_werkdag_vanaf_zeven_uur_een_mail()
    {
        await using (var db = app.NieuweDbContext())
        {
            await db.Users.Where(u => u.Email == "behandelaar@demo.regie.test")
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.MailVoorkeur, MailVoorkeur.Dagelijks));
        }
        var behandelaar = await MeldAsync("behandelaar@demo.regie.test", MeldingSoort.NieuweVersie, null, null);
        await MeldAsync("behandelaar@demo.regie.test", MeldingSoort.ToegevoegdAanCasus, null, null);

        // Saturday: no summary; Monday 06:59: not yet; Monday 07:05: one mail with both.
        Assert.Equal(0, await MailenAsync(NederlandseTijd(2026, 11, 28, 9)));
        Assert.Equal(0, await MailenAsync(NederlandseTijd(2026, 11, 30, 6, 59)));
        Assert.Equal(1, await MailenAsync(NederlandseTijd(2026, 11, 30, 7, 5)));
        Assert.Equal(0, await MailenAsync(NederlandseTijd(2026, 11, 30, 9)));

        await using var na = app.NieuweDbContext();
        var mail = await na.UitgaandeMails.SingleAsync(m => m.Aan == "behandelaar@demo.regie.test");
        Assert.Equal("Regie: 2 nieuwe meldingen", mail.Onderwerp);
        Assert.False(await na.Meldingen.AnyAsync(m => m.GebruikerId == behandelaar && m.GemaildOp == null));
    }

    private Task<int> MailenAsync(DateTimeOffset nu) => VoerUitAsync<MeldingenMailen>(app, nu, (w, ct) => w.VoerUitAsync(ct));

    private async Task<Guid> MeldAsync(string email, MeldingSoort soort, Guid? casusId, Guid? onderwerpId)
    {
        await using var db = app.NieuweDbContext();
        var gebruiker = await db.Users.SingleAsync(u => u.Email == email);
        db.Meldingen.Add(new Melding(gebruiker.Id, soort, casusId, onderwerpId, RegieApp.Start));
        await db.SaveChangesAsync();
        return gebruiker.Id;
    }

    /// <summary>Both jobs as the scheduler runs them; returns the one mail the server received for this person.</summary>
    private async Task<MimeMessage> MailVoorAsync(Guid gebruikerId)
    {
        await using var db = app.NieuweDbContext();
        var email = (await db.Users.SingleAsync(u => u.Id == gebruikerId)).Email!;
        var nu = RegieApp.Start.AddMinutes(1);
        await VoerUitAsync<MeldingenMailen>(app, nu, (w, ct) => w.VoerUitAsync(ct));
        await VoerUitAsync<MailVersturen>(app, nu, (w, ct) => w.VoerUitAsync(ct));

        var ontvangen = app.Smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == email)).ToList();
        var mail = Assert.Single(ontvangen);
        Assert.True(await db.UitgaandeMails.AnyAsync(m => m.Aan == email && m.VerstuurdOp != null));
        return mail;
    }
}
