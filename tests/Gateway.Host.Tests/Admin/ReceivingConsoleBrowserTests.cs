using OpenQA.Selenium;

namespace Gateway.Admin.Tests;

/// <summary>The receiving console in headless Chromium: files filtered by state, a file with its Retourmelding, a case chain, and the auditor's masked view.</summary>
public sealed class ReceivingConsoleBrowserTests(ChromiumSession browser) : IClassFixture<ChromiumSession>, IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await AdminServer.StartAsync(receiving: true);
        if (Chromium.UnavailableReason is null)
        {
            browser.Open(_server, "ui/login");
            browser.Driver.Manage().Cookies.DeleteAllCookies();
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresChromiumFact]
    public async Task An_admin_filters_the_received_files_opens_a_refused_one_and_follows_a_case_chain()
    {
        var seed = await ReceivingConsoleSeed.CreateAsync(_server);
        browser.Login(_server, AdminServer.AdminKey);

        browser.Submit("nav-receiving");
        Assert.Equal("3 gevonden", browser.Text("found").Trim());
        Assert.Equal("page", browser.Driver.FindElement(By.Id("nav-files")).GetAttribute("aria-current"));
        Assert.Null(browser.Driver.FindElement(By.Id("nav-cases")).GetAttribute("aria-current"));
        Assert.Contains("Niet verwerkt (verworpen)", browser.Text($"file-{seed.Discarded.FileId}"), StringComparison.Ordinal);
        Assert.Contains("03 niet verwerkt", browser.Text($"file-{seed.Discarded.FileId}"), StringComparison.Ordinal);

        browser.Driver.FindElement(By.CssSelector("#state option[value=Refused]")).Click();
        browser.Submit("filter");
        Assert.Equal("1 gevonden", browser.Text("found").Trim());
        Assert.Empty(browser.Driver.FindElements(By.Id($"file-{seed.Processed.FileId}")));
        browser.Driver.FindElement(By.LinkText(seed.Refused.FileId.ToString(System.Globalization.CultureInfo.InvariantCulture))).Click();
        browser.Wait(d => d.FindElements(By.Id("file-state")).Count > 0);
        Assert.Equal("Geweigerd", browser.Text("file-state"));
        Assert.Contains("<SrtRetmldngCd>03</SrtRetmldngCd>", browser.Text("retourmelding-xml"), StringComparison.Ordinal);

        browser.Submit("nav-cases");
        var row = browser.Driver.FindElement(By.CssSelector("#cases tr[id^=case-]"));
        Assert.Contains("CASE-2", row.Text, StringComparison.Ordinal);
        Assert.Contains("Ziekte - overige redenen", row.Text, StringComparison.Ordinal);
        row.FindElement(By.LinkText("CASE-2")).Click();
        browser.Wait(d => d.FindElements(By.Id("chain")).Count > 0);
        Assert.Contains("01 ziekmelding", browser.Text("sequence-1"), StringComparison.Ordinal);
        Assert.Equal("page", browser.Driver.FindElement(By.Id("nav-cases")).GetAttribute("aria-current"));
        Assert.Null(browser.Driver.FindElement(By.Id("nav-files")).GetAttribute("aria-current"));

        browser.Submit("nav-retourmeldingen");
        var codes = browser.Driver.FindElements(By.CssSelector("#retourmeldingen tr[id^=retour-] .badge")).Select(b => b.Text);
        Assert.Equal(["03 niet verwerkt", "02 verwerkt", "03 niet verwerkt"], codes);
        Assert.Equal("page", browser.Driver.FindElement(By.Id("nav-retourmeldingen")).GetAttribute("aria-current"));
    }

    [RequiresChromiumFact]
    public async Task An_auditor_sees_the_bsn_and_the_classification_masked()
    {
        var seed = await ReceivingConsoleSeed.CreateAsync(_server);
        browser.Login(_server, AdminServer.AuditorKey);

        browser.Open(_server, $"ui/receiving/files/{seed.Discarded.FileId}");
        Assert.Contains("<SofiNr>[BSN]</SofiNr>", browser.Text("xml"), StringComparison.Ordinal);
        Assert.Equal("BSN en IBAN zijn gemaskeerd (rol auditor).", browser.Text("masked"));
        Assert.DoesNotContain(AdminSeed.Bsn, browser.Driver.PageSource, StringComparison.Ordinal);

        browser.Open(_server, "ui/receiving/cases");
        var row = browser.Driver.FindElement(By.CssSelector("#cases tr[id^=case-]"));
        Assert.Equal("[medisch]", row.FindElement(By.CssSelector("td.classification")).Text);
        Assert.DoesNotContain("Ziekte", browser.Driver.PageSource, StringComparison.Ordinal);
    }

    [RequiresChromiumFact]
    public async Task An_admin_runs_the_start_up_procedure_from_the_account_page_a_bad_overview_names_its_rows_and_imports_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-overview-ui-").FullName;
        try
        {
            var bad = Path.Combine(folder, "verzuim-fout.csv");
            await File.WriteAllTextAsync(bad, "IdWrkgvrArbdnst;ExternWerknemerID;VrzmgvlId;DatEerstVrzmdg\nWG-0001;EMP-1;CASE-1;morgen\nWG-9999;EMP-2;CASE-2;2026-01-05\n");
            var employees = Path.Combine(folder, "werknemers.xlsx");
            await using (var sheet = File.Create(employees))
            {
                await Gateway.Core.Overviews.OverviewTable.WriteAsync(sheet, Gateway.Core.Overviews.OverviewFormat.Xlsx, Gateway.Core.Overviews.StartupOverviewColumns.Employees,
                    [["WG-0001", "EMP-1", null]], default);
            }
            var cases = Path.Combine(folder, "verzuim.csv");
            await File.WriteAllTextAsync(cases, "IdWrkgvrArbdnst;ExternWerknemerID;VrzmgvlId;DatEerstVrzmdg\nWG-0001;EMP-1;CASE-1;2026-01-05\n");
            browser.Login(_server, AdminServer.AdminKey);

            browser.Open(_server, "ui/accounts/partner-in");
            browser.Driver.FindElement(By.Id("overview-cases")).SendKeys(bad);
            browser.Submit("overview-import");
            Assert.Equal("Niets ingelezen; los deze fouten op en lees opnieuw in:", browser.Text("overview-failed"));
            Assert.Equal(
                ["verzuimoverzicht regel 2: DatEerstVrzmdg is geen datum (jjjj-mm-dd of dd-mm-jjjj)", "verzuimoverzicht regel 3: werkgever WG-9999 is niet geautoriseerd voor account partner-in"],
                browser.Driver.FindElements(By.CssSelector("#overview-errors li")).Select(e => e.Text));

            browser.Open(_server, "ui/accounts/partner-in");
            browser.Driver.FindElement(By.Id("overview-employees")).SendKeys(employees);
            browser.Driver.FindElement(By.Id("overview-cases")).SendKeys(cases);
            browser.Submit("overview-import");
            Assert.Equal("Start-upoverzichten van partner-in ingelezen: 2 werknemers en verzuimgevallen toegevoegd.", browser.Text("notice"));
            Assert.Equal("Geblokkeerd", browser.Text("account-state"));
            browser.Driver.FindElement(By.Id("pending-process")).Click();
            browser.Submit("restart");
            Assert.Equal("Actief", browser.Text("account-state"));
            Assert.Equal(["account.overview.refused", "account.overview.import", "account.restart.process"], (await _server.Seed.AuditAsync()).Select(a => a.Action));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
