using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Regie.Web.Tests.Toegang;

/// <summary>The app with a certificate for its data-protection keys, made for this run.</summary>
public sealed class SleutelcertificaatApp : RegieApp
{
    private readonly string _pad = Path.Combine(Path.GetTempPath(), $"regie-sleutels-{Guid.NewGuid():N}.pfx");

    public SleutelcertificaatApp()
    {
        using var rsa = RSA.Create(2048);
        var verzoek = new CertificateRequest("CN=Regie test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificaat = verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_pad, certificaat.Export(X509ContentType.Pfx, "geheim"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:DataProtection:Certificaat", _pad);
        builder.UseSetting("Regie:DataProtection:CertificaatWachtwoord", "geheim");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_pad);
    }
}

public sealed class SleutelcertificaatTests(SleutelcertificaatApp app) : IClassFixture<SleutelcertificaatApp>
{
    [Fact]
    public async Task Met_een_certificaat_staan_de_sleutels_versleuteld_in_de_database_en_werkt_inloggen()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Casussen")).StatusCode);
        await using var db = app.NieuweDbContext();
        var sleutels = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(sleutels);
        Assert.All(sleutels, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
    }
}
