using System.Drawing;
using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Pulls;
using Gateway.Core.Scheduling;
using Gateway.Core.Uitval;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Gateway.Admin.Tests.Charts;

/// <summary>
/// The dashboard in headless Chromium, Dutch then English: the charts are drawn (inline SVG under the strict CSP), the
/// alert banner and the next runs are there, the current page is marked, and the console stays empty (a CSP
/// violation would show there). Screenshots of both languages are saved beside the test assembly (screenshots/).
/// </summary>
public sealed class DashboardBrowserTests(ChromiumSession browser, ITestOutputHelper output) : IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private static readonly string[] Charts =
        ["chart-messages-state", "chart-messages-type", "chart-uitval", "chart-retour-rate", "chart-retour-turnaround", "chart-pull-rows", "chart-pull-seconds"];

    private AdminServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await AdminServer.StartAsync(services: s => s.AddSingleton<IPlannedJobs, PlannedJobsFake>());
        if (Chromium.UnavailableReason is null)
        {
            browser.Open(_server, "ui/login");
            browser.Driver.Manage().Cookies.DeleteAllCookies();
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresChromiumFact]
    public async Task The_dashboard_draws_its_charts_banner_and_next_runs_in_dutch_and_english_without_console_errors()
    {
        await SeedMonthAsync();
        await new AccountControl(_server.Database, TimeProvider.System).BlockAsync("arbo-sftp", "fb", "partner moves", default);
        browser.Login(_server, AdminServer.AdminKey);
        browser.Driver.Manage().Window.Size = new Size(1280, 3400);

        browser.Open(_server, "ui");
        AssertDashboard("Berichten per dag, per status", "Geblokkeerd: arbo-sftp", "Laatste pull mislukt", "Dagelijkse uitvalmail");
        Save("dashboard-nl.png");

        browser.Submit("lang");
        AssertDashboard("Messages per day, by state", "Blocked: arbo-sftp", "Last pull failed", "Daily failure mail");
        Save("dashboard-en.png");

        var errors = browser.Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Empty(errors);
    }

    private void AssertDashboard(string firstTitle, string blocked, string failed, string mail)
    {
        var driver = browser.Driver;
        Assert.Equal("page", driver.FindElement(By.Id("menu-dashboard")).GetAttribute("aria-current"));
        Assert.Null(driver.FindElement(By.Id("menu-uitval")).GetAttribute("aria-current"));
        Assert.Contains(blocked, browser.Text("alert-blocked"), StringComparison.Ordinal);
        Assert.Contains(failed, browser.Text("alert-failed-pulls"), StringComparison.Ordinal);
        Assert.Contains(mail, browser.Text("next-runs"), StringComparison.Ordinal);
        Assert.Equal(firstTitle, driver.FindElement(By.CssSelector("#chart-messages-state figcaption")).Text);
        foreach (var id in Charts)
        {
            var svg = driver.FindElement(By.CssSelector($"#{id} svg"));
            Assert.True(svg.Size.Width > 300 && svg.Size.Height > 100, $"{id} is drawn {svg.Size}");
        }
        // bars are stacked in colour (the stylesheet applied under the CSP) and each day's lines have dots
        var bar = driver.FindElement(By.CssSelector("#chart-messages-state rect.bar"));
        Assert.NotEqual("rgb(0, 0, 0)", bar.GetCssValue("fill"));
        Assert.True(bar.Size.Height > 0);
        Assert.NotEmpty(driver.FindElements(By.CssSelector("#chart-uitval circle.dot")));
        Assert.NotEmpty(driver.FindElements(By.CssSelector("#chart-pull-seconds path.line")));
        Assert.Contains("CET", browser.Text("pulls"), StringComparison.Ordinal);
    }

    private void Save(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var path = Path.Combine(folder, name);
        ((ITakesScreenshot)browser.Driver).GetScreenshot().SaveAsFile(path);
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>A month of traffic: messages in several states and types, uitval opened and closed, answers, pulls of two connectors (the last of one failed).</summary>
    private async Task SeedMonthAsync()
    {
        var seed = new ChartSeed(_server.Database);
        var today = DateTime.UtcNow.Date.AddHours(9);
        var types = new[] { "Verzuimmeldingen", "Dienstverbanden", "WerknemerGegevens" };
        for (var day = 29; day >= 0; day--)
        {
            var at = today.AddDays(-day);
            for (var i = 0; i < 2 + (day * 7 % 5); i++)
            {
                var state = (i % 6) switch { 0 or 1 => LedgerState.Acknowledged, 2 => LedgerState.Delivered, 3 => LedgerState.Rejected, 4 => LedgerState.Queued, _ => LedgerState.Held };
                var answered = state is LedgerState.Acknowledged or LedgerState.Rejected ? at.AddHours(2 + i) : (DateTime?)null;
                await seed.MessageAsync(at.AddMinutes(i), state, types[(day + i) % 3], deliveredUtc: state == LedgerState.Queued ? null : at.AddMinutes(i + 1), answeredUtc: answered);
            }
            if (day % 3 == 0)
            {
                await seed.UitvalAsync(at, UitvalStatus.Resolved, at.AddDays(1) < DateTime.UtcNow ? at.AddDays(1) : null);
                await seed.UitvalAsync(at.AddHours(1));
            }
            await seed.PullAsync("Newdays_Connect_Verzuim_v1", at, 20 + day % 7 * 5, 120 + day * 3);
            await seed.PullAsync("Newdays_Connect_Werkgevers_v1", at.AddHours(12), 4 + day % 4, 12, day == 0 ? PullStatus.Failed : PullStatus.Succeeded);
        }
    }
}
