using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Primitives;

namespace Regie.Web.Infrastructure;

/// <summary>Refuses control characters (NUL and the rest of C0, except tab, CR and LF) in every bound text, in one place:
/// PostgreSQL cannot store a NUL, and no person types one. The field gets a Dutch message and shows the text without them.</summary>
public sealed class StuurtekenBinder(IModelBinder tekst) : IModelBinder
{
    public const string Melding = "Deze tekst bevat een onzichtbaar stuurteken dat niet kan worden bewaard. Het is weggehaald: controleer de tekst en verstuur opnieuw.";

    public Task BindModelAsync(ModelBindingContext context)
    {
        var waarde = context.ValueProvider.GetValue(context.ModelName);
        if (waarde == ValueProviderResult.None || !waarde.Values.Any(HeeftStuurteken)) return tekst.BindModelAsync(context);

        var schoon = new StringValues(waarde.Values.Select(Zonder).ToArray());
        context.ModelState.SetModelValue(context.ModelName, schoon, schoon.ToString());
        context.ModelState.TryAddModelError(context.ModelName, Melding);
        context.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }

    public static bool HeeftStuurteken(string? s) => s is not null && s.Any(IsStuurteken);

    public static string? Zonder(string? s) => s is null ? null : string.Concat(s.Where(c => !IsStuurteken(c)));

    private static bool IsStuurteken(char c) => c < ' ' && c is not ('\t' or '\r' or '\n');
}

public sealed class StuurtekenBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
            ? new StuurtekenBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
}
