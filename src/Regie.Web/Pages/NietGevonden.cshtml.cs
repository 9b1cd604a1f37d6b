using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Regie.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class NietGevondenModel : PageModel
{
    public int Code { get; private set; } = 404;

    public void OnGet([FromQuery] int? code) => Code = code is >= 400 and < 600 ? code.Value : 404;
}
