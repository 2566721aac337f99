using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Pulls;
using Gateway.Core.Scheduling;
using Gateway.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Tests.Charts;

/// <summary>
/// The console's frame and dashboard over HTTP: the alert banner on every page, the current page marked in the
/// navigation, the next runs with their zone, the charts, times with their zone, and retourmeldingen in pages.
/// </summary>
public sealed partial class DashboardUiTests : IAsyncLifetime
{
    /// <summary>Monday 7 December 2026, 11:00 in Amsterdam (CET).</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync(new ManualTimeProvider(Now),
        services: s => s.AddSingleton<IPlannedJobs, PlannedJobsFake>());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Every_page_shows_blocked_accounts_held_pulls_and_failed_last_pulls_and_marks_itself_in_the_navigation()
    {
        await new AccountControl(_server.Database, TimeProvider.System).BlockAsync("arbo-sftp", "fb", "partner moves", default);
        var seed = new ChartSeed(_server.Database);
        await seed.PullAsync("Newdays_Connect_Verzuim_v1", Now.UtcDateTime.AddHours(-2), 5, 0, PullStatus.Failed);
        await seed.PullAsync("Newdays_Connect_Werkgevers_v1", Now.UtcDateTime.AddHours(-3), 5, 0, PullStatus.Failed);
        await seed.PullAsync("Newdays_Connect_Werkgevers_v1", Now.UtcDateTime.AddHours(-1), 5, 10);
        await new PendingPullStore(_server.Database, TimeProvider.System).HoldAsync(new PendingPull
        {
            Integration = "demo",
            Connector = "Newdays_Connect_Organigram_v1",
            PullRunId = 1,
            HeldUtc = Now.UtcDateTime,
            Known = 50,
            Gone = 50,
            Reason = "50 of 50 gone",
        }, default);
        using var admin = await UiBrowser.LoggedInAsync(_server, AdminServer.AdminKey);

        foreach (var (path, menu) in new[] { ("ui", "menu-dashboard"), ("ui/uitval", "menu-uitval"), ("ui/messages", "menu-messages"), ("ui/accounts/arbo", "") })
        {
            var html = await admin.GetStringAsync(path);
            Assert.Contains("Geblokkeerd: arbo-sftp.", Between(html, "id=\"alert-blocked\"", "</li>"), StringComparison.Ordinal);
            Assert.Contains("1 pull(s) tegengehouden", Between(html, "id=\"pending-pulls-banner\"", "</li>"), StringComparison.Ordinal);
            Assert.EndsWith(">Laatste pull mislukt: demo / Newdays_Connect_Verzuim_v1.</a>", Between(html, "id=\"alert-failed-pulls\"", "</li>"), StringComparison.Ordinal);
            var current = CurrentPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(menu.Length == 0 ? [] : [menu], current);
            Assert.Contains("Alle tijden zijn Nederlandse tijd (Europe/Amsterdam, CET/CEST)", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_dashboard_shows_the_next_runs_with_their_zone_and_six_charts_and_times_say_their_zone()
    {
        var seed = new ChartSeed(_server.Database);
        var id = await seed.MessageAsync(Now.UtcDateTime.AddDays(-1), LedgerState.Acknowledged, deliveredUtc: Now.UtcDateTime.AddDays(-1), answeredUtc: Now.UtcDateTime.AddHours(-20));
        await seed.PullAsync("Newdays_Connect_Verzuim_v1", Now.UtcDateTime.AddHours(-2), 12, 40);
        using var admin = await UiBrowser.LoggedInAsync(_server, AdminServer.AdminKey);

        var html = await admin.GetStringAsync("ui");

        // 11:00 CET now: the hourly pull runs at 12:00, the mail tomorrow at 07:00
        Assert.Contains("<td class=\"next\">2026-12-07 12:00:00 CET</td>", Between(html, "id=\"next-pull:demo:Newdays_Connect_Verzuim_v1:Recent\"", "</tr>"), StringComparison.Ordinal);
        Assert.Contains("<td class=\"next\">2026-12-08 07:00:00 CET</td>", Between(html, "id=\"next-uitval-report\"", "</tr>"), StringComparison.Ordinal);
        Assert.Contains("Dagelijkse uitvalmail", Between(html, "id=\"next-uitval-report\"", "</tr>"), StringComparison.Ordinal);
        Assert.Contains("(Europe/Amsterdam)", Between(html, "id=\"next-uitval-report\"", "</tr>"), StringComparison.Ordinal);
        Assert.True(html.IndexOf("next-pull:demo", StringComparison.Ordinal) < html.IndexOf("next-uitval-report", StringComparison.Ordinal), "soonest first");
        foreach (var chart in new[] { "chart-messages-state", "chart-messages-type", "chart-uitval", "chart-retour-rate", "chart-retour-turnaround", "chart-pull-rows", "chart-pull-seconds" })
        {
            Assert.Contains($"<figure class=\"chart", Between(html, "", $"id=\"{chart}\""), StringComparison.Ordinal);
            Assert.Contains($"aria-labelledby=\"{chart}-title {chart}-desc\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("1 Retourmeldingen, 1 geaccepteerd (100%); mediane doorlooptijd 4 h.", html, StringComparison.Ordinal);
        Assert.Contains("07-12 demo / Newdays_Connect_Verzuim_v1: 40", html, StringComparison.Ordinal);
        Assert.Contains("2026-12-07 09:00:00 CET", Between(html, "id=\"pulls\"", "</table>"), StringComparison.Ordinal);

        var message = await admin.GetStringAsync($"ui/messages/{id}");
        Assert.Contains("2026-12-06 11:00:00 CET", message, StringComparison.Ordinal);
        var english = await admin.GetStringAsync("ui?lang=en");
        Assert.Contains("Messages per day, by state", english, StringComparison.Ordinal);
        Assert.Contains("Daily failure mail", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retourmeldingen_are_shown_a_hundred_at_a_time_with_the_filters_kept_and_the_api_pages_too()
    {
        var seed = new ChartSeed(_server.Database);
        for (var i = 0; i < 105; i++)
        {
            await seed.MessageAsync(Now.UtcDateTime.AddHours(-30), i % 5 == 0 ? LedgerState.Rejected : LedgerState.Acknowledged,
                deliveredUtc: Now.UtcDateTime.AddHours(-30), answeredUtc: Now.UtcDateTime.AddMinutes(-i - 1));
        }
        using var admin = await UiBrowser.LoggedInAsync(_server, AdminServer.AdminKey);

        var first = WebUtility.HtmlDecode(await admin.GetStringAsync("ui/retourmeldingen?days=7"));
        Assert.Equal(100, RowPattern().Count(first));
        Assert.Contains("1–100 van 105", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/ui/retourmeldingen?days=7&skip=100\"", first, StringComparison.Ordinal);
        var second = WebUtility.HtmlDecode(await admin.GetStringAsync("ui/retourmeldingen?days=7&skip=100"));
        Assert.Equal(5, RowPattern().Count(second));
        Assert.Contains("101–105 van 105", second, StringComparison.Ordinal);
        var rejected = await admin.GetStringAsync("ui/retourmeldingen?outcome=rejected");
        Assert.Equal(21, RowPattern().Count(rejected));
        Assert.DoesNotContain("id=\"pager\"", rejected, StringComparison.Ordinal);

        using var api = _server.Client(AdminServer.AdminKey);
        using var response = await api.GetAsync("api/retourmeldingen?skip=100&take=50");
        var page = await response.Content.ReadFromJsonAsync<List<Dictionary<string, object>>>();
        Assert.Equal(5, page!.Count);
        Assert.Equal("105", Assert.Single(response.Headers.GetValues("X-Total-Count")));
        using var rejectedPage = await api.GetAsync("api/retourmeldingen?outcome=rejected&take=5");
        Assert.Equal("21", Assert.Single(rejectedPage.Headers.GetValues("X-Total-Count")));
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not on the page");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"'{end}' not after '{start}'");
        return html[from..to];
    }

    [GeneratedRegex("<a href=\"[^\"]+\" id=\"([^\"]+)\" aria-current=\"page\">")]
    private static partial Regex CurrentPattern();

    [GeneratedRegex("<tr id=\"retour-\\d+\">")]
    private static partial Regex RowPattern();
}
