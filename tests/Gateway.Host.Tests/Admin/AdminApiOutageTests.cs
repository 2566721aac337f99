using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Core.Outages;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Admin.Tests;

/// <summary><c>GET /api/outages</c>: the accounts whose partner is unreachable now, for every role; empty once it answers again.</summary>
public sealed class AdminApiOutageTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Lists_an_unreachable_partner_with_its_alert_until_it_answers_again()
    {
        var outages = new PartnerOutages(_server.Database, TimeProvider.System, new OutageProbeOptions(), NullLogger<PartnerOutages>.Instance);
        using var auditor = _server.Client(AdminServer.AuditorKey);
        Assert.Equal(0, (await auditor.GetFromJsonAsync<JsonElement>("api/outages")).GetArrayLength());

        var recorded = await outages.RecordFailureAsync("arbo", "delivery", "acme@sftp.arbo.example:22: Connection refused", default);
        await outages.RecordFailureAsync("arbo", "delivery", "acme@sftp.arbo.example:22: Connection timed out", default);

        var listed = Assert.Single((await auditor.GetFromJsonAsync<JsonElement>("api/outages")).EnumerateArray());
        Assert.Equal("arbo", listed.GetProperty("account").GetString());
        Assert.Equal(2, listed.GetProperty("failures").GetInt32());
        Assert.Equal(recorded.AlertId, listed.GetProperty("alertId").GetInt64());
        Assert.EndsWith("Connection timed out", listed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True(listed.GetProperty("nextProbeUtc").GetDateTime() > listed.GetProperty("lastFailureUtc").GetDateTime());

        Assert.True(await outages.RecordReachableAsync("arbo", default));
        Assert.Equal(0, (await auditor.GetFromJsonAsync<JsonElement>("api/outages")).GetArrayLength());
        using var anonymous = _server.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/outages")).StatusCode);
    }
}
