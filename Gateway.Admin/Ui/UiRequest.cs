using Gateway.Admin.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Ui;

/// <summary>Reads what a page needs from the request (language, user, form token, notice) and writes HTML answers.</summary>
internal static class UiRequest
{
    public const string LanguageCookie = "gateway.lang";

    private static readonly string[] PageOnlyKeys = ["lang", "notice", "subject", "count"];

    public static UiPage Page(HttpContext context)
    {
        var t = Language(context);
        var authenticated = context.User.Identity?.IsAuthenticated == true;
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var formToken = H.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
        var query = QueryString.Create(context.Request.Query
            .Where(q => !PageOnlyKeys.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
        var notice = context.Request.Query["notice"].ToString() is { Length: > 0 } key
            ? t.Notice(key, context.Request.Query["subject"].ToString(), int.TryParse(context.Request.Query["count"], out var count) ? count : 0)
            : null;
        return new UiPage(t, authenticated ? context.User.Identity!.Name : null, authenticated && AdminPrincipal.IsAdmin(context.User),
            formToken, context.Request.PathBase + context.Request.Path + query, notice, authenticated ? UiAlerts.Of(context) : null);
    }

    public static IResult Html(Html html, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(html.Value, "text/html; charset=utf-8", null, statusCode);

    /// <summary>A page with just a message (404, 400, 403).</summary>
    public static IResult Message(HttpContext context, int statusCode, Func<UiText, string> text)
    {
        var page = Page(context);
        return Html(UiLayout.Render(page, statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), H.Of($"<p class=\"error\" id=\"error\">{text(page.T)}</p>")), statusCode);
    }

    /// <summary>Back to a page after an action, with a notice for it.</summary>
    public static IResult Done(string path, string notice, string subject, int count = 0) =>
        Results.Redirect($"{path}?notice={H.Url(notice)}&subject={H.Url(subject)}&count={count}");

    /// <summary>Only paths of the UI itself are followed after login (no open redirect).</summary>
    public static string LocalReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/ui", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/ui";

    private static UiText Language(HttpContext context)
    {
        var requested = context.Request.Query["lang"].ToString();
        if (requested is "nl" or "en")
        {
            context.Response.Cookies.Append(LanguageCookie, requested, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
                Path = "/ui",
            });
            return UiLanguages.For(requested);
        }
        return UiLanguages.For(context.Request.Cookies[LanguageCookie]);
    }
}
