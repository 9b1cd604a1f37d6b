using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Afdrukken;

public static class AfdrukkenRegistratie
{
    /// <summary>The print templates on top of the PDF renderer. Registered here, not in Infrastructure/Pdf, so the renderer
    /// knows nothing of what it prints (imports run one way: Afdrukken → Infrastructure.Pdf).</summary>
    public static void AddRegieAfdrukken(this WebApplicationBuilder builder)
    {
        builder.AddRegiePdf();
        builder.Services.AddSingleton<Afdrukmaker>();
        builder.Services.AddSingleton<PubliekeUrl>();
        builder.Services.AddScoped<HandreikingPdfs>();
        builder.Services.AddSingleton<PdfGeheugen>();
    }
}
