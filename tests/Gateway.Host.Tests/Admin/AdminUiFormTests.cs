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
    public async Task Pages_with_forms_are_not_cached_and_log_no_cache_header_warning()
    {
        using var admin = Browser();
        await LoginAsync(admin, AdminServer.AdminKey, "/ui");

        foreach (var path in new[] { "ui", "ui/accounts/arbo", "ui/accounts/arbo", "ui/uitval" })
        {
            var page = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("no-store", page.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(_server.Logs.Lines, l => l.Contains("Cache-Control", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal));
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

    [Fact]
    public async Task Long_lists_page_with_previous_and_next_links_that_keep_the_filters()
    {
        for (var i = 0; i < 230; i++)
        {
            await _server.Seed.MessageAsync("arbo", $"P-{i:000}", caseKey: $"CASE-{i}");
        }
        await _server.Seed.MessageAsync("arbo-sftp", "OTHER-1");
        using var admin = Browser();
        await LoginAsync(admin, AdminServer.AdminKey, "/ui");

        var first = await admin.GetStringAsync("ui/messages?account=arbo");
        Assert.Contains("1–100 van 230", WebUtility.HtmlDecode(first), StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        var next = WebUtility.HtmlDecode(NextLink().Match(first).Groups[1].Value);
        Assert.Equal("/ui/messages?account=arbo&skip=100", next);

        var second = await admin.GetStringAsync(next.TrimStart('/'));
        Assert.Contains("101–200 van 230", WebUtility.HtmlDecode(second), StringComparison.Ordinal);
        Assert.Contains("href=\"/ui/messages?account=arbo&amp;skip=0\"", second, StringComparison.Ordinal);
        var firstRows = Berrefnrs().Matches(first).Select(m => m.Value).ToHashSet();
        var secondRows = Berrefnrs().Matches(second).Select(m => m.Value).ToList();
        Assert.Equal(100, secondRows.Count);
        Assert.DoesNotContain(secondRows, firstRows.Contains);

        var last = await admin.GetStringAsync("ui/messages?account=arbo&skip=200");
        Assert.Contains("201–230 van 230", WebUtility.HtmlDecode(last), StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Equal(30, Berrefnrs().Count(last));
        Assert.DoesNotContain("id=\"pager\"", await admin.GetStringAsync("ui/messages?account=arbo-sftp"), StringComparison.Ordinal);
    }

    [GeneratedRegex("rel=\"next\" id=\"page-next\" href=\"([^\"]+)\"")]
    private static partial Regex NextLink();

    [GeneratedRegex(@"\bP-[0-9]{3}\b")]
    private static partial Regex Berrefnrs();

    [Fact]
    public async Task The_uitval_page_retries_every_entry_a_filter_takes_and_shows_how_many()
    {
        var (message, _) = await AdminApiUitvalTests.FailedDeliveryAsync(_server, "U-1");
        var validation = await _server.Seed.UitvalAsync(Core.Uitval.UitvalStage.Validation, "arbo", "Verzuimmeldingen", "R-9", "schema says no");
        using var admin = Browser();
        await LoginAsync(admin, AdminServer.AdminKey, "/ui");
        var token = await TokenAsync(admin, "ui/uitval");
        Assert.Contains("id=\"retry-matching\"", await admin.GetStringAsync("ui/uitval"), StringComparison.Ordinal);

        var empty = await admin.PostAsync("ui/uitval/retry", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token }));
        var done = await admin.PostAsync("ui/uitval/retry", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["bulk-account"] = "arbo",
            ["bulk-stage"] = "Delivery",
            ["bulk-since"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Contains("notice=bulk-needs-filter", empty.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var notice = await admin.GetStringAsync(done.Headers.Location!.OriginalString.TrimStart('/'));
        Assert.Contains("1 uitval opnieuw geprobeerd (account=arbo stage=Delivery since=", notice, StringComparison.Ordinal);
        Assert.Equal(Core.Ledger.LedgerState.Queued, (await _server.Seed.LedgerAsync(message)).State);
        Assert.Equal(Core.Uitval.UitvalStatus.Open, (await _server.Seed.UitvalEntryAsync(validation)).Status);
        Assert.Equal("fb", Assert.Single(await _server.Seed.AuditAsync(), a => a.Action == Core.Uitval.UitvalBulkRetry.AuditAction).User);
    }

    private HttpClient Browser() => UiBrowser.Open(_server);

    private static Task<HttpResponseMessage> LoginAsync(HttpClient browser, string key, string returnUrl) => UiBrowser.LoginAsync(browser, key, returnUrl);

    private static Task<string> TokenAsync(HttpClient browser, string page) => UiBrowser.TokenAsync(browser, page);
}
