using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Planner;
using static Regie.Web.Tests.Planner.PlannerTestdata;

namespace Regie.Web.Tests.Planner;

/// <summary>Regie:Smtp points at a port where nothing listens: the mail server is down.</summary>
public sealed class RegieAppSmtpOnbereikbaar : RegieApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Regie:Smtp:Port", RegieAppMetSmtp.VrijePoort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Regie:Smtp:From", "regie@example.nl");
        builder.UseSetting("Regie:Smtp:EnableSsl", "false");
    }
}

public sealed class SmtpOnbereikbaarTests(RegieAppSmtpOnbereikbaar app) : IClassFixture<RegieAppSmtpOnbereikbaar>
{
    private const string Aan = "jeugdconsulent@demo.regie.test";

    [Fact]
    public async Task Een_mail_naar_een_onbereikbare_server_wordt_later_opnieuw_geprobeerd_en_Beheer_ziet_de_fout()
    {
        var t0 = RegieApp.Start;
        await using (var db = app.NieuweDbContext())
        {
            var consulent = await db.Users.SingleAsync(u => u.Email == Aan);
            db.Meldingen.Add(new Melding(consulent.Id, MeldingSoort.NieuwSignaal, null, null, t0));
            await db.SaveChangesAsync();
        }

        // Making the mail only adds a row: it does not wait for the server.
        Assert.Equal(1, await VoerUitAsync<MeldingenMailen>(app, t0, (w, ct) => w.VoerUitAsync(ct)));
        Assert.Equal(0, (await MailAsync()).Pogingen);

        Assert.Equal(0, await VersturenAsync(t0));
        var eerste = await MailAsync();
        Assert.Equal(1, eerste.Pogingen);
        Assert.Equal(t0.AddMinutes(1), eerste.VolgendePogingOp);
        Assert.NotNull(eerste.LaatsteFout);
        Assert.Null(eerste.VerstuurdOp);

        await VersturenAsync(t0.AddSeconds(30));
        Assert.Equal(1, (await MailAsync()).Pogingen);
        await VersturenAsync(t0.AddMinutes(2));
        var tweede = await MailAsync();
        Assert.Equal(2, tweede.Pogingen);
        Assert.Equal(t0.AddMinutes(4), tweede.VolgendePogingOp);

        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var index = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer"));
        Assert.Contains("1 mail wordt opnieuw geprobeerd", index.QuerySelector(".mail-problemen")!.TextContent, StringComparison.Ordinal);
        var response = await beheerder.GetAsync("/Beheer/Mail");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(response);
        var rij = pagina.QuerySelector("table.wachtend tbody tr")!.TextContent;
        Assert.Contains(Aan, rij, StringComparison.Ordinal);
        Assert.Contains(tweede.LaatsteFout!, rij, StringComparison.Ordinal);
        Assert.DoesNotContain(tweede.Onderwerp, pagina.Body!.TextContent, StringComparison.Ordinal);
        await using var db2 = app.NieuweDbContext();
        Assert.True(await db2.Logboek.AnyAsync(l => l.Entiteit == "Mail" && l.Actie == LogboekActie.Bekeken));

        // After the last attempt it is given up, and Beheer lists it as such.
        for (var uur = 1; uur <= UitgaandeMail.MaxPogingen; uur++) await VersturenAsync(t0.AddHours(uur));
        var opgegeven = await MailAsync();
        Assert.Equal(UitgaandeMail.MaxPogingen, opgegeven.Pogingen);
        Assert.NotNull(opgegeven.OpgegevenOp);
        Assert.Null(opgegeven.VolgendePogingOp);
        var daarna = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Mail"));
        Assert.Contains(Aan, daarna.QuerySelector("table.opgegeven tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    private Task<int> VersturenAsync(DateTimeOffset nu) => VoerUitAsync<MailVersturen>(app, nu, (w, ct) => w.VoerUitAsync(ct));

    private async Task<UitgaandeMail> MailAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.UitgaandeMails.AsNoTracking().SingleAsync(m => m.Aan == Aan);
    }
}
