using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Escalaties;

/// <summary>Escalated signalen made with the domain, as the escalation job and the opschaling form would, saved behind the
/// app's back; and the forms of the escalation page.</summary>
internal static class Opgeschaald
{
    public const string Toelichting = "Niemand belt ons terug over de hulp thuis.";

    /// <summary>An ouder's signaal on the casus with this code, unanswered for ten days and escalated now.</summary>
    public static async Task<(Guid SignaalId, Guid CasusId)> SignaalAsync(RegieApp app, string code, bool escaleren = true)
    {
        await using var db = app.NieuweDbContext();
        var casusId = await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
        var ouder = await db.Users.Where(u => u.Email == $"ouder@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
        var toen = RegieApp.Start.AddDays(-10);
        var signaal = Signaal.Geef(casusId, SignaalSoort.HulpLooptVast, SignaalBron.Ouder, Toelichting, null, ouder, "Ellen Tukker",
            toen, DateOnly.FromDateTime(toen.UtcDateTime)).Waarde!;
        Assert.True(signaal.VoegToe("Het is nu al twee weken stil.", "Ellen Tukker", toen.AddDays(1)).Gelukt);
        if (escaleren) Assert.True(signaal.Escaleer(RegieApp.Start, DateOnly.FromDateTime(RegieApp.Start.UtcDateTime), 3).Gelukt);
        db.Signalen.Add(signaal);
        await db.SaveChangesAsync();
        return (signaal.Id, casusId);
    }

    /// <summary>A professional's opschaling sent straight to the gemeente.</summary>
    public static async Task<(Guid SignaalId, Guid CasusId)> OpschalingAsync(RegieApp app, string code, string door)
    {
        await using var db = app.NieuweDbContext();
        var casusId = await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
        var indiener = await db.Users.Where(u => u.Email == $"{door}@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
        var signaal = Signaal.Geef(casusId, SignaalSoort.AfsprakenNietNagekomen, SignaalBron.Professional, "De afspraken over het rooster worden niet nagekomen.",
            null, indiener, door, RegieApp.Start, DateOnly.FromDateTime(RegieApp.Start.UtcDateTime)).Waarde!;
        Assert.True(signaal.StuurNaarGemeente(RegieApp.Start).Gelukt);
        db.Signalen.Add(signaal);
        await db.SaveChangesAsync();
        return (signaal.Id, casusId);
    }

    /// <summary>Posts the form on the escalation page whose action calls this handler, as a browser does.</summary>
    public static async Task<HttpResponseMessage> DoeAsync(HttpClient client, Guid signaalId, string handler)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Escalaties/{signaalId}"));
        var form = html.Forms.Single(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal));
        return await Formulier.Van(form).PostAsync(client);
    }

    public static async Task<Guid> GebruikerAsync(RegieApp app, string account)
    {
        await using var db = app.NieuweDbContext();
        return await db.Users.Where(u => u.Email == $"{account}@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
    }

    public static string Tekst(IHtmlDocument html) => string.Join(' ', html.QuerySelector("main")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
