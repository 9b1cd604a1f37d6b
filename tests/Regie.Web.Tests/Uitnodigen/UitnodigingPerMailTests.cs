using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Regie.Web.Tests.Beheer;

namespace Regie.Web.Tests.Uitnodigen;

/// <summary>The app with Regie:Smtp pointing at a tiny SMTP server in the test, which keeps every mail it receives.</summary>
public sealed class RegieAppMetMail : RegieApp
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public RegieAppMetMail()
    {
        _listener.Start();
        _ = Task.Run(OntvangAsync);
    }

    public ConcurrentQueue<string> Mails { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Regie:Smtp:Port", ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Regie:Smtp:From", "regie@example.nl");
        builder.UseSetting("Regie:Smtp:EnableSsl", "false");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _listener.Stop();
        base.Dispose(disposing);
    }

    private async Task OntvangAsync()
    {
        while (true)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { return; }
            using var verbinding = client;
            await using var stream = client.GetStream();
            using var lezer = new StreamReader(stream, Encoding.ASCII);
            await using var schrijver = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await schrijver.WriteLineAsync("220 nep-smtp");
            var mail = new StringBuilder();
            var inData = false;
            while (await lezer.ReadLineAsync() is { } regel)
            {
                if (inData)
                {
                    if (regel == ".") { inData = false; Mails.Enqueue(mail.ToString()); await schrijver.WriteLineAsync("250 ok"); }
                    else mail.Append(regel).Append("\r\n");
                    continue;
                }
                if (regel.StartsWith("DATA", StringComparison.OrdinalIgnoreCase)) { inData = true; await schrijver.WriteLineAsync("354 ga je gang"); }
                else if (regel.StartsWith("QUIT", StringComparison.OrdinalIgnoreCase)) { await schrijver.WriteLineAsync("221 dag"); break; }
                else await schrijver.WriteLineAsync("250 ok");
            }
        }
    }
}

public sealed class UitnodigingPerMailTests(RegieAppMetMail app) : IClassFixture<RegieAppMetMail>
{
    [Fact]
    public async Task Met_SMTP_gaat_de_link_per_mail_en_staat_hij_niet_op_de_pagina()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        await using var db = app.NieuweDbContext();
        var linde = db.Organisaties.Single(o => o.Naam == "Jeugdzorg De Linde").Id;

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts/Professional", Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Mila Post",
            ["Input.Email"] = "mila.post@example.nl",
            ["Input.OrganisatieId"] = linde.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync(response.Headers.Location));
        Assert.Contains("per e-mail verstuurd naar mila.post@example.nl", pagina.QuerySelector(".melding")!.TextContent, StringComparison.Ordinal);
        Assert.Null(pagina.QuerySelector("a.uitnodigingslink"));

        var mail = Assert.Single(app.Mails);
        Assert.Contains("mila.post@example.nl", mail, StringComparison.Ordinal);
        // The body is quoted-printable or base64; the link itself is plain ASCII and survives decoding.
        var tekst = Ontcijfer(mail);
        var link = Regex.Match(tekst, @"http://localhost/Account/Uitnodiging/[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(link);
        Assert.Equal(HttpStatusCode.Redirect, (await Formulieren.KiesWachtwoordAsync(app, link, "Per-Mail-Gekregen-2026")).StatusCode);
    }

    internal static string Ontcijfer(string mail)
    {
        var scheiding = mail.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var kop = mail[..scheiding];
        var romp = mail[(scheiding + 4)..];
        if (kop.Contains("base64", StringComparison.OrdinalIgnoreCase))
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(romp.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))));
        return Regex.Replace(romp.Replace("=\r\n", "", StringComparison.Ordinal), "=([0-9A-F]{2})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
    }
}
