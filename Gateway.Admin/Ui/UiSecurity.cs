using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin.Ui;

/// <summary>
/// Endpoint filters of the UI: strict security headers on every answer (no scripts, no framing, no caching), and an
/// antiforgery check on every form post (the session cookie is also SameSite=Strict).
/// </summary>
internal static class UiSecurity
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static async ValueTask<object?> HeadersAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var headers = invocation.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // no-cache as well as no-store: antiforgery insists on no-cache and logs a warning on every page that lacks it
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
        return await next(invocation).ConfigureAwait(false);
    }

    public static async ValueTask<object?> AntiforgeryAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            AdminLog.AntiforgeryRejected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UiSecurity)), context.Request.Path);
            return UiRequest.Message(context, StatusCodes.Status400BadRequest, t => t.FormExpired);
        }
        return await next(invocation).ConfigureAwait(false);
    }
}
