using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Versies;

/// <summary>Makes a version 2, so it gets a database of its own.</summary>
public sealed class VergelijkTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Vergelijken_markeert_precies_de_veranderde_woorden_en_laat_html_gecodeerd()
    {
        Guid casusId;
        await using (var db = app.NieuweDbContext())
            casusId = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var basis = $"/Casussen/{casusId}";
        string stap5, stap6;
        await using (var db = app.NieuweDbContext())
        {
            stap5 = (await db.CasusStappen.SingleAsync(s => s.CasusId == casusId && s.Nummer == 5)).Afspraken!;
            stap6 = (await db.CasusStappen.SingleAsync(s => s.CasusId == casusId && s.Nummer == 6)).Afspraken!;
        }
        Assert.StartsWith("Sanne is het aanspreekpunt", stap5, StringComparison.Ordinal);
        Assert.Contains("over twee maanden", stap6, StringComparison.Ordinal);

        var mdo = await RegieApp.LeesHtmlAsync(await client.GetAsync($"{basis}/Mdo"));
        var vijf = Formulier.Van(mdo.QuerySelector("#stap-5 form[action*='handler=Stap']")!)
            .Met("Stap.Afspraken", "Peter" + stap5["Sanne".Length..]);
        Assert.Equal(HttpStatusCode.Redirect, (await vijf.PostAsync(client)).StatusCode);
        mdo = await RegieApp.LeesHtmlAsync(await client.GetAsync($"{basis}/Mdo"));
        var zes = Formulier.Van(mdo.QuerySelector("#stap-6 form[action*='handler=Stap']")!)
            .Met("Stap.Afspraken", stap6.Replace("over twee maanden", "over <b>drie</b> maanden", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await zes.PostAsync(client)).StatusCode);
        var vaststellen = await Vaststellen.Vaststelformulier.AkkoordAsync(client, casusId);
        Assert.Equal(HttpStatusCode.Redirect, (await vaststellen.PostAsync(client)).StatusCode);

        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync($"{basis}/Versies/Vergelijk?a=1&b=2"));

        var rij5 = pagina.QuerySelectorAll(".vergelijking tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("5.", StringComparison.Ordinal));
        Assert.Equal(["Sanne"], rij5.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["Peter"], rij5.QuerySelectorAll("ins").Select(i => i.TextContent));
        Assert.Contains("verwijderd:", rij5.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("toegevoegd:", rij5.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        var rij6 = pagina.QuerySelectorAll(".vergelijking tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("6.", StringComparison.Ordinal));
        Assert.Equal(["twee"], rij6.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["<b>drie</b>"], rij6.QuerySelectorAll("ins").Select(i => i.TextContent));
        Assert.Empty(pagina.QuerySelectorAll(".vergelijking b"));
        // The cell reads as the text itself: no line breaks slipped in between the marked words (the cell keeps line breaks).
        var nieuweCel = rij5.QuerySelectorAll("td")[1].Clone() as AngleSharp.Dom.IElement;
        foreach (var verborgen in nieuweCel!.QuerySelectorAll(".verborgen").ToList()) verborgen.Remove();
        Assert.Equal("Peter" + stap5["Sanne".Length..], nieuweCel.TextContent);
        // Only the two steps changed; the rest, regie included, reads the same in both versions.
        Assert.Equal(2, pagina.QuerySelectorAll(".vergelijking tr.gewijzigd").Length);
        // Sections that did not change get no marks at all.
        var rij7 = pagina.QuerySelectorAll(".vergelijking tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("7.", StringComparison.Ordinal));
        Assert.Empty(rij7.QuerySelectorAll("ins, del"));
    }
}
