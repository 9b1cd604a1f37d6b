using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Regie.Web.Tests.Beheer;

/// <summary>Posting the forms of a page the way a browser does: the chosen form's action, its hidden fields
/// (antiforgery token, row version) and the fields a test fills in.</summary>
internal static class Formulieren
{
    public static async Task<HttpResponseMessage> VerstuurAsync(HttpClient client, string paginaUrl,
        Func<IHtmlFormElement, bool> welk, Dictionary<string, string>? velden = null)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(paginaUrl));
        var formulier = html.Forms.Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)).FirstOrDefault(welk)
            ?? throw new InvalidOperationException($"Geen passend formulier op {paginaUrl}");
        var waarden = velden ?? [];
        foreach (var verborgen in formulier.QuerySelectorAll("input[type=hidden][name]"))
            waarden.TryAdd(verborgen.GetAttribute("name")!, verborgen.GetAttribute("value") ?? "");
        var actie = formulier.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(actie) ? paginaUrl : actie, new FormUrlEncodedContent(waarden));
    }

    /// <summary>The form whose action calls this handler for this id, such as Deactiveer for one account.</summary>
    public static Func<IHtmlFormElement, bool> Handler(string handler, Guid id) =>
        f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal)
             && (f.GetAttribute("action") ?? "").Contains(id.ToString(), StringComparison.Ordinal);

    /// <summary>The main form of a page: the one without an action of its own (not the logout form in the header).</summary>
    public static bool Hoofdformulier(IHtmlFormElement f) => string.IsNullOrEmpty(f.GetAttribute("action"));

    /// <summary>Follows the redirect after an invitation and reads the link the page shows to pass on.</summary>
    public static async Task<string> UitnodigingslinkNaAsync(HttpClient client, HttpResponseMessage redirect)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(redirect.Headers.Location));
        return html.QuerySelector("a.uitnodigingslink")?.GetAttribute("href")
            ?? throw new InvalidOperationException("Er staat geen uitnodigingslink op de pagina.");
    }

    /// <summary>The beheerder invites a professional through the real form; returns the invitation link.</summary>
    public static async Task<string> NodigProfessionalUitAsync(RegieApp app, HttpClient beheerder, string naam, string email,
        string organisatie = "Jeugdzorg De Linde")
    {
        Guid organisatieId;
        await using (var db = app.NieuweDbContext())
            organisatieId = await db.Organisaties.Where(o => o.Naam == organisatie).Select(o => o.Id).SingleAsync();
        var response = await VerstuurAsync(beheerder, "/Beheer/Accounts/Professional", Hoofdformulier, new()
        {
            ["Input.Naam"] = naam,
            ["Input.Email"] = email,
            ["Input.OrganisatieId"] = organisatieId.ToString(),
            ["Input.Functie"] = "Ambulant hulpverlener",
            ["Input.Telefoon"] = "074 123 4567",
            ["Input.Bereikbaarheid"] = "Maandag en dinsdag",
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Uitnodigen mislukte: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await UitnodigingslinkNaAsync(beheerder, response);
    }

    /// <summary>The invitee opens the link in a fresh browser and chooses a password.</summary>
    public static async Task<HttpResponseMessage> KiesWachtwoordAsync(RegieApp app, string link, string wachtwoord, string? herhaling = null) =>
        await VerstuurAsync(app.NieuweClient(), new Uri(link).PathAndQuery, Hoofdformulier, new()
        {
            ["Input.Wachtwoord"] = wachtwoord,
            ["Input.Herhaling"] = herhaling ?? wachtwoord,
        });
}
