using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Regie.Web.Infrastructure.Logboek;

/// <summary>Invitation and password-reset links carry a secret token in their path; logs and the logboek keep only "***".</summary>
public static partial class VeiligPad
{
    public static string Van(string? pad) => pad is null ? "" : UitnodigingToken().Replace(pad, "$1***");

    [GeneratedRegex("(/Account/(?:Uitnodiging|WachtwoordHerstellen)/)[^/?]+", RegexOptions.IgnoreCase)]
    private static partial Regex UitnodigingToken();
}

public sealed class VeiligPadEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var naam in new[] { "RequestPath", "Path" })
        {
            if (logEvent.Properties.TryGetValue(naam, out var waarde) && waarde is ScalarValue { Value: string pad })
                logEvent.AddOrUpdateProperty(propertyFactory.CreateProperty(naam, VeiligPad.Van(pad)));
        }
    }
}
