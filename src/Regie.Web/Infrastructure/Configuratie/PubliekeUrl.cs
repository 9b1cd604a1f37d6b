using Microsoft.Extensions.Options;

namespace Regie.Web.Infrastructure.Configuratie;

/// <summary>The address the public knows the app by (Regie:PubliekeUrl), for links printed on paper; behind the proxy
/// without that setting, the scheme and host of the request.</summary>
public sealed class PubliekeUrl(IOptions<RegieOpties> opties)
{
    public string Basis(HttpRequest request) =>
        opties.Value.PubliekeUrl is { Length: > 0 } ingesteld
            ? ingesteld.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The configured address without a trailing slash, or null: outside a request (a scheduled mail) there is no
    /// request to take the host from, so a link is left out rather than guessed.</summary>
    public string? Ingesteld => opties.Value.PubliekeUrl is { Length: > 0 } ingesteld ? ingesteld.TrimEnd('/') : null;

    public string Verificatie(HttpRequest request, string code) => $"{Basis(request)}/Verificatie?code={Uri.EscapeDataString(code)}";
}
