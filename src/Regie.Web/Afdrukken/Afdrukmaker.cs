using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using QRCoder;
using Regie.Domain.Handreiking;
using Regie.Web.Infrastructure.Pdf;
using Regie.Web.Regio;

namespace Regie.Web.Afdrukken;

/// <summary>The print templates: Razor components rendered to an HTML string on the server (text escaped as on every page),
/// then handed to the <see cref="IPdfRenderer"/>.</summary>
public sealed class Afdrukmaker(IPdfRenderer renderer, IServiceScopeFactory scopes, ILoggerFactory logging)
{
    public async Task<byte[]> HandreikingAsync(Handreikingversie versie, string verificatieUrl, CancellationToken ct)
    {
        var html = await HandreikingHtmlAsync(versie, verificatieUrl);
        var h = versie.Inhoud;
        return await renderer.RenderAsync(html, new PdfOpties(
            $"{h.CasusCode} · Gezin {h.Gezinsnaam}",
            $"Versie {versie.Volgnummer} · vastgesteld op {Weergave.Datum(versie.VastgesteldOp)}",
            $"Verificatiecode {versie.Verificatiecode}"), ct);
    }

    public Task<string> HandreikingHtmlAsync(Handreikingversie versie, string verificatieUrl) =>
        HtmlAsync<HandreikingAfdruk>(new Dictionary<string, object?>
        {
            [nameof(HandreikingAfdruk.Versie)] = versie,
            [nameof(HandreikingAfdruk.VerificatieUrl)] = verificatieUrl,
            [nameof(HandreikingAfdruk.QrCode)] = QrCode(verificatieUrl),
        });

    public async Task<byte[]> WieDoetWatAsync(WieDoetWatGegevens gegevens, CancellationToken ct)
    {
        var html = await HtmlAsync<WieDoetWatAfdruk>(new Dictionary<string, object?> { [nameof(WieDoetWatAfdruk.Gegevens)] = gegevens });
        return await renderer.RenderAsync(html, new PdfOpties(
            $"Gezin {gegevens.Gezinsnaam} · wie doet wat", $"Gemaakt op {Weergave.Datum(gegevens.GemaaktOp)}"), ct);
    }

    /// <summary>"Alles wat Regie over ons bewaart" (AVG artikel 15): the content of the ouder's JSON download on paper.</summary>
    public async Task<byte[]> GegevensAsync(AlleGegevens gegevens, CancellationToken ct)
    {
        var html = await HtmlAsync<GegevensAfdruk>(new Dictionary<string, object?> { [nameof(GegevensAfdruk.Gegevens)] = gegevens });
        return await renderer.RenderAsync(html, new PdfOpties(
            $"Gezin {gegevens.Casus.Gezinsnaam} · alles wat Regie bewaart", $"Gemaakt op {Weergave.Datum(gegevens.GemaaktOp)}"), ct);
    }

    /// <summary>The factsheet of one gemeente: the dashboard's figures for that filter, suppressed as there.</summary>
    public async Task<byte[]> RegioFactsheetAsync(Regiooverzicht overzicht, string gemeente, CancellationToken ct)
    {
        var html = await HtmlAsync<RegioFactsheet>(new Dictionary<string, object?>
        {
            [nameof(RegioFactsheet.Overzicht)] = overzicht,
            [nameof(RegioFactsheet.Gemeente)] = gemeente,
        });
        return await renderer.RenderAsync(html, new PdfOpties(
            $"Factsheet regie in 7 stappen · {gemeente}", RegioFactsheet.Periode(overzicht.Filter.Tijdvak),
            "Alleen aantallen, nooit namen"), ct);
    }

    /// <summary>Any other print page (the benchmark's one-paragraph floor uses this).</summary>
    public async Task<string> HtmlAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        // The renderer needs scoped services (ComponentsActivitySource), so each print gets a scope of its own.
        await using var scope = scopes.CreateAsyncScope();
        await using var html = new HtmlRenderer(scope.ServiceProvider, logging);
        return await html.Dispatcher.InvokeAsync(async () =>
            (await html.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    /// <summary>The QR code as a data: URI, so the renderer needs no request for it.</summary>
    public static string QrCode(string inhoud)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(inhoud, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(8));
    }
}
