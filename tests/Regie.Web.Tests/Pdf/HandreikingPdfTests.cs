using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Afdrukken;
using Regie.Web.Demo;
using Regie.Web.Tests.Data;

namespace Regie.Web.Tests.Pdf;

public sealed class HandreikingPdfTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private async Task<byte[]> DownloadAsync(HttpClient client, Guid casusId, int volgnummer)
    {
        var response = await client.GetAsync($"/Casussen/{casusId}/Versies/{volgnummer}/Pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task De_pdf_van_een_versie_heeft_alle_onderdelen_de_nederlandse_tekens_en_paginanummers()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("behandelaar");

        var pdf = PdfInhoud.Lees(await DownloadAsync(client, casusId, 1));

        foreach (var kop in new[] { "Samenwerkingsafspraken gezin Tukker", "Betrokkenen", "Hulpvraag en doelen", "Wie doet wat", "Regie",
                     "Procesregie: Sanne de Vries", "Inhoudelijke regie op", "De zeven samenwerkingsstappen", "7. Verandering, overdracht en afsluiting",
                     "Evaluatie", "Vaststelling en akkoord van de ouders", "Ellen Tukker (Moeder): akkoord — vastgelegd door Sanne de Vries in het overleg", "Fijn dat we nu weten wie we kunnen bellen.",
                     "Verificatiecode" })
            Assert.True(pdf.Bevat(kop), $"'{kop}' ontbreekt in de PDF: {pdf.Paginas[0]}");
        Assert.True(pdf.Bevat("Ayşe Yılmaz"));
        Assert.True(pdf.Bevat("Maandag tot en met donderdag, 8.30–17.00 uur"));
        Assert.True(pdf.AantalPaginas >= 2);
        for (var p = 1; p <= pdf.AantalPaginas; p++)
        {
            Assert.Contains($"pagina {p} van {pdf.AantalPaginas}", pdf.Paginas[p - 1], StringComparison.Ordinal);
            Assert.Contains("TW-2026-0042 · Gezin Tukker", pdf.Paginas[p - 1], StringComparison.Ordinal);
        }
        Assert.Equal("Samenwerkingsafspraken gezin Tukker – versie 1 (TW-2026-0042)", pdf.Titel);
        Assert.True(pdf.IsGetagd);
        Assert.Contains("Wie doet wat", pdf.Bladwijzers);
    }

    [Fact]
    public async Task Twee_downloads_zijn_byte_voor_byte_de_opgeslagen_pdf_als_prive_bijlage()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("maatschappelijkwerker");

        var response = await client.GetAsync($"/Casussen/{casusId}/Versies/1/Pdf");
        var eerste = await response.Content.ReadAsByteArrayAsync();
        var tweede = await DownloadAsync(client, casusId, 1);

        Assert.Equal(eerste, tweede);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Handreiking TW-2026-0042 gezin Tukker versie 1.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.True(response.Headers.CacheControl?.Private);
        await using var db = app.NieuweDbContext();
        var versieId = await db.Handreikingversies.Where(v => v.CasusId == casusId && v.Volgnummer == 1).Select(v => v.Id).SingleAsync();
        var opgeslagen = await db.HandreikingPdfs.SingleAsync(p => p.VersieId == versieId);
        Assert.Equal(eerste, opgeslagen.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(eerste)), opgeslagen.Sha256);
    }

    [Fact]
    public async Task De_qr_code_en_de_link_wijzen_naar_de_verificatiepagina_met_de_code()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("behandelaar");
        Handreikingversie versie;
        await using (var db = app.NieuweDbContext())
            versie = await db.Handreikingversies.SingleAsync(v => v.CasusId == casusId && v.Volgnummer == 1);
        var url = $"http://localhost/Verificatie?code={versie.Verificatiecode}";

        var pdf = PdfInhoud.Lees(await DownloadAsync(client, casusId, 1));

        Assert.Contains(url, pdf.Links);
        Assert.True(pdf.Bevat(url));
        // The QR image in the template encodes exactly that address.
        var html = await app.Services.GetRequiredService<Afdrukmaker>().HandreikingHtmlAsync(versie, url);
        var img = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".verificatie img");
        Assert.Equal(Afdrukmaker.QrCode(url), img?.GetAttribute("src"));
    }

    [Fact]
    public async Task Elke_download_staat_in_het_logboek_als_geexporteerd()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("behandelaar");

        await DownloadAsync(client, casusId, 1);

        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casusId && l.Actie == LogboekActie.Geexporteerd
            && l.Omschrijving == "Versie 1 als PDF" && l.Gebruiker == "Ayşe Yılmaz"));
    }

    [Fact]
    public async Task Vaststellen_maakt_de_pdf_meteen_en_wat_de_tafel_typte_staat_er_als_tekst_in()
    {
        var casusId = await TukkerAsync();
        const string afspraken = "Café-overleg één keer per maand; ideeën van oma zijn welkom; naïef of niet, dat zeggen we; " +
            "de bijdrage is € 25. <script>document.title='gehackt'</script><b>vet</b> & “aanhalingstekens”";
        await using (var db = app.NieuweDbContext())
        {
            var casus = await db.LaadVoorWijzigingAsync(casusId, default);
            Assert.False(casus.WijzigStap(5, afspraken, StapStatus.Afgesproken, "Sanne de Vries", RegieApp.Start).IsFout);
            await db.SaveChangesAsync();
        }
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var form = await Casussen.Vaststellen.Vaststelformulier.AkkoordAsync(client, casusId, "Goed zo, Brüggemann mag ook meedoen.");

        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var lees = app.NieuweDbContext();
        var versie = await lees.Handreikingversies.Where(v => v.CasusId == casusId).OrderByDescending(v => v.Volgnummer).FirstAsync();
        var opgeslagen = await lees.HandreikingPdfs.SingleOrDefaultAsync(p => p.VersieId == versie.Id);
        Assert.NotNull(opgeslagen);
        var bytes = await DownloadAsync(client, casusId, versie.Volgnummer);
        Assert.Equal(opgeslagen.Bytes, bytes);
        var pdf = PdfInhoud.Lees(bytes);
        Assert.True(pdf.Bevat(afspraken), pdf.Alles);
        Assert.True(pdf.Bevat("Goed zo, Brüggemann mag ook meedoen."));
        Assert.DoesNotContain("gehackt", pdf.Titel, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("buitenstaander", "/Versies/1/Pdf")]
    [InlineData("jeugdbeschermer", "/Versies/1/Pdf")]
    [InlineData("regiocoordinator", "/Versies/1/Pdf")]
    [InlineData("ouder", "/Versies/1/Pdf")]
    [InlineData("behandelaar", "/Versies/99/Pdf")]
    [InlineData("behandelaar", "/Versies/0/Pdf")]
    public async Task Wie_de_casus_niet_mag_lezen_of_een_versie_die_er_niet_is_krijgt_404(string account, string pad)
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync(account);

        var response = await client.GetAsync($"/Casussen/{casusId}{pad}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task De_versiepaginas_linken_naar_de_pdf()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("behandelaar");

        var lijst = await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{casusId}/Versies"));
        var versie = await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{casusId}/Versies/1"));

        Assert.NotNull(lijst.QuerySelector($"a[href='/Casussen/{casusId}/Versies/1/Pdf']"));
        Assert.NotNull(versie.QuerySelector($"a[href='/Casussen/{casusId}/Versies/1/Pdf']"));
    }
}
