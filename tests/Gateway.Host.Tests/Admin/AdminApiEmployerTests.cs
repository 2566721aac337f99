using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;

namespace Gateway.Admin.Tests;

/// <summary>Employers (activation with audit), integrations with their last pulls (a running one with progress), the dashboard.</summary>
public sealed class AdminApiEmployerTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Activating_and_deactivating_an_employer_is_audited_with_the_user()
    {
        await _server.Seed.EmployerAsync("01", "Bakkerij Jansen");
        await _server.Seed.EmployerAsync("02", "Garage Pietersen");
        using var admin = _server.Client(AdminServer.AdminKey);

        var pending = await admin.GetFromJsonAsync<JsonElement>("api/employers?active=false");
        Assert.Equal(["01", "02"], pending.EnumerateArray().Select(e => e.GetProperty("code").GetString()));

        var activated = await (await admin.PostAsJsonAsync("api/employers/demo/01/activate", new { reason = "contract checked" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(activated.GetProperty("active").GetBoolean());
        Assert.Equal("fb", activated.GetProperty("activatedBy").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("api/employers/demo/01/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("api/employers/demo/99/activate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("api/employers?active=maybe")).StatusCode);

        var audit = await _server.Seed.AuditAsync();
        Assert.Equal([("employer.activate", "demo/01", (string?)"contract checked"), ("employer.deactivate", "demo/01", null)],
            audit.Select(a => (a.Action, a.Target, a.Reason)));
    }

    [Fact]
    public async Task Integrations_show_each_connectors_last_pull_and_a_running_pull_with_its_progress()
    {
        var now = DateTime.UtcNow;
        await _server.Seed.PullAsync(AfasConnectorIds.Verzuim, PullStatus.Succeeded, now.AddHours(-2), 120);
        await _server.Seed.PullAsync(AfasConnectorIds.Verzuim, PullStatus.Running, now.AddSeconds(-30), 0);
        await _server.Seed.PullAsync(AfasConnectorIds.Werkgevers, PullStatus.Failed, now.AddHours(-1), 0);
        using var auditor = _server.Client(AdminServer.AuditorKey);

        var integrations = await auditor.GetFromJsonAsync<JsonElement>("api/integrations");
        var demo = Assert.Single(integrations.EnumerateArray());
        var connectors = demo.GetProperty("connectors").EnumerateArray().ToDictionary(c => c.GetProperty("connector").GetString()!);
        Assert.Equal(6, connectors.Count);
        var verzuim = connectors[AfasConnectorIds.Verzuim];
        Assert.Equal("Running", verzuim.GetProperty("lastPull").GetProperty("status").GetString());
        Assert.InRange(verzuim.GetProperty("lastPull").GetProperty("runningSeconds").GetDouble(), 25, 600);
        Assert.Equal(120, verzuim.GetProperty("lastSucceeded").GetProperty("rows").GetInt32());
        Assert.Equal("AFAS answered 500", connectors[AfasConnectorIds.Werkgevers].GetProperty("lastPull").GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, connectors[AfasConnectorIds.MedewerkerIban].GetProperty("lastPull").ValueKind);

        var pulls = await auditor.GetFromJsonAsync<JsonElement>($"api/integrations/demo/pulls?connector={AfasConnectorIds.Verzuim}");
        Assert.Equal(["Running", "Succeeded"], pulls.EnumerateArray().Select(p => p.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync("api/integrations/nope/pulls")).StatusCode);

        var dashboard = await auditor.GetFromJsonAsync<JsonElement>("api/dashboard");
        Assert.True(dashboard.GetProperty("pullRunning").GetBoolean());
        Assert.Equal(["arbo", "arbo-sftp"], dashboard.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }
}
