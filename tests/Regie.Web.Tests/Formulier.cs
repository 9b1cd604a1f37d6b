using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Regie.Web.Tests;

/// <summary>A form as a browser would send it: its current fields (hidden inputs, text, checked boxes and radios,
/// selected options), which a test then changes before posting to the form's own action.</summary>
public sealed class Formulier
{
    private readonly List<KeyValuePair<string, string>> _velden;

    private Formulier(string actie, List<KeyValuePair<string, string>> velden)
    {
        Actie = actie;
        _velden = velden;
    }

    public string Actie { get; }

    /// <param name="pagina">The page's own URL: a form without action posts back to it.</param>
    public static Formulier Van(IElement form, string? pagina = null)
    {
        var velden = new List<KeyValuePair<string, string>>();
        foreach (var e in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var naam = e.GetAttribute("name")!;
            switch (e)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } i when !i.IsChecked:
                    break;
                case IHtmlInputElement { Type: "submit" }:
                    break;
                case IHtmlInputElement i:
                    velden.Add(new(naam, i.Value));
                    break;
                case IHtmlTextAreaElement t:
                    velden.Add(new(naam, t.Value));
                    break;
                case IHtmlSelectElement s:
                    foreach (var o in s.Options.Where(o => o.IsSelected)) velden.Add(new(naam, o.Value));
                    break;
            }
        }
        var actie = form.GetAttribute("action");
        return new Formulier(string.IsNullOrEmpty(actie) ? pagina ?? throw new InvalidOperationException("Dit formulier heeft geen action: geef de URL van de pagina mee.") : actie, velden);
    }

    public string? this[string naam]
    {
        get => _velden.FirstOrDefault(v => v.Key == naam).Value;
        set
        {
            _velden.RemoveAll(v => v.Key == naam);
            if (value is not null) _velden.Add(new(naam, value));
        }
    }

    public Formulier Met(string naam, string? waarde)
    {
        this[naam] = waarde;
        return this;
    }

    public Formulier Plus(string naam, string waarde)
    {
        _velden.Add(new(naam, waarde));
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client) => client.PostAsync(Actie, new FormUrlEncodedContent(_velden));

    /// <summary>The same fields as multipart/form-data, as a form with a file input would send them.</summary>
    public Task<HttpResponseMessage> PostMultipartAsync(HttpClient client)
    {
        var inhoud = new MultipartFormDataContent();
        foreach (var (naam, waarde) in _velden) inhoud.Add(new StringContent(waarde, System.Text.Encoding.UTF8), naam);
        return client.PostAsync(Actie, inhoud);
    }
}
