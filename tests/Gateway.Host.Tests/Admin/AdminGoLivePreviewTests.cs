using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Afas.Client;
using Gateway.Afas.Rows;
using Gateway.Afas.Tests.Client;
using Gateway.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Tests;

/// <summary>
/// The go-live preview through the admin API (<c>GET /api/employers/{code}/preview?account=</c>) and the UI page, against
/// the AFAS simulator: admins only, messages per type and masked samples, nothing stored.
/// </summary>
public sealed class AdminGoLivePreviewTests : IAsyncLifetime
{
    private AfasTestServer _afas = null!;
    private AdminServer _server = null!;
    private string _employer = "";

    public async Task InitializeAsync()
    {
        _afas = await AfasTestServer.StartAsync(employees: 30, seed: 5);
        await foreach (var row in _afas.Client().ReadRowsAsync(AfasQuery.For<WerkgeverRow>()))
        {
            _employer = row.Row!.Werkgeverscode;
            break;
        }
        _server = await AdminServer.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Gateway:Integrations:demo:Afas:BaseUrl"] = _afas.Simulator.BaseUrl.ToString(),
            ["Gateway:Integrations:demo:Afas:Token"] = _afas.Simulator.Token,
            ["Gateway:Accounts:arbo:Mapping:Release"] = "2025",
            ["Gateway:Accounts:arbo:Mapping:IdInzndr"] = "GATEWAY-TEST",
            ["Gateway:Accounts:arbo:Mapping:IdOntvngr"] = "ARBO-TEST",
            ["Gateway:Accounts:arbo:Mapping:Employers:0:Werkgeverscode"] = _employer,
            ["Gateway:Accounts:arbo:Mapping:Employers:0:IdWrkgvrArbdnst"] = "WG-" + _employer,
            ["Gateway:Accounts:arbo:Mapping:Employers:0:AansltnrGeguitwlngArbdnst"] = "AANSL-" + _employer,
            ["Gateway:Accounts:arbo:Mapping:Employers:0:Loonheffingennummer"] = "812345601L01",
        });
        await _server.Seed.EmployerAsync(_employer, "Werkgever in afwachting");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _afas.DisposeAsync();
    }

    [Fact]
    public async Task The_api_previews_for_admins_only_and_stores_nothing()
    {
        using var auditor = _server.Client(AdminServer.AuditorKey);
        using var admin = _server.Client(AdminServer.AdminKey);

        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync($"api/employers/{_employer}/preview?account=arbo")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"api/employers/{_employer}/preview")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"api/employers/{_employer}/preview?account=nope")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.GetAsync($"api/employers/{_employer}/preview?account=arbo-sftp")).StatusCode);
        var response = await admin.GetAsync($"api/employers/{_employer}/preview?account=arbo&samples=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(preview.GetProperty("found").GetBoolean());
        Assert.Equal("demo", preview.GetProperty("integration").GetString());
        Assert.True(preview.GetProperty("messageCount").GetInt32() > 0);
        Assert.Contains(preview.GetProperty("messages").EnumerateArray(), m => m.GetProperty("messageType").GetString() == "Dienstverbanden");
        var samples = preview.GetProperty("samples").EnumerateArray().Select(s => s.GetProperty("maskedXml").GetString()!).ToList();
        Assert.Equal(2, samples.Count);
        Assert.Contains(samples, s => s.Contains($"<Achternaam>{XmlBodyMasking.Masked}</Achternaam>", StringComparison.Ordinal));
        await using var context = _server.Database.CreateContext();
        Assert.Equal(0, await context.LedgerMessages.CountAsync());
        Assert.Equal(0, await context.ConnectorRecords.CountAsync());
        Assert.Equal(0, await context.Uitval.CountAsync());
        Assert.False((await context.Employers.SingleAsync()).Active);
    }

    [Fact]
    public async Task The_page_lets_an_admin_choose_the_account_and_shows_counts_and_masked_samples()
    {
        using var admin = await UiBrowser.LoggedInAsync(_server, AdminServer.AdminKey);
        using var auditor = await UiBrowser.LoggedInAsync(_server, AdminServer.AuditorKey);

        Assert.Contains($"/ui/employers/demo/{_employer}/preview", await admin.GetStringAsync("ui/employers"), StringComparison.Ordinal);
        var chooser = await admin.GetStringAsync($"ui/employers/demo/{_employer}/preview");
        Assert.Contains("<option value=\"arbo\">arbo</option>", chooser, StringComparison.Ordinal);
        Assert.DoesNotContain("arbo-sftp", chooser, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"preview-messages\"", chooser, StringComparison.Ordinal);

        var page = await admin.GetStringAsync($"ui/employers/demo/{_employer}/preview?account=arbo");
        Assert.Contains("id=\"preview-messages\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"nothing-stored\"", page, StringComparison.Ordinal);
        Assert.Contains($"&lt;Achternaam&gt;{XmlBodyMasking.Masked}&lt;/Achternaam&gt;", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync($"ui/employers/demo/{_employer}/preview?account=arbo")).StatusCode);
        await using var context = _server.Database.CreateContext();
        Assert.Equal(0, await context.LedgerMessages.CountAsync());
    }
}
