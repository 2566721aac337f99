using Gateway.Core.Accounts;
using Gateway.Core.Integrations;
using Gateway.Core.Ledger;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using OpenQA.Selenium;

namespace Gateway.Admin.Tests;

/// <summary>The web UI in headless Chromium: login, language, block, restart with process, uitval retry, auditor masking.</summary>
public sealed class AdminUiBrowserTests(ChromiumSession browser) : IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private AdminServer _server = null!;

    /// <summary>
    /// Every test starts as a new visitor: the browser is shared by the class and cookies do not tell ports apart, so a
    /// language chosen or a session left by an earlier test would otherwise carry over.
    /// </summary>
    public async Task InitializeAsync()
    {
        _server = await AdminServer.StartAsync();
        if (Chromium.UnavailableReason is null)
        {
            browser.Open(_server, "ui/login");
            browser.Driver.Manage().Cookies.DeleteAllCookies();
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresChromiumFact]
    public async Task Login_with_an_api_key_shows_the_dutch_dashboard_with_a_running_pull_and_switches_to_english()
    {
        await _server.Seed.PullAsync(AfasConnectorIds.Verzuim, PullStatus.Running, DateTime.UtcNow.AddSeconds(-40), 0);
        await _server.Seed.MessageAsync("arbo", "L-1");

        browser.Open(_server, "ui/accounts/arbo");
        browser.Wait(d => d.Url.Contains("/ui/login", StringComparison.Ordinal));
        browser.Driver.FindElement(By.Id("apiKey")).SendKeys("wrong-key-0123456789");
        browser.Submit("login");
        Assert.Equal("Onbekende API-sleutel.", browser.Text("login-error"));

        browser.Driver.FindElement(By.Id("apiKey")).SendKeys(AdminServer.AdminKey);
        browser.Submit("login");
        browser.Wait(d => d.Url.EndsWith("/ui/accounts/arbo", StringComparison.Ordinal));
        Assert.Equal("fb (beheerder)", browser.Text("who"));

        browser.Open(_server, "ui");
        Assert.Contains("Partneraccounts", browser.Driver.PageSource, StringComparison.Ordinal);
        var running = browser.Driver.FindElement(By.CssSelector("#pulls tr.pull.Running")).Text;
        Assert.Contains(AfasConnectorIds.Verzuim, running, StringComparison.Ordinal);
        Assert.Matches(@"bezig sinds \d+ s, 0 rijen tot nu", running);
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("meta[http-equiv=refresh]")));
        Assert.Contains("1", browser.Driver.FindElement(By.Id("account-arbo")).Text, StringComparison.Ordinal);

        browser.Submit("lang");
        browser.Wait(d => d.PageSource.Contains("Partner accounts", StringComparison.Ordinal));
        Assert.Contains("running for", browser.Driver.FindElement(By.CssSelector("#pulls tr.pull.Running")).Text, StringComparison.Ordinal);
        browser.Open(_server, "ui/uitval");
        Assert.Contains("Failures (uitval)", browser.Driver.Title, StringComparison.Ordinal);
        browser.Submit("logout");
        browser.Wait(d => d.Url.Contains("/ui/login", StringComparison.Ordinal));
    }

    [RequiresChromiumFact]
    public async Task An_admin_blocks_an_account_from_its_page()
    {
        await _server.Seed.MessageAsync("arbo", "K-1");
        await _server.Seed.MessageAsync("arbo", "K-2");
        browser.Login(_server, AdminServer.AdminKey);

        browser.Open(_server, "ui/accounts/arbo");
        Assert.Equal("Actief", browser.Text("account-state"));
        browser.Driver.FindElement(By.Id("block-reason")).SendKeys("partner wisselt van server");
        browser.Submit("block");
        Assert.Equal("arbo is geblokkeerd; 2 berichten vastgehouden.", browser.Text("notice"));
        Assert.Equal("Geblokkeerd", browser.Text("account-state"));
        Assert.Equal("2", browser.Driver.FindElement(By.Id("held-count")).GetAttribute("data-held"));
        Assert.Contains("partner wisselt van server", browser.Text("account-audit"), StringComparison.Ordinal);
        var audit = Assert.Single(await _server.Seed.AuditAsync());
        Assert.Equal(("fb", "account.block", "partner wisselt van server"), (audit.User, audit.Action, audit.Reason));
    }

    [RequiresChromiumFact]
    public async Task An_admin_restarts_a_blocked_account_with_process_and_the_held_messages_are_queued_in_order()
    {
        await new AccountControl(_server.Database, TimeProvider.System).BlockAsync("arbo", "fb", null, default);
        var held = new[] { await _server.Seed.MessageAsync("arbo", "P-1"), await _server.Seed.MessageAsync("arbo", "P-2"), await _server.Seed.MessageAsync("arbo", "P-3") };
        browser.Login(_server, AdminServer.AdminKey);

        browser.Open(_server, "ui/accounts/arbo");
        Assert.StartsWith("3 berichten vastgehouden", browser.Text("held-count"), StringComparison.Ordinal);
        browser.Driver.FindElement(By.Id("pending-process")).Click();
        browser.Submit("restart");
        Assert.Equal("arbo is herstart; 3 vastgehouden berichten worden in volgorde verwerkt.", browser.Text("notice"));
        Assert.Equal("Actief", browser.Text("account-state"));
        Assert.Equal("3", browser.Text("queued"));
        foreach (var id in held)
        {
            Assert.Equal(LedgerState.Queued, (await _server.Seed.LedgerAsync(id)).State);
        }
        Assert.Equal("account.restart.process", (await _server.Seed.AuditAsync()).Last().Action);
    }

    [RequiresChromiumFact]
    public async Task An_admin_retries_a_failed_delivery_from_the_uitval_list()
    {
        var (messageId, uitvalId) = await AdminApiUitvalTests.FailedDeliveryAsync(_server, "U-1");
        var other = await _server.Seed.UitvalAsync(UitvalStage.Import, "demo", AfasConnectorIds.Verzuim, "R-2", "Datum_begin is not a date");
        browser.Login(_server, AdminServer.AdminKey);

        browser.Open(_server, "ui/uitval");
        Assert.Contains("permission denied", browser.Text($"uitval-{uitvalId}"), StringComparison.Ordinal);
        browser.Submit($"retry-{uitvalId}");
        Assert.Equal($"Uitval {uitvalId} wordt opnieuw geprobeerd.", browser.Text("notice"));
        Assert.Empty(browser.Driver.FindElements(By.Id($"uitval-{uitvalId}")));
        Assert.Equal(LedgerState.Queued, (await _server.Seed.LedgerAsync(messageId)).State);

        browser.Driver.FindElement(By.Id($"dismiss-reason-{other}")).SendKeys("testrecord in AFAS");
        browser.Submit($"dismiss-{other}");
        Assert.Equal($"Uitval {other} is genegeerd.", browser.Text("notice"));
        Assert.Equal(UitvalStatus.Dismissed, (await _server.Seed.UitvalEntryAsync(other)).Status);
        Assert.Equal(["uitval.retry", "uitval.dismiss"], (await _server.Seed.AuditAsync()).Select(a => a.Action));
    }

    [RequiresChromiumFact]
    public async Task An_auditor_sees_the_xml_with_bsn_and_iban_masked_and_no_buttons_to_change_anything()
    {
        var id = await _server.Seed.MessageAsync("arbo", AdminSeed.BerrefnrWithDigits, type: "WerknemerGegevens", body: AdminSeed.PersonXml(AdminSeed.BerrefnrWithDigits));
        await _server.Seed.UitvalAsync(UitvalStage.Import, "demo", AfasConnectorIds.Verzuim, "R-3", "Datum_begin is not a date");
        browser.Login(_server, AdminServer.AuditorKey);
        Assert.Equal("ad (auditor)", browser.Text("who"));

        browser.Open(_server, $"ui/messages/{id}");
        var xml = browser.Text("xml");
        Assert.Contains("<SofiNr>[BSN]</SofiNr>", xml, StringComparison.Ordinal);
        Assert.Contains("<Iban>[IBAN]</Iban>", xml, StringComparison.Ordinal);
        Assert.Contains($"<Berrefnr>{AdminSeed.BerrefnrWithDigits}</Berrefnr>", xml, StringComparison.Ordinal);
        Assert.Contains("\n  <BrAlg>", xml, StringComparison.Ordinal);
        Assert.Equal("BSN en IBAN zijn gemaskeerd (rol auditor).", browser.Text("masked"));
        foreach (var secret in new[] { AdminSeed.Bsn, AdminSeed.OtherBsn, AdminSeed.Iban })
        {
            Assert.DoesNotContain(secret, browser.Driver.PageSource, StringComparison.Ordinal);
        }

        browser.Open(_server, "ui/accounts/arbo");
        Assert.Empty(browser.Driver.FindElements(By.Id("block")));
        browser.Open(_server, "ui/uitval");
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("button[id^=retry-]")));
        browser.Open(_server, "ui/employers");
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("button[id^=activate-]")));
    }
}
