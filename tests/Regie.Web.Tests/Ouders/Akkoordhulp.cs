using System.Net;
using AngleSharp.Html.Dom;
using Regie.Web.Demo;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Ouders;

/// <summary>What the akkoord tests do again and again: lay Tukker's concept before the ouders, answer in the portal.</summary>
internal static class Akkoordhulp
{
    public const string AkkoordUrl = "/Ouders/Akkoord";

    /// <summary>The regievoerder presses "Voorleggen aan de ouders"; answers the response.</summary>
    public static async Task<HttpResponseMessage> LegVoorAsync(HttpClient regievoerder, Guid casus)
    {
        var url = $"/Casussen/{casus}/Vaststellen";
        var pagina = await HtmlAsync(regievoerder, url);
        var form = pagina.QuerySelector("main form[action*='handler=Voorleggen']")
            ?? throw new InvalidOperationException("Geen knop 'Voorleggen aan de ouders'.");
        return await Formulier.Van(form).PostAsync(regievoerder);
    }

    public static Formulier AkkoordFormulier(IHtmlDocument pagina) => Formulier.Van(pagina.QuerySelector("main form.akkoord")!, AkkoordUrl);

    /// <summary>The ouder reads the afspraken and answers; asserts the answer was taken (post/redirect/get).</summary>
    public static async Task AntwoordAsync(HttpClient ouder, bool akkoord, string? opmerking = null)
    {
        var response = await AkkoordFormulier(await HtmlAsync(ouder, AkkoordUrl))
            .Met("Input.Akkoord", akkoord ? "true" : "false").Met("Input.Opmerking", opmerking).PostAsync(ouder);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task<HttpClient> JohanAsync(RegieApp app) => OuderAsync(app, DemoData.TukkerCode, "Johan Tukker");
}
