using System.Net;
using System.Text.RegularExpressions;

namespace Gateway.Admin.Tests;

/// <summary>A cookie-keeping HTTP client on the admin UI that logs in with an API key and posts forms with their antiforgery token.</summary>
internal static partial class UiBrowser
{
    public static HttpClient Open(AdminServer server) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

    /// <summary>A browser logged in with <paramref name="key"/>.</summary>
    public static async Task<HttpClient> LoggedInAsync(AdminServer server, string key)
    {
        var browser = Open(server);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(browser, key, "/ui")).StatusCode);
        return browser;
    }

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient browser, string key, string returnUrl)
    {
        var token = await TokenAsync(browser, "ui/login");
        return await browser.PostAsync("ui/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["apiKey"] = key,
            ["returnUrl"] = returnUrl,
        }));
    }

    /// <summary>Posts a form of <paramref name="page"/> to <paramref name="action"/> with the page's token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string action, Dictionary<string, string>? fields = null)
    {
        var values = new Dictionary<string, string>(fields ?? []) { ["__af"] = await TokenAsync(browser, page) };
        return await browser.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<string> TokenAsync(HttpClient browser, string page)
    {
        var html = await browser.GetStringAsync(page);
        return WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
