using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Versies;

/// <summary>Makes a version 2 of its own, so it gets a database of its own (VergelijkTests counts on version 2 too).</summary>
public sealed class VergelijkTelefoonTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Een_nieuw_telefoonnummer_staat_in_de_vergelijking_als_veranderd()
    {
        Guid casusId, johan;
        await using (var db = app.NieuweDbContext())
        {
            casusId = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
            johan = await db.Betrokkenen.Where(b => b.CasusId == casusId && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
        }
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var basis = $"/Casussen/{casusId}";
        var wijzigen = $"{basis}/Betrokkenen/{johan}/Wijzigen";
        var formulier = Formulier.Van((await RegieApp.LeesHtmlAsync(await client.GetAsync(wijzigen))).QuerySelector("main form")!, wijzigen);
        Assert.Equal("06 1234 5601", formulier["Input.Telefoon"]);
        Assert.Equal(HttpStatusCode.Redirect, (await formulier.Met("Input.Telefoon", "06 5555 0101").PostAsync(client)).StatusCode);
        var vaststellen = await Vaststellen.Vaststelformulier.AkkoordAsync(client, casusId);
        Assert.Equal(HttpStatusCode.Redirect, (await vaststellen.PostAsync(client)).StatusCode);

        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync($"{basis}/Versies/Vergelijk?a=1&b=2"));

        var rij = pagina.QuerySelectorAll(".vergelijking tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Betrokkenen", StringComparison.Ordinal));
        Assert.Contains("Gewijzigd", rij.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        // Only the changed words are marked: not the line break after them, nor the next betrokkene's name.
        Assert.Equal(["5555", "0101"], rij.QuerySelectorAll("ins").Select(i => i.TextContent));
        Assert.Equal(["1234", "5601"], rij.QuerySelectorAll("del").Select(d => d.TextContent));
    }
}
