using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Regie.Web.Infrastructure;

/// <summary>Every form object on a page ([BindProperty] Input, Proces, ...) binds under its own name only. Without this,
/// a post that lacks the prefix falls back to binding without one, its validation errors land under other keys, and a
/// page that keeps only its own form's errors saw an empty post as valid ("Nullable object must have a value").</summary>
public sealed class FormulierPrefix : IBindingMetadataProvider
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.Key.MetadataKind != ModelMetadataKind.Property
            || context.Key.ContainerType is not { } pagina || !typeof(PageModel).IsAssignableFrom(pagina)
            || context.BindingMetadata.BinderModelName is not null
            || !context.PropertyAttributes!.OfType<BindPropertyAttribute>().Any()
            || IsEnkeleWaarde(context.Key.ModelType))
            return;
        context.BindingMetadata.BinderModelName = context.Key.Name;
    }

    private static bool IsEnkeleWaarde(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(decimal)
            || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly)
            || (t != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(t));
    }
}
