using System.Diagnostics;
using System.Globalization;
using Gateway.Core.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin.Api;

/// <summary>
/// Turns what escapes an endpoint into RFC 7807 problem details instead of an empty answer: a request whose body or
/// parameters cannot be read (malformed JSON, a wrong content type) is <c>400</c>; a database that is busy or locked is
/// <c>503</c> with <c>Retry-After</c>, so a script waits and tries again; anything else is <c>500</c> naming only the
/// request's trace id. No exception text reaches the client — it may quote stored data.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>How long a client is asked to wait when the database is busy.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(httpContext, exception);
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = ((int)BusyRetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }

    private ProblemDetails Describe(HttpContext context, Exception exception)
    {
        var path = context.Request.Path.Value ?? "";
        if (exception is BadHttpRequestException bad)
        {
            LogUnreadableRequest(logger, context.Request.Method, path, bad.StatusCode);
            return new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "The request could not be read",
                // names the parameter and what was expected ("… from the request body as JSON"), never the content
                Detail = bad.Message,
            };
        }
        if (DatabaseBusy.Is(exception))
        {
            LogDatabaseBusy(logger, context.Request.Method, path);
            return new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is busy",
                Detail = $"Nothing was changed. Try again in {(int)BusyRetryAfter.TotalSeconds} seconds.",
            };
        }
        // the id the problem details carry as traceId
        var traceId = Activity.Current?.Id ?? context.TraceIdentifier;
        LogFailed(logger, context.Request.Method, path, exception.GetType().Name, traceId);
        LogFailedDetail(logger, traceId, exception);
        return new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "The request failed",
            Detail = "The gateway's log has the details under this request's trace id.",
        };
    }

    [LoggerMessage(EventId = 8010, Level = LogLevel.Information, Message = "Refused {Method} {Path}: the request could not be read ({Status})")]
    private static partial void LogUnreadableRequest(ILogger logger, string method, string path, int status);

    [LoggerMessage(EventId = 8011, Level = LogLevel.Warning, Message = "Answered {Method} {Path} with 503: the database is busy")]
    private static partial void LogDatabaseBusy(ILogger logger, string method, string path);

    // the exception's text may quote stored data: at Error only its type; the whole exception at Debug, for a developer
    [LoggerMessage(EventId = 8012, Level = LogLevel.Error, Message = "{Method} {Path} failed with {ExceptionType} (trace id {TraceId})")]
    private static partial void LogFailed(ILogger logger, string method, string path, string exceptionType, string traceId);

    [LoggerMessage(EventId = 8013, Level = LogLevel.Debug, Message = "Trace id {TraceId} failed")]
    private static partial void LogFailedDetail(ILogger logger, string traceId, Exception exception);
}
