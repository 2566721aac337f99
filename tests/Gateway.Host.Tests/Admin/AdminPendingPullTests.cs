using System.Net;
using System.Net.Http.Json;
using Gateway.Core.Pulls;

namespace Gateway.Admin.Tests;

/// <summary>Held pulls in the admin UI and API: a banner on the dashboard, approve and reject (audited), auditors only look.</summary>
public sealed class AdminPendingPullTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_dashboard_shows_a_banner_and_an_admin_approves_in_the_UI_and_rejects_over_the_API()
    {
        var store = new PendingPullStore(_server.Database, TimeProvider.System);
        var first = await HoldAsync(store, "Newdays_Connect_MedewerkerGegevens_v1");
        var second = await HoldAsync(store, "Newdays_Connect_Verzuim_v1");
        using var admin = await UiBrowser.LoggedInAsync(_server, AdminServer.AdminKey);

        Assert.Contains("id=\"pending-pulls-banner\"", await admin.GetStringAsync("ui"), StringComparison.Ordinal);
        var page = await admin.GetStringAsync("ui/pulls");
        Assert.Contains($"id=\"approve-{first.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("50 of 50 stored records would be gone", page, StringComparison.Ordinal);

        var approved = await UiBrowser.PostAsync(admin, "ui/pulls", $"ui/pulls/{first.Id}/approve", new() { ["reason"] = "new environment" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(first.Id, await store.ApprovalAsync("acme", first.Connector, default));
        var noReason = await UiBrowser.PostAsync(admin, "ui/pulls", $"ui/pulls/{second.Id}/reject", new() { ["reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        using var auditor = _server.Client(AdminServer.AuditorKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync($"api/pulls/pending/{second.Id}/reject", new { reason = "no" })).StatusCode);
        using var api = _server.Client(AdminServer.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"api/pulls/pending/{second.Id}/reject", new { reason = "wrong environment" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"api/pulls/pending/{second.Id}/approve", new { reason = "changed my mind" })).StatusCode);

        Assert.DoesNotContain("pending-pulls-banner", await admin.GetStringAsync("ui"), StringComparison.Ordinal);
        var audit = await _server.Seed.AuditAsync();
        Assert.Contains(audit, a => a.Action == "pull.approve" && a.Target.EndsWith($"/{first.Id}", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "pull.reject" && a.Target.EndsWith($"/{second.Id}", StringComparison.Ordinal));
    }

    private static Task<PendingPull> HoldAsync(PendingPullStore store, string connector) => store.HoldAsync(new PendingPull
    {
        Integration = "acme",
        Connector = connector,
        PullRunId = 1,
        HeldUtc = DateTime.UtcNow,
        Known = 50,
        Gone = 50,
        New = 50,
        Reason = "50 of 50 stored records would be gone (limit 11: more than 20 %, at least 10)",
    }, default);
}
