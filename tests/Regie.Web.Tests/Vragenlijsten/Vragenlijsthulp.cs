using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Tests.Vragenlijsten;

/// <summary>Offers made straight in the database (as the afsluiten page or the regiocoördinator's meetmoment would), and the
/// questionnaire form as a browser posts it.</summary>
internal static class Vragenlijsthulp
{
    public static async Task<Guid> AccountAsync(RegieApp app, string account)
    {
        await using var db = app.NieuweDbContext();
        return await db.Users.Where(u => u.Email == $"{account}@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
    }

    public static async Task<Vragenlijstversie> VersieAsync(RegieApp app, Doelgroep doelgroep)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Vragenlijstbron>().HuidigeAsync(doelgroep, CancellationToken.None);
    }

    /// <summary>An open offer of the ouders' list for <paramref name="account"/>, at a moment of its own (as after a vaststelling).</summary>
    public static async Task<Guid> OuderAanbodAsync(RegieApp app, string account = "ouder", string code = DemoData.TukkerCode)
    {
        var versie = await VersieAsync(app, Doelgroep.Ouders);
        var gebruiker = await AccountAsync(app, account);
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.SingleAsync(c => c.Code == code);
        var aanbod = Vragenlijstaanbod.VoorOuder(gebruiker, versie, casus, Vragenlijstaanbod.MomentVaststelling(Guid.NewGuid()), app.Klok.GetUtcNow());
        db.Vragenlijstaanbiedingen.Add(aanbod);
        await db.SaveChangesAsync();
        return aanbod.Id;
    }

    /// <summary>A meetmoment over this month and an offer of the professionals' list for <paramref name="account"/>.</summary>
    public static async Task<Guid> ProfessionalAanbodAsync(RegieApp app, string account)
    {
        var versie = await VersieAsync(app, Doelgroep.Professionals);
        var gebruiker = await AccountAsync(app, account);
        var nu = app.Klok.GetUtcNow();
        var maand = DateOnly.FromDateTime(nu.UtcDateTime);
        var meetmoment = Meetmoment.Maak("Tussenmeting", versie, maand, maand, "Regiocoördinator", nu).Waarde!;
        var aanbod = Vragenlijstaanbod.VoorProfessional(gebruiker, versie, meetmoment, nu);
        meetmoment.Aangeboden(1);
        await using var db = app.NieuweDbContext();
        db.Meetmomenten.Add(meetmoment);
        db.Vragenlijstaanbiedingen.Add(aanbod);
        await db.SaveChangesAsync();
        return aanbod.Id;
    }

    public static async Task<IHtmlDocument> HtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RegieApp.LeesHtmlAsync(response);
    }

    public static Formulier Formulier(IHtmlDocument pagina, string url) => Tests.Formulier.Van(pagina.QuerySelector("main form.vragenlijst")!, url);

    public static string Foutmelding(IHtmlDocument pagina, string code) =>
        pagina.QuerySelector($"[data-valmsg-for='Antwoorden[{code}]']")?.TextContent.Trim() ?? "";

    public static async Task<int> AantalInvullingenAsync(RegieApp app)
    {
        await using var db = app.NieuweDbContext();
        return await db.VragenlijstInvullingen.CountAsync();
    }

    public static async Task<AanbodStatus> StatusAsync(RegieApp app, Guid aanbodId)
    {
        await using var db = app.NieuweDbContext();
        return await db.Vragenlijstaanbiedingen.Where(a => a.Id == aanbodId).Select(a => a.Status).SingleAsync();
    }
}
