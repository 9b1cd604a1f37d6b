using AngleSharp.Html.Dom;

namespace Regie.Web.Tests.Casussen.Vaststellen;

/// <summary>The vaststellen form as the page renders it, and the answers a professional records at the table: one per
/// beslisser without an answer of their own (or the one answer of the ouders when nobody's gezag is known).</summary>
internal static class Vaststelformulier
{
    public const string Selector = "main form.vaststellen";

    public static Formulier Van(IHtmlDocument pagina, string url) => Formulier.Van(pagina.QuerySelector(Selector)!, url);

    /// <summary>The form of <paramref name="casusId"/> with every answer asked at the table set to akkoord.</summary>
    public static async Task<Formulier> AkkoordAsync(HttpClient client, Guid casusId, string? opmerking = null)
    {
        var url = $"/Casussen/{casusId}/Vaststellen";
        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync(url));
        return Van(pagina, url).IedereenAkkoord(pagina, opmerking);
    }

    /// <summary>Every yes/no asked on the page set to <paramref name="akkoord"/>; <paramref name="opmerking"/> in every remark.</summary>
    public static Formulier IedereenAkkoord(this Formulier formulier, IHtmlDocument pagina, string? opmerking = null, bool akkoord = true)
    {
        var form = pagina.QuerySelector(Selector)!;
        foreach (var naam in form.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct())
            formulier.Met(naam, akkoord ? "true" : "false");
        if (opmerking is not null)
        {
            foreach (var veld in form.QuerySelectorAll("textarea")) formulier.Met(veld.GetAttribute("name")!, opmerking);
        }
        return formulier;
    }
}
