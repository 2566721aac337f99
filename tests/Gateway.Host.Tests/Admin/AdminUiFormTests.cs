using System.Net;
using System.Text.RegularExpressions;

namespace Gateway.Admin.Tests;

/// <summary>The UI's session and form protection over plain HTTP: login cookie, antiforgery, roles, headers, open redirects.</summary>
public sealed partial class AdminUiFormTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Pages_need_a_session_and_login_only_follows_local_return_urls()
    {
        using var browser = Browser();

        var anonymous = await browser.GetAsync("ui/accounts/arbo");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.EndsWith("/ui/login?ReturnUrl=%2Fui%2Faccounts%2Farbo", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(browser, "not-a-key-of-anyone", "/ui/accounts/arbo")).StatusCode);

        var evil = await LoginAsync(browser, AdminServer.AdminKey, "https://evil.example/ui");
        Assert.Equal("/ui", evil.Headers.Location?.OriginalString);
        var page = await browser.GetAsync("ui/accounts/arbo");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        var cookie = Assert.Single(evil.Headers.GetValues("Set-Cookie"), c => c.StartsWith("gateway.admin=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_changes_nothing_and_auditors_get_403()
    {
        using var admin = Browser();
        await LoginAsync(admin, AdminServer.AdminKey, "/ui");

        var forged = await admin.PostAsync("ui/accounts/arbo/block", new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(await _server.Seed.AuditAsync());

        var token = await TokenAsync(admin, "ui/accounts/arbo");
        var real = await admin.PostAsync("ui/accounts/arbo/block", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["reason"] = "real" }));
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal("real", Assert.Single(await _server.Seed.AuditAsync()).Reason);

        using var auditor = Browser();
        await LoginAsync(auditor, AdminServer.AuditorKey, "/ui");
        var auditorToken = await TokenAsync(auditor, "ui/accounts/arbo");
        var denied = await auditor.PostAsync("ui/accounts/arbo/restart", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = auditorToken, ["pending"] = "discard" }));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Single(await _server.Seed.AuditAsync());
    }

    [Fact]
    public async Task Login_after_too_many_unknown_keys_from_the_address_is_refused_with_a_wait_even_for_a_known_key()
    {
        using var browser = Browser();
        for (var guess = 0; guess < 10; guess++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(browser, "guess-0123456789abcdef-" + guess, "/ui")).StatusCode);
        }

        var refused = await LoginAsync(browser, AdminServer.AdminKey, "/ui");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(14));
        Assert.Contains("Te veel onbekende API-sleutels vanaf dit adres", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("ui/accounts/arbo")).StatusCode); // no session was made
    }

    private HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };

    [Fact]
    public async Task The_afspraken_page_lists_an_employees_afspraken_and_auditors_see_them_without_their_text()
    {
        await using (var context = _server.Database.CreateContext())
        {
            context.IncomingItems.Add(new Gateway.Core.Incoming.IncomingItem
            {
                Account = "arbo",
                Kind = Gateway.Core.Incoming.IncomingItemKind.Afspraak,
                Berrefnr = "B-1",
                ItemId = "AF-1",
                EmployeeId = "1001",
                CaseId = "2026-01-12",
                Date = new DateOnly(2026, 2, 3),
                Time = "09:30",
                Description = "Spreekuur bedrijfsarts",
                DossierState = Gateway.Core.Incoming.DossierState.Stored,
                ReceivedUtc = DateTime.UtcNow,
            });
            await context.SaveChangesAsync();
        }
        using var admin = Browser();
        await LoginAsync(admin, AdminServer.AdminKey, "/ui");
        using var auditor = Browser();
        await LoginAsync(auditor, AdminServer.AuditorKey, "/ui");

        var shown = await admin.GetStringAsync("ui/afspraken?employee=1001");
        var other = await admin.GetStringAsync("ui/afspraken?employee=1002");
        var masked = await auditor.GetStringAsync("ui/afspraken?employee=1001");

        Assert.Contains("2026-02-03 09:30", shown, StringComparison.Ordinal);
        Assert.Contains("Spreekuur bedrijfsarts", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("afspraak-", other, StringComparison.Ordinal);
        Assert.Contains("2026-01-12", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("Spreekuur", masked, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> LoginAsync(HttpClient browser, string key, string returnUrl)
    {
        var token = await TokenAsync(browser, "ui/login");
        return await browser.PostAsync("ui/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["apiKey"] = key,
            ["returnUrl"] = returnUrl,
        }));
    }

    private static async Task<string> TokenAsync(HttpClient browser, string page)
    {
        var html = await browser.GetStringAsync(page);
        return WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
