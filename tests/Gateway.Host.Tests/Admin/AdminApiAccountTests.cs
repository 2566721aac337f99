using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Core.Ledger;

namespace Gateway.Admin.Tests;

/// <summary>Block and restart over the API: held messages, the choice on restart, and the audit trail with the user.</summary>
public sealed class AdminApiAccountTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Block_holds_queued_and_new_messages_and_restart_with_process_queues_them_again_in_order()
    {
        var first = await _server.Seed.MessageAsync("arbo", "B-1");
        var second = await _server.Seed.MessageAsync("arbo", "B-2");
        using var admin = _server.Client(AdminServer.AdminKey);

        var blocked = await (await admin.PostAsJsonAsync("api/accounts/arbo/block", new { reason = "partner migrates" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(blocked.GetProperty("blocked").GetBoolean());
        Assert.Equal(2, blocked.GetProperty("held").GetInt32());
        var third = await _server.Seed.MessageAsync("arbo", "B-3");
        Assert.Equal(LedgerState.Held, (await _server.Seed.LedgerAsync(third)).State);

        var accounts = await admin.GetFromJsonAsync<JsonElement>("api/accounts");
        var arbo = accounts.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "arbo");
        Assert.True(arbo.GetProperty("blocked").GetBoolean());
        Assert.Equal(3, arbo.GetProperty("held").GetInt32());
        Assert.Equal(0, arbo.GetProperty("queued").GetInt32());

        var restart = await admin.PostAsJsonAsync("api/accounts/arbo/restart", new { pending = "process", reason = "partner ready" });
        var restarted = await restart.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, restart.StatusCode);
        Assert.Equal((false, 3, "restart.process"), (restarted.GetProperty("blocked").GetBoolean(), restarted.GetProperty("messages").GetInt32(), restarted.GetProperty("action").GetString()));
        foreach (var id in new[] { first, second, third })
        {
            Assert.Equal(LedgerState.Queued, (await _server.Seed.LedgerAsync(id)).State);
        }
        var audit = await _server.Seed.AuditAsync();
        Assert.Equal(["account.block", "account.restart.process"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(("fb", "arbo"), (a.User, a.Target)));
        Assert.Equal(["partner migrates", "partner ready"], audit.Select(a => a.Reason));
    }

    [Fact]
    public async Task Restart_with_discard_discards_every_held_message_with_an_audit_entry_each()
    {
        using var admin = _server.Client(AdminServer.AdminKey);
        await admin.PostAsJsonAsync("api/accounts/arbo/block", new { });
        var held = new[] { await _server.Seed.MessageAsync("arbo", "D-1"), await _server.Seed.MessageAsync("arbo", "D-2") };

        var restarted = await (await admin.PostAsJsonAsync("api/accounts/arbo/restart", new { pending = "Discard" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, restarted.GetProperty("messages").GetInt32());
        foreach (var id in held)
        {
            Assert.Equal(LedgerState.Discarded, (await _server.Seed.LedgerAsync(id)).State);
        }
        var audit = await _server.Seed.AuditAsync();
        Assert.Equal(["account.block", "message.discard", "message.discard", "account.restart.discard"], audit.Select(a => a.Action));
        Assert.Equal(["arbo/D-1", "arbo/D-2"], audit.Where(a => a.Action == "message.discard").Select(a => a.Target));

        var log = await admin.GetFromJsonAsync<JsonElement>("api/audit?action=message.");
        Assert.Equal(2, log.GetProperty("total").GetInt32());
        var detail = await admin.GetFromJsonAsync<JsonElement>("api/accounts/arbo");
        Assert.Equal(4, detail.GetProperty("audit").GetArrayLength());
        Assert.Equal(2, detail.GetProperty("history").GetArrayLength());
        Assert.Equal("Discarded", detail.GetProperty("history")[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_fields_and_unknown_accounts_are_404()
    {
        using var admin = _server.Client(AdminServer.AdminKey);

        var missing = await admin.PostAsJsonAsync("api/accounts/arbo/restart", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("process or discard", errors.GetProperty("pending")[0].GetString(), StringComparison.Ordinal);

        var wrong = await admin.PostAsJsonAsync("api/accounts/arbo/restart", new { pending = "later", reason = new string('x', 501) });
        var wrongErrors = (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["pending", "reason"], wrongErrors.EnumerateObject().Select(e => e.Name).Order());

        using var broken = new StringContent("{ \"pending\": ", System.Text.Encoding.UTF8, "application/json");
        var malformed = await admin.PostAsync("api/accounts/arbo/restart", broken);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("api/accounts/nobody/block", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("api/accounts/nobody")).StatusCode);
        var take = await admin.GetAsync("api/messages?take=0&skip=-1");
        var takeErrors = (await take.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["skip", "take"], takeErrors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Empty(await _server.Seed.AuditAsync());
    }

    [Fact]
    public async Task Account_detail_shows_the_delivery_target_and_pinned_host_key_but_no_secrets()
    {
        using var auditor = _server.Client(AdminServer.AuditorKey);

        var response = await auditor.GetStringAsync("api/accounts/arbo-sftp");
        var detail = JsonDocument.Parse(response).RootElement;

        Assert.Equal("SftpPush", detail.GetProperty("delivery").GetProperty("kind").GetString());
        Assert.Equal("SHA256:pinnedHostKeyFingerprint", detail.GetProperty("delivery").GetProperty("hostKey").GetString());
        Assert.Equal("sftp://gateway@sftp.arbo.example:22/", detail.GetProperty("delivery").GetProperty("target").GetString());
        Assert.DoesNotContain("sftp-password-never-shown", response, StringComparison.Ordinal);
    }
}
