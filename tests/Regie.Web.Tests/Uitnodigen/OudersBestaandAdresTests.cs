using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Demo;
using Regie.Web.Pages.Account;
using Regie.Web.Pages.Uitnodigen;
using Regie.Web.Tests.Beheer;

namespace Regie.Web.Tests.Uitnodigen;

public sealed class OudersBestaandAdresTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Een_adres_met_een_account_krijgt_hetzelfde_antwoord_als_een_nieuw_adres()
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var johan = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var url = $"/Casussen/{casus}/Ouders";

        var response = await Formulieren.VerstuurAsync(sanne, url, Formulieren.Hoofdformulier, new()
        {
            ["Input.BetrokkeneId"] = johan.ToString(),
            ["Input.Email"] = $"beheerder@{DemoData.Domein}",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(response.Headers.Location));
        Assert.Contains("Johan Tukker is uitgenodigd. Er is geen e-mail verstuurd: geef de link hieronder zelf door.", pagina.Body!.TextContent, StringComparison.Ordinal);
        var link = pagina.QuerySelector("a.uitnodigingslink")!.GetAttribute("href")!;
        Assert.Contains("/Account/Uitnodiging/", link, StringComparison.Ordinal);
        Assert.DoesNotContain("bestaat al een account", pagina.Body.TextContent, StringComparison.Ordinal);
        // Nothing was made for Johan, and the link leads to the same message as a used one.
        Assert.False(await db.Users.AnyAsync(u => u.BetrokkeneId == johan));
        var linkPagina = await RegieApp.LeesHtmlAsync(await app.NieuweClient().GetAsync(new Uri(link).PathAndQuery));
        Assert.Contains(UitnodigingModel.Onbruikbaar, linkPagina.Body!.TextContent, StringComparison.Ordinal);
        // The casus' line is the one a real invitation writes, with the id and not the name.
        var regel = await db.Logboek.SingleAsync(l => l.CasusId == casus && l.Entiteit == "Ouderaccount" && l.Actie == LogboekActie.Aangemaakt);
        Assert.Equal($"Ouderaccount voor betrokkene {johan} uitgenodigd", regel.Omschrijving);
    }
}
