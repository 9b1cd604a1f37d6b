using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Regie.Web.Infrastructure;

/// <summary>What the database refuses because someone else changed the same thing at the same moment. The deferred
/// rules (one procesregievoerder, one open overdracht, one geldende versie) are checked at commit, so their error
/// comes as a bare <see cref="PostgresException"/>, not wrapped in a <see cref="DbUpdateException"/>.</summary>
public static class Databaseconflict
{
    public static bool IsGelijktijdig(Exception e) => e is DbUpdateConcurrencyException || Code(e) is
        PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.UniqueViolation
        or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;

    public static bool IsTeLang(Exception e) => Code(e) is PostgresErrorCodes.StringDataRightTruncation;

    private static string? Code(Exception e) => (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState;
}

/// <summary>The net under every handler: a conflict a page did not catch itself becomes a Dutch 409, never a 500.
/// Pages that can keep the user's input catch it first (CasusFormulieren.BewaarAsync).</summary>
public sealed class DatabaseconflictFilter(ILogger<DatabaseconflictFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var uitgevoerd = await next();
        if (uitgevoerd.Exception is not { } e || uitgevoerd.ExceptionHandled) return;
        if (!Databaseconflict.IsGelijktijdig(e) && !Databaseconflict.IsTeLang(e)) return;
        logger.LogWarning("Gelijktijdige wijziging geweigerd op {Pad}: {Fout}", context.HttpContext.Request.Path.Value, e.Message);
        uitgevoerd.ExceptionHandled = true;
        uitgevoerd.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
    }
}
