using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Regie.Web.Infrastructure;

/// <summary>A handler parameter that is also in the page's route (casusId, betrokkeneId, ...) binds from the route only.
/// By default a posted form field of the same name wins, so a hand-made post could aim a handler at another casus
/// than the page it came from.</summary>
public sealed class IdsUitDeRoute : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (model.ActionDescriptor.AttributeRouteInfo?.Template is not { } template) return;
        var routeNamen = RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in model.HandlerMethods.SelectMany(h => h.Parameters).Where(p => routeNamen.Contains(p.ParameterName)))
        {
            parameter.BindingInfo ??= new BindingInfo();
            parameter.BindingInfo.BindingSource = BindingSource.Path;
        }
    }
}
