using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Demo;
using Xunit.Abstractions;

namespace Regie.Web.Tests.Rondreizen;

/// <summary>The session is read from the database on every request here (no cache), so a count holds the worst case.</summary>
public sealed class RondreisApp : RegieApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:Sessies:CacheSeconden", "0");
    }
}

/// <summary>Round trips to PostgreSQL per casus page view, everything on the request included (session check, authorisation,
/// loading, the logboek row). The budgets are today's counts, so a page can only get cheaper; issue 12 brings every
/// view to at most 3 and a save to 4.</summary>
public sealed class RondreizenTests(RondreisApp app, ITestOutputHelper uit) : IClassFixture<RondreisApp>
{
    [Theory]
    [InlineData("/Casussen", 3)]
    [InlineData("/Casussen/{casus}", 3)]
    [InlineData("/Casussen/{casus}/Mdo", 3)]
    [InlineData("/Casussen/{casus}/Betrokkenen", 3)]
    [InlineData("/Casussen/{casus}/Betrokkenen/{betrokkene}/Wijzigen", 3)]
    [InlineData("/Casussen/{casus}/Taken", 3)]
    [InlineData("/Casussen/{casus}/Taken/{taak}/Wijzigen", 3)]
    [InlineData("/Casussen/{casus}/Regie", 3)]
    [InlineData("/Casussen/{casus}/Regie/Overdracht", 3)]
    [InlineData("/Casussen/{casus}/Gegevens", 3)]
    [InlineData("/Casussen/{casus}/Ouders", 3)]
    [InlineData("/Casussen/{casus}/Vaststellen", 3)]
    [InlineData("/Casussen/{casus}/Afsluiten", 3)]
    [InlineData("/Casussen/{casus}/Versies", 3)]
    [InlineData("/Casussen/{casus}/Versies/1", 3)]
    [InlineData("/Casussen/{casus}/Versies/Vergelijk?a=1&b=1", 3)]
    [InlineData("/Casussen/{casus}/Versies/1/Pdf", 3)]
    [InlineData("/Casussen/{casus}/Logboek", 3)]
    [InlineData("/Casussen/{casus}/Signalen", 3)]
    [InlineData("/Casussen/{casus}/Signalen/{signaal}", 3)]
    [InlineData("/Casussen/{casus}/Correcties", 3)]
    public async Task Een_casuspagina_blijft_binnen_zijn_rondreizen(string pagina, int budget)
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent@demo.regie.test");
        var url = await UrlAsync(pagina);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode); // warm: compiled queries, caches

        using var teller = new Rondreizen(app.AppConnectionString);
        var response = await client.GetAsync(url);
        var commando = teller.Sinds();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // With the bell in the header: its count comes from the page's own statement, not a round trip of its own.
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
            Assert.NotNull((await RegieApp.LeesHtmlAsync(response)).QuerySelector("header a#bel[href='/Meldingen']"));
        uit.WriteLine($"{pagina}: {commando.Count} rondreizen");
        Assert.True(commando.Count <= budget,
            $"{pagina}: {commando.Count} rondreizen, budget {budget}:\n{string.Join("\n", commando)}");
    }

    [Fact]
    public async Task Het_ouderportaal_blijft_binnen_zijn_rondreizen()
    {
        const int budget = 3;
        var client = await app.IngelogdAlsAsync("ouder@demo.regie.test");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Ouders")).StatusCode);

        using var teller = new Rondreizen(app.AppConnectionString);
        var response = await client.GetAsync("/Ouders");
        var commando = teller.Sinds();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(commando.Count <= budget, $"/Ouders: {commando.Count} rondreizen, budget {budget}:\n{string.Join("\n", commando)}");
    }

    [Fact]
    public async Task Een_MDO_stap_opslaan_blijft_binnen_zijn_rondreizen()
    {
        const int budget = 4;
        var client = await app.IngelogdAlsAsync("jeugdconsulent@demo.regie.test");
        var url = await UrlAsync("/Casussen/{casus}/Mdo");
        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync(url));
        var formulier = Formulier.Van(pagina.QuerySelector("#stap-5 form[action*='handler=Stap']")!)
            .Met("Stap.Afspraken", "Ouders krijgen elke vrijdag een kort bericht.");

        using var teller = new Rondreizen(app.AppConnectionString);
        var response = await formulier.PostAsync(client);
        var commando = teller.Sinds();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        uit.WriteLine($"MDO-stap opslaan: {commando.Count} rondreizen");
        Assert.True(commando.Count <= budget, $"MDO-stap opslaan: {commando.Count} rondreizen, budget {budget}:\n{string.Join("\n", commando)}");
    }

    [Fact]
    public async Task Inhoudelijke_regie_toevoegen_blijft_binnen_zijn_rondreizen()
    {
        const int budget = 4;
        var client = await app.IngelogdAlsAsync("jeugdconsulent@demo.regie.test");
        var url = await UrlAsync("/Casussen/{casus}/Regie");
        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync(url));
        var wie = pagina.QuerySelector("select[name='Inhoudelijk.BetrokkeneId'] option[value]:not([value=''])")!.GetAttribute("value");
        var formulier = Formulier.Van(pagina.QuerySelector("form[action*='handler=InhoudelijkeRegie']")!)
            .Met("Inhoudelijk.BetrokkeneId", wie)
            .Met("Inhoudelijk.Onderdeel", "Rondreizen tellen");

        using var teller = new Rondreizen(app.AppConnectionString);
        var response = await formulier.PostAsync(client);
        var commando = teller.Sinds();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        uit.WriteLine($"Inhoudelijke regie toevoegen: {commando.Count} rondreizen");
        Assert.True(commando.Count <= budget, $"Inhoudelijke regie toevoegen: {commando.Count} rondreizen, budget {budget}:\n{string.Join("\n", commando)}");
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Regietoewijzingen.AnyAsync(r => r.Onderdeel == "Rondreizen tellen" && r.Tot == null));
    }

    [Fact]
    public async Task Een_taak_wijzigen_blijft_binnen_zijn_rondreizen()
    {
        const int budget = 4;
        var client = await app.IngelogdAlsAsync("jeugdconsulent@demo.regie.test");
        var url = await UrlAsync("/Casussen/{casus}/Taken/{taak}/Wijzigen");
        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync(url));
        var formulier = Formulier.Van(pagina.Forms.Single(f => f.QuerySelector("input[name='Input.Versie']") is not null), url)
            .Met("Input.Omschrijving", $"Samen naar het werkplein ({Guid.NewGuid():N})");

        using var teller = new Rondreizen(app.AppConnectionString);
        var response = await formulier.PostAsync(client);
        var commando = teller.Sinds();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        uit.WriteLine($"Taak wijzigen: {commando.Count} rondreizen");
        Assert.True(commando.Count <= budget, $"Taak wijzigen: {commando.Count} rondreizen, budget {budget}:\n{string.Join("\n", commando)}");
    }

    [Fact]
    public async Task Een_ouder_opnieuw_uitnodigen_blijft_binnen_zijn_rondreizen()
    {
        // Session, casus, the ouder's account with its working links (one query), the save that revokes them and adds the new one.
        const int budget = 4;
        var client = await app.IngelogdAlsAsync("jeugdconsulent@demo.regie.test");
        var url = await UrlAsync("/Casussen/{casus}/Ouders");
        var uitnodigen = Formulier.Van((await RegieApp.LeesHtmlAsync(await client.GetAsync(url))).QuerySelector("main form.formulier")!, url)
            .Met("Input.Email", "johan.rondreis@example.nl");
        Assert.Equal(HttpStatusCode.Redirect, (await uitnodigen.PostAsync(client)).StatusCode);
        var formulier = Formulier.Van((await RegieApp.LeesHtmlAsync(await client.GetAsync(url))).QuerySelector("form[action*='handler=Opnieuw']")!);

        using var teller = new Rondreizen(app.AppConnectionString);
        var response = await formulier.PostAsync(client);
        var commando = teller.Sinds();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        uit.WriteLine($"Ouder opnieuw uitnodigen: {commando.Count} rondreizen");
        Assert.True(commando.Count <= budget, $"Ouder opnieuw uitnodigen: {commando.Count} rondreizen, budget {budget}:\n{string.Join("\n", commando)}");
        // The older link no longer works: only the new one does.
        await using var db = app.NieuweDbContext();
        var account = await db.Users.SingleAsync(u => u.Email == "johan.rondreis@example.nl");
        var nu = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.Equal(2, await db.Uitnodigingen.CountAsync(u => u.GebruikerId == account.Id));
        Assert.Equal(1, await db.Uitnodigingen.CountAsync(u => u.GebruikerId == account.Id && u.GebruiktOp == null && u.VerlooptOp > nu));
    }

    private async Task<string> UrlAsync(string pagina)
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var betrokkene = await db.Betrokkenen.Where(b => b.CasusId == casus).OrderBy(b => b.Naam).Select(b => b.Id).FirstAsync();
        var taak = await db.Taken.Where(t => t.CasusId == casus).OrderBy(t => t.Omschrijving).Select(t => t.Id).FirstAsync();
        var signaal = await db.Signalen.Where(s => s.CasusId == casus).OrderBy(s => s.IngediendOp).Select(s => s.Id).FirstAsync();
        return pagina.Replace("{casus}", casus.ToString(), StringComparison.Ordinal)
            .Replace("{signaal}", signaal.ToString(), StringComparison.Ordinal)
            .Replace("{betrokkene}", betrokkene.ToString(), StringComparison.Ordinal)
            .Replace("{taak}", taak.ToString(), StringComparison.Ordinal);
    }
}
