using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Tests.Support;

namespace Gateway.Admin.Tests;

/// <summary>Receiving accounts over the same account API as sending ones: listed with their files, blocked and restarted with the choice.</summary>
public sealed class AdminApiReceivingAccountTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync(receiving: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_receiving_account_starts_blocked_and_a_restart_with_discard_answers_each_held_file_and_audits_it()
    {
        var first = await _server.ReceiveAsync("VZ_1.xml", ReceivingMessages.Bytes(ReceivingMessages.Absence("CASE-1", 1)));
        var second = await _server.ReceiveAsync("VZ_2.xml", ReceivingMessages.Bytes(ReceivingMessages.Absence("CASE-2", 1)));
        using var admin = _server.Client(AdminServer.AdminKey);

        var accounts = await admin.GetFromJsonAsync<JsonElement>("api/accounts");
        var partner = accounts.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "partner-in");
        var restart = await admin.PostAsJsonAsync("api/accounts/partner-in/restart", new { pending = "discard", reason = "test batch" });
        var restarted = await restart.Content.ReadFromJsonAsync<JsonElement>();
        var detail = await admin.GetFromJsonAsync<JsonElement>("api/accounts/partner-in");

        Assert.Equal((ReceivedFileStatus.Held, ReceivedFileStatus.Held), (first.Status, second.Status));
        Assert.Equal(("receiving", "HostedSftp", true, 2), (partner.GetProperty("role").GetString(), partner.GetProperty("deliveryKind").GetString(),
            partner.GetProperty("blocked").GetBoolean(), partner.GetProperty("files").GetProperty("held").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, restart.StatusCode);
        Assert.Equal((false, 2, "restart.discard"), (restarted.GetProperty("blocked").GetBoolean(), restarted.GetProperty("messages").GetInt32(),
            restarted.GetProperty("action").GetString()));
        Assert.Equal(2, detail.GetProperty("account").GetProperty("files").GetProperty("discarded").GetInt32());
        Assert.Equal("hosted SFTP login gw-partner", detail.GetProperty("delivery").GetProperty("target").GetString());
        var audit = await _server.Seed.AuditAsync();
        Assert.Equal(["message.discard", "message.discard", "account.restart.discard"], audit.Select(a => a.Action));
        Assert.Equal([$"partner-in/{first.Berrefnr}", $"partner-in/{second.Berrefnr}", "partner-in"], audit.Select(a => a.Target));
    }

    [Fact]
    public async Task An_auditor_cannot_block_a_receiving_account_and_an_unknown_name_is_404()
    {
        using var auditor = _server.Client(AdminServer.AuditorKey);
        using var admin = _server.Client(AdminServer.AdminKey);

        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("api/accounts/partner-in/block", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("api/accounts/partner-out/block", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("api/accounts/partner-in/block", new { reason = "migration" })).StatusCode);
        Assert.Equal(["account.block"], (await _server.Seed.AuditAsync()).Select(a => a.Action));
    }
}
