using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Demo;
using Regie.Web.Pages.Casussen;

namespace Regie.Web.Tests.Pdf;

public sealed class WieDoetWatPdfTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private static async Task<byte[]> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Ouders_krijgen_wie_doet_wat_op_een_blad_in_gewone_taal()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("ouder");

        var pdf = PdfInhoud.Lees(await PdfAsync(client, "/Ouders/WieDoetWat.pdf"), "wiedoetwat");

        Assert.Equal(1, pdf.AantalPaginas);
        Assert.Contains("pagina 1 van 1", pdf.Paginas[0], StringComparison.Ordinal);
        foreach (var tekst in new[] { "Wie doet wat voor uw gezin", "Uw vaste contactpersoon", "Sanne de Vries van Gemeente Almelo houdt het overzicht",
                     "0546 541 100", "Maandag tot en met donderdag, 8.30–17.00 uur", "Wie belt u waarvoor?",
                     "Wie doet wat?", "Zich melden bij het werkplein", "Wie is wie?", "Gerda Tukker", "Ayşe Yılmaz", "Wanneer praten we weer?", "23 januari 2027" })
            Assert.True(pdf.Bevat(tekst), $"'{tekst}' ontbreekt: {pdf.Alles}");
        Assert.Single(pdf.PaginasMetInKolom("Vragen over: Financiën en schulden", "Waarvoor", "Wie"));
        Assert.Equal("Wie doet wat voor gezin Tukker", pdf.Titel);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casusId && l.Actie == LogboekActie.Geexporteerd && l.Omschrijving == "Wie doet wat als PDF"));
    }

    [Fact]
    public async Task Het_blad_heeft_het_telefoonnummer_van_vandaag_de_vastgestelde_versie_niet()
    {
        var casusId = await TukkerAsync();
        await using (var db = app.NieuweDbContext())
        {
            var peter = await db.Betrokkenen.SingleAsync(b => b.CasusId == casusId && b.Naam == "Peter Jansen");
            peter.WijzigContact(peter.Naam, peter.RolOfRelatie, "0546 999 777", peter.Email, "Alleen op vrijdag");
            await db.SaveChangesAsync();
        }
        var client = await app.IngelogdAlsAsync("ouder");

        var blad = PdfInhoud.Lees(await PdfAsync(client, "/Ouders/WieDoetWat.pdf"));
        var afspraken = PdfInhoud.Lees(await PdfAsync(client, "/Ouders/Afspraken.pdf"));

        Assert.True(blad.Bevat("0546 999 777"));
        Assert.False(afspraken.Bevat("0546 999 777"));
        Assert.True(afspraken.Bevat("0546 830 200"));
    }

    [Fact]
    public async Task Ouders_downloaden_alleen_de_geldende_versie_dezelfde_als_de_professionals()
    {
        var casusId = await TukkerAsync();
        var ouder = await app.IngelogdAlsAsync("ouder");
        var professional = await app.IngelogdAlsAsync("behandelaar");
        int geldend;
        await using (var db = app.NieuweDbContext())
            geldend = await db.Handreikingversies.Where(v => v.CasusId == casusId && v.Status == VersieStatus.Geldend).Select(v => v.Volgnummer).SingleAsync();

        var vanOuder = await PdfAsync(ouder, "/Ouders/Afspraken.pdf");

        Assert.Equal(await PdfAsync(professional, $"/Casussen/{casusId}/Versies/{geldend}/Pdf"), vanOuder);
        Assert.Equal(HttpStatusCode.NotFound, (await ouder.GetAsync($"/Casussen/{casusId}/Versies/{geldend}/Pdf")).StatusCode);
    }

    [Fact]
    public async Task Een_professional_krijgt_het_ouderblad_niet()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await client.GetAsync("/Ouders/WieDoetWat.pdf");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Het_ouderportaal_linkt_naar_beide_pdfs()
    {
        var client = await app.IngelogdAlsAsync("ouder");

        var portaal = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Ouders"));

        Assert.NotNull(portaal.QuerySelector("a[href='/Ouders/WieDoetWat.pdf']"));
        Assert.NotNull(portaal.QuerySelector("a[href='/Ouders/Afspraken.pdf']"));
    }
}
