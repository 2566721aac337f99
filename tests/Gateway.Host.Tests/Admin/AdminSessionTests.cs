using System.Net;
using System.Text.RegularExpressions;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Tests;

/// <summary>
/// UI sessions live on the server: a copied cookie is worthless after logout or after the user's key was changed (even
/// when the old key is configured again), and every session has an absolute end.
/// </summary>
public sealed partial class AdminSessionTests : IAsyncLifetime
{
    private AdminServer? _server;

    [Fact]
    public async Task After_logout_a_copied_session_cookie_no_longer_opens_any_page()
    {
        _server = await AdminServer.StartAsync();
        var jar = new CookieContainer();
        using var browser = Browser(jar);
        await LoginAsync(browser, AdminServer.AdminKey);
        var copied = jar.GetCookieHeader(new Uri(_server.BaseAddress, "ui/"));
        using var thief = Replaying(copied);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("ui/accounts/arbo")).StatusCode);

        var token = await TokenAsync(browser, "ui/accounts/arbo");
        var logout = await browser.PostAsync("ui/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var replay = await thief.GetAsync("ui/accounts/arbo");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("/ui/login", replay.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await using var context = _server.Database.CreateContext();
        var session = Assert.Single(await context.AdminSessions.AsNoTracking().ToListAsync());
        Assert.Equal(("fb", "logout"), (session.UserName, session.EndReason));
        Assert.Null(session.Ticket);
    }

    [Fact]
    public async Task A_changed_key_ends_the_session_on_the_server_so_a_copied_cookie_stays_dead_even_when_the_old_key_comes_back()
    {
        _server = await AdminServer.StartAsync();
        var jar = new CookieContainer();
        using var browser = Browser(jar);
        await LoginAsync(browser, AdminServer.AdminKey);
        using var thief = Replaying(jar.GetCookieHeader(new Uri(_server.BaseAddress, "ui/")));
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("ui/accounts/arbo")).StatusCode);

        // the operator rotates fb's key and restarts the gateway
        await _server.RestartAsync(new Dictionary<string, string?> { ["Gateway:Admin:Users:0:ApiKey"] = "rotated-admin-key-0123456789abcdef" });
        var afterRotation = await thief.GetAsync("ui/accounts/arbo");

        Assert.Equal(HttpStatusCode.Redirect, afterRotation.StatusCode);
        Assert.Contains("/ui/login", afterRotation.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await using (var context = _server.Database.CreateContext())
        {
            var session = Assert.Single(await context.AdminSessions.AsNoTracking().ToListAsync());
            Assert.Equal(("fb", "key-changed"), (session.UserName, session.EndReason));
            Assert.Null(session.Ticket);
        }

        // the old key configured again (a rollback): the ended session does not come back to life
        await _server.RestartAsync(new Dictionary<string, string?>());
        var afterRollback = await thief.GetAsync("ui/accounts/arbo");

        Assert.Equal(HttpStatusCode.Redirect, afterRollback.StatusCode);
        Assert.Contains("/ui/login", afterRollback.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await LoginAsync(Browser(new CookieContainer()), AdminServer.AdminKey); // the key itself works again
    }

    [Fact]
    public async Task A_session_ends_after_SessionHours_however_active_it_is()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        _server = await AdminServer.StartAsync(clock, new Dictionary<string, string?> { ["Gateway:Admin:SessionHours"] = "8" });
        using var browser = Browser(new CookieContainer());
        await LoginAsync(browser, AdminServer.AdminKey);

        // active all day: a page every 25 minutes keeps the sliding 60-minute window open
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(7.5); elapsed += TimeSpan.FromMinutes(25))
        {
            clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("ui/accounts/arbo")).StatusCode);
        }
        clock.AdvanceTo(new DateTimeOffset(2026, 12, 7, 16, 5, 0, TimeSpan.Zero));
        var expired = await browser.GetAsync("ui/accounts/arbo");

        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/ui/login", expired.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cookie_carries_only_a_session_id_and_a_session_is_recorded_per_login()
    {
        _server = await AdminServer.StartAsync();
        var jar = new CookieContainer();
        using var browser = Browser(jar);

        await LoginAsync(browser, AdminServer.AdminKey);
        await LoginAsync(Browser(new CookieContainer()), AdminServer.AuditorKey);

        await using var context = _server.Database.CreateContext();
        var sessions = await context.AdminSessions.AsNoTracking().OrderBy(s => s.CreatedUtc).ToListAsync();
        Assert.Equal(["fb", "ad"], sessions.Select(s => s.UserName));
        Assert.All(sessions, s => Assert.Equal(43, s.Id.Length)); // 256 random bits, base64url
        var cookie = jar.GetCookies(new Uri(_server.BaseAddress, "ui/"))["gateway.admin"]!.Value;
        Assert.True(cookie.Length < 600, $"the cookie should hold a session reference, not the claims ({cookie.Length} chars)");
    }

    private HttpClient Browser(CookieContainer jar) =>
        new(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = _server!.BaseAddress };

    /// <summary>A client that sends a stolen Cookie header as is, with no cookie jar of its own.</summary>
    private HttpClient Replaying(string cookieHeader)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = _server!.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        return client;
    }

    private static async Task LoginAsync(HttpClient browser, string key)
    {
        var token = await TokenAsync(browser, "ui/login");
        var response = await browser.PostAsync("ui/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["apiKey"] = key,
            ["returnUrl"] = "/ui",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient browser, string page)
    {
        var html = await browser.GetStringAsync(page);
        return WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
