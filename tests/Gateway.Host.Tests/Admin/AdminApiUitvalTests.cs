using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Core.Ledger;
using Gateway.Core.Outages;
using Gateway.Core.Uitval;
using Gateway.Outbound.Deliver;
using Gateway.Transport.Delivery;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Admin.Tests;

/// <summary>Uitval over the API: retry (a failed delivery goes out again), dismiss with a reason, listing.</summary>
public sealed class AdminApiUitvalTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Retrying_delivery_uitval_queues_the_failed_message_again_and_the_dispatcher_delivers_it()
    {
        var (messageId, uitvalId) = await FailedDeliveryAsync(_server, "R-1");
        using var admin = _server.Client(AdminServer.AdminKey);

        var response = await admin.PostAsync($"api/uitval/{uitvalId}/retry", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(messageId, result.GetProperty("messageId").GetInt64());
        Assert.Equal("Queued", result.GetProperty("messageState").GetString());
        var message = await _server.Seed.LedgerAsync(messageId);
        Assert.Equal((LedgerState.Queued, 0, (DateTime?)null), (message.State, message.Attempts, message.NextAttemptUtc));
        var entry = await _server.Seed.UitvalEntryAsync(uitvalId);
        Assert.Equal((UitvalStatus.Resolved, "fb"), (entry.Status, entry.ResolvedBy));
        var audit = Assert.Single(await _server.Seed.AuditAsync());
        Assert.Equal(("uitval.retry", $"uitval/{uitvalId}", "message R-1 queued again"), (audit.Action, audit.Target, audit.Reason));

        await using var target = TransferFolderTarget.LocalFolder(_server.OutboxFolder);
        Assert.Equal(1, await Dispatcher(_server).RunOnceAsync("arbo", target, default));
        Assert.True(File.Exists(Path.Combine(_server.OutboxFolder, "VZ_R-1.xml")));

        var again = await admin.PostAsync($"api/uitval/{uitvalId}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("api/uitval/999999/retry", null)).StatusCode);
    }

    [Fact]
    public async Task Retrying_delivery_uitval_of_a_blocked_account_holds_the_message()
    {
        var (messageId, uitvalId) = await FailedDeliveryAsync(_server, "H-1");
        using var admin = _server.Client(AdminServer.AdminKey);
        await admin.PostAsJsonAsync("api/accounts/arbo/block", new { reason = "partner down" });

        var result = await (await admin.PostAsync($"api/uitval/{uitvalId}/retry", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Held", result.GetProperty("messageState").GetString());
        Assert.Equal(LedgerState.Held, (await _server.Seed.LedgerAsync(messageId)).State);
        var restarted = await (await admin.PostAsJsonAsync("api/accounts/arbo/restart", new { pending = "process" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, restarted.GetProperty("messages").GetInt32());
        Assert.Equal(LedgerState.Queued, (await _server.Seed.LedgerAsync(messageId)).State);
    }

    [Fact]
    public async Task Retrying_other_uitval_resolves_it_and_dismissing_needs_a_reason()
    {
        var import = await _server.Seed.UitvalAsync(UitvalStage.Import, "demo", "Newdays_Connect_Verzuim_v1", "R-7", "Datum_begin is not a date");
        var validation = await _server.Seed.UitvalAsync(UitvalStage.Validation, "demo", "Newdays_Connect_Verzuim_v1", "R-8", "schema says no");
        using var admin = _server.Client(AdminServer.AdminKey);

        var retried = await (await admin.PostAsync($"api/uitval/{import}/retry", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("next sync", retried.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(UitvalStatus.Resolved, (await _server.Seed.UitvalEntryAsync(import)).Status);

        var noReason = await admin.PostAsJsonAsync($"api/uitval/{validation}/dismiss", new { reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        var noBody = await admin.PostAsync($"api/uitval/{validation}/dismiss", null);
        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"api/uitval/{validation}/dismiss", new { reason = "known AFAS test record" })).StatusCode);
        var entry = await _server.Seed.UitvalEntryAsync(validation);
        Assert.Equal((UitvalStatus.Dismissed, "fb"), (entry.Status, entry.ResolvedBy));
        Assert.Equal([("uitval.retry", (string?)"resolved; the next sync reads the record again"), ("uitval.dismiss", "known AFAS test record")],
            (await _server.Seed.AuditAsync()).Select(a => (a.Action, a.Reason)));

        var open = await admin.GetFromJsonAsync<JsonElement>("api/uitval");
        Assert.Equal(0, open.GetProperty("total").GetInt32());
        var dismissed = await admin.GetFromJsonAsync<JsonElement>("api/uitval?status=dismissed");
        Assert.Equal(validation, dismissed.GetProperty("items")[0].GetProperty("id").GetInt64());
        var all = await admin.GetFromJsonAsync<JsonElement>("api/uitval?status=all&stage=import");
        Assert.Equal(1, all.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("api/uitval?stage=nowhere")).StatusCode);
    }

    [Fact]
    public async Task Retrying_by_filter_queues_every_matching_failed_message_again_and_audits_the_filter_and_count()
    {
        var (first, _) = await FailedDeliveryAsync(_server, "B-1");
        var (second, _) = await FailedDeliveryAsync(_server, "B-2");
        var validation = await _server.Seed.UitvalAsync(UitvalStage.Validation, "arbo", "Verzuimmeldingen", "R-9", "schema says no");
        var import = await _server.Seed.UitvalAsync(UitvalStage.Import, "demo", "Newdays_Connect_Verzuim_v1", "R-7", "Datum_begin is not a date");
        using var admin = _server.Client(AdminServer.AdminKey);
        using var auditor = _server.Client(AdminServer.AuditorKey);

        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("api/uitval/retry", new { account = "arbo" })).StatusCode);
        var empty = await admin.PostAsJsonAsync("api/uitval/retry", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("filter", out _));
        var alerts = await admin.PostAsJsonAsync("api/uitval/retry", new { stage = "connection" });
        Assert.True((await alerts.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("stage", out _));
        // the API reads a date as a day in Europe/Amsterdam: today there, not in UTC (which differs from 22:00 or 23:00 UTC)
        var today = Gateway.Core.Time.AmsterdamTime.ToLocal(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await admin.PostAsJsonAsync("api/uitval/retry", new { account = "arbo", stage = "delivery", since = today, until = today });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 2, 0), (result.GetProperty("matched").GetInt32(), result.GetProperty("retried").GetInt32(), result.GetProperty("notRetried").GetArrayLength()));
        Assert.StartsWith("account=arbo stage=Delivery since=", result.GetProperty("filter").GetString(), StringComparison.Ordinal);
        Assert.Equal(LedgerState.Queued, (await _server.Seed.LedgerAsync(first)).State);
        Assert.Equal(LedgerState.Queued, (await _server.Seed.LedgerAsync(second)).State);
        Assert.Equal(UitvalStatus.Open, (await _server.Seed.UitvalEntryAsync(validation)).Status);
        Assert.Equal(UitvalStatus.Open, (await _server.Seed.UitvalEntryAsync(import)).Status);
        var audit = await _server.Seed.AuditAsync();
        var bulk = Assert.Single(audit, a => a.Action == UitvalBulkRetry.AuditAction);
        Assert.Equal("fb", bulk.User);
        Assert.EndsWith(": 2 matched, 2 retried, 0 not retried", bulk.Reason, StringComparison.Ordinal);
        Assert.Equal(2, audit.Count(a => a.Action == "uitval.retry"));
    }

    /// <summary>Delivers one message to a target that refuses it for good: a Failed message and its delivery uitval, as in production.</summary>
    internal static async Task<(long MessageId, long UitvalId)> FailedDeliveryAsync(AdminServer server, string berrefnr)
    {
        var messageId = await server.Seed.MessageAsync("arbo", berrefnr, caseKey: "CASE-" + berrefnr);
        await using var refusing = new RefusingTarget();
        await Dispatcher(server).RunOnceAsync("arbo", refusing, default);
        await using var context = server.Database.CreateContext();
        var uitval = context.Uitval.Single(u => u.Stage == UitvalStage.Delivery && u.RecordKey == "CASE-" + berrefnr);
        Assert.Equal(LedgerState.Failed, (await server.Seed.LedgerAsync(messageId)).State);
        return (messageId, uitval.Id);
    }

    private static DeliveryDispatcher Dispatcher(AdminServer server) => new(server.Database, TimeProvider.System,
        new DeliveryRetryPolicy { MaxAttempts = 1, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
        new PartnerOutages(server.Database, TimeProvider.System, new OutageProbeOptions(), NullLogger<PartnerOutages>.Instance), NullLogger<DeliveryDispatcher>.Instance);

    private sealed class RefusingTarget : IDeliveryTarget
    {
        public Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
            throw new DeliveryFailureException("permission denied on the partner's folder", transient: false);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
