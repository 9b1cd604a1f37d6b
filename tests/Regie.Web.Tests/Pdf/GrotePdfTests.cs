using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Organisaties;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Pdf;

/// <summary>A handreiking of 40 betrokkenen and 120 taken, vastgesteld straight in the database (so without a stored PDF):
/// the first download renders and stores it, and it flows over many pages without cutting a row in half.</summary>
public sealed class GrotePdfTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> GroteCasusAsync()
    {
        await using var db = app.NieuweDbContext();
        if (await db.Casussen.Where(c => c.Code == "TW-2026-9001").Select(c => (Guid?)c.Id).SingleOrDefaultAsync() is { } bestaand) return bestaand;
        var almelo = await db.Organisaties.SingleAsync(o => o.Naam == "Gemeente Almelo");
        var linde = await db.Organisaties.SingleAsync(o => o.Naam == "Jeugdzorg De Linde");
        var sanne = await db.Medewerkers.SingleAsync(m => m.Naam == "Sanne de Vries");
        var sjabloon = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
        var casus = GroteHandreiking.Maak("TW-2026-9001", almelo, linde, sjabloon, RegieApp.Start, sanne);
        db.Casussen.Add(casus);
        await db.SaveChangesAsync();
        return casus.Id;
    }

    [Fact]
    public async Task Een_grote_handreiking_loopt_over_veel_paginas_zonder_dat_een_rij_wordt_gesplitst()
    {
        var casusId = await GroteCasusAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await client.GetAsync($"/Casussen/{casusId}/Versies/1/Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var pdf = PdfInhoud.Lees(bytes, "groot");
        Assert.True(pdf.AantalPaginas >= 8, $"{pdf.AantalPaginas} pagina's");
        for (var p = 1; p <= pdf.AantalPaginas; p++)
        {
            Assert.Contains($"pagina {p} van {pdf.AantalPaginas}", pdf.Paginas[p - 1], StringComparison.Ordinal);
            Assert.Contains("TW-2026-9001 · Gezin Van der Ëlst-Çelik", pdf.Paginas[p - 1], StringComparison.Ordinal);
        }
        for (var i = 1; i <= 120; i++)
            Assert.True(pdf.PaginasMetInKolom(GroteHandreiking.Taaktekst(i), "Wat", "Resultaat").Count() == 1,
                $"Taak {i} staat niet heel op één pagina: {string.Join("\n", pdf.Paginas.Where(p => p.Contains($"Taak {i:000}:", StringComparison.Ordinal)))}");
        for (var i = 2; i <= 40; i++)
            Assert.True(pdf.Bevat($"{i:00} "), $"betrokkene {i} ontbreekt");
        // The header row of "wie doet wat" is repeated on every page the table runs over.
        Assert.True(pdf.Paginas.Count(p => PdfInhoud.Plat(p).Contains("WieWatResultaatTotwanneer", StringComparison.Ordinal)) >= 3);
        Assert.True(pdf.Bevat("12. Afspraken bij stap 7 (Verandering, overdracht en afsluiting)"));

        await using var db = app.NieuweDbContext();
        var versieId = await db.Handreikingversies.Where(v => v.CasusId == casusId).Select(v => v.Id).SingleAsync();
        Assert.Equal(bytes, (await db.HandreikingPdfs.SingleAsync(p => p.VersieId == versieId)).Bytes);
    }
}
