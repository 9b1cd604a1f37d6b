namespace Regie.Web.Infrastructure.Configuratie;

/// <summary>Raised at start-up when the app cannot run at all; Program logs its message as one line and exits.</summary>
public sealed class StartFout(string message, Exception? inner = null) : Exception(message, inner);
