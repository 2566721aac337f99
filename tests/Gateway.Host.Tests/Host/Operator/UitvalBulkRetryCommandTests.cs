using System.Globalization;
using System.Text;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Tests.Operator;

/// <summary>
/// <c>gateway uitval retry --account A --stage Delivery --since D</c>: every open entry the filter takes is retried
/// (its failed message queued again), nothing else is touched, and the bulk action is audited with who, the filter and
/// the count; without an id or a filter it refuses.
/// </summary>
public sealed class UitvalBulkRetryCommandTests : IAsyncLifetime
{
    private CliDatabase _cli = null!;
    private string _config = "";
    private GatewayDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _cli = await CliDatabase.CreateAsync("bulk");
        (_config, _database) = (_cli.Config, _cli.Database);
    }

    [Fact]
    public async Task Retrying_by_account_stage_and_period_requeues_exactly_the_matching_failures_and_audits_the_filter_and_count()
    {
        var now = DateTime.UtcNow;
        foreach (var caseKey in new[] { "A", "B", "C" })
        {
            await FailedDeliveryAsync("arbo", caseKey, now.AddHours(-2));
        }
        await FailedDeliveryAsync("arbo", "OLD", now.AddDays(-10));
        await FailedDeliveryAsync("other", "D", now.AddHours(-1));
        await UitvalAsync("arbo", UitvalStage.Validation, "V", now.AddHours(-1));
        await UitvalAsync("arbo", UitvalStage.Connection, null, now.AddHours(-1));
        var since = now.AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

        var (exit, output, error) = await GatewayCliRunner.RunAsync("uitval", "retry", "--account", "arbo", "--stage", "Delivery", "--since", since, "--user", "ops", "--config", _config);

        Assert.True(exit == 0, error);
        Assert.Contains("3 open uitval matched, 3 retried, 0 not retried", output, StringComparison.Ordinal);
        await using var context = _database.CreateContext();
        var messages = await context.LedgerMessages.AsNoTracking().ToDictionaryAsync(m => m.CaseKey, m => m.State);
        Assert.Equal(LedgerState.Queued, messages["A"]);
        Assert.Equal(LedgerState.Queued, messages["B"]);
        Assert.Equal(LedgerState.Queued, messages["C"]);
        Assert.Equal(LedgerState.Failed, messages["OLD"]);
        Assert.Equal(LedgerState.Failed, messages["D"]);
        var open = await context.Uitval.AsNoTracking().Where(u => u.Status == UitvalStatus.Open).Select(u => u.RecordKey ?? u.Stage.ToString()).ToListAsync();
        Assert.Equal(["Connection", "D", "OLD", "V"], open.Order(StringComparer.Ordinal));
        var audit = await context.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["uitval.retry", "uitval.retry", "uitval.retry", UitvalBulkRetry.AuditAction], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("ops", a.User));
        Assert.Equal($"account=arbo stage=Delivery since={since}Z: 3 matched, 3 retried, 0 not retried", audit[^1].Reason);
    }

    [Fact]
    public async Task A_retry_needs_an_id_or_a_filter_but_not_both_and_never_takes_outage_alerts()
    {
        var (noFilter, _, noFilterError) = await GatewayCliRunner.RunAsync("uitval", "retry", "--config", _config);
        var (both, _, bothError) = await GatewayCliRunner.RunAsync("uitval", "retry", "7", "--account", "arbo", "--config", _config);
        var (alerts, _, alertsError) = await GatewayCliRunner.RunAsync("uitval", "retry", "--stage", "Connection", "--config", _config);

        Assert.Equal((2, 2, 2), (noFilter, both, alerts));
        Assert.Contains("at least one filter", noFilterError, StringComparison.Ordinal);
        Assert.Contains("not both", bothError, StringComparison.Ordinal);
        Assert.Contains("close by themselves", alertsError, StringComparison.Ordinal);
        await using var context = _database.CreateContext();
        Assert.Empty(await context.AuditLog.ToListAsync());
    }

    private async Task FailedDeliveryAsync(string account, string caseKey, DateTime at)
    {
        await using var context = _database.CreateContext();
        var message = await LedgerWriter.AddAsync(context, new NewLedgerMessage(account, "Verzuimmeldingen", "2025", caseKey, $"{account}-{caseKey}", $"VZ_{account}-{caseKey}.xml",
            Encoding.UTF8.GetBytes("<x/>")), at, default);
        message.State = LedgerState.Failed;
        await context.SaveChangesAsync();
        await UitvalAsync(account, UitvalStage.Delivery, caseKey, at, $"delivery of VZ_{account}-{caseKey}.xml failed after 8 attempts: connection refused");
    }

    private async Task UitvalAsync(string account, UitvalStage stage, string? key, DateTime at, string reason = "test")
    {
        await using var context = _database.CreateContext();
        context.Uitval.Add(new UitvalEntry { Integration = account, Stage = stage, Connector = "Verzuimmeldingen", RecordKey = key, Reason = reason, Status = UitvalStatus.Open, CreatedUtc = at });
        await context.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _cli.DisposeAsync();
}
