using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Toestemmingen;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Toestemmingen;

/// <summary>"Delen is nodig zonder toestemming" is stored, and the professional of that organisation reads the decision in the
/// casus header instead of the plain warning. A class of its own: the notice for De Linde is what ToestemmingTests also reads.</summary>
public sealed class DeelbesluitTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Het_besluit_wordt_bewaard_en_de_melding_op_de_casus_noemt_datum_en_reden()
    {
        var casus = await CasusAsync(app);
        var behandelaar = await app.IngelogdAlsAsync("behandelaar"); // Jeugdzorg De Linde: no toestemming in the demo
        Assert.StartsWith("Er is geen geldige toestemming", Tekst(await HtmlAsync(behandelaar, $"/Casussen/{casus}"), "#geen-toestemming"), StringComparison.Ordinal);

        Guid linde;
        await using (var db = app.NieuweDbContext())
            linde = await db.Organisaties.Where(o => o.Naam == "Jeugdzorg De Linde").Select(o => o.Id).SingleAsync();
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var response = await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Toestemming?handler=Besluit", new()
        {
            ["Besluit.OrganisatieId"] = linde.ToString(), ["Besluit.Grond"] = "Meldcode",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using (var db = app.NieuweDbContext())
        {
            var besluit = await db.Deelbesluiten.SingleAsync(d => d.CasusId == casus && d.OrganisatieId == linde);
            Assert.Equal((Deelgrond.Meldcode, "Sanne de Vries", RegieApp.Start), (besluit.Grond, besluit.BesluitDoor, besluit.Op));
            var medewerker = await db.Medewerkers.Where(m => m.Email.StartsWith("jeugdconsulent@")).Select(m => m.Id).SingleAsync();
            Assert.Equal(medewerker, besluit.BesluitDoorId);
        }
        Assert.Equal("Er is geen toestemming van het gezin om gegevens te delen met Jeugdzorg De Linde; de regievoerder heeft op 24 november 2026 "
            + "besloten dat delen toch nodig is: De meldcode huiselijk geweld en kindermishandeling wordt gevolgd.",
            Tekst(await HtmlAsync(behandelaar, $"/Casussen/{casus}/Taken"), "#geen-toestemming"));
        // Another organisation's professional still reads their own notice (here: none, Wijkracht has Johan's toestemming).
        Assert.Null((await HtmlAsync(await app.IngelogdAlsAsync("maatschappelijkwerker"), $"/Casussen/{casus}")).QuerySelector("#geen-toestemming"));
        // The regievoerder decides, and gets no notice.
        Assert.Null((await HtmlAsync(sanne, $"/Casussen/{casus}")).QuerySelector("#geen-toestemming"));
    }
}
