using Gateway.Afas.Changes;
using Gateway.Afas.Client;
using Gateway.Afas.Client.Errors;
using Gateway.Afas.Rows;
using Gateway.Core.Coordination;
using Gateway.Core.Employers;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Telemetry;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Afas.Sync;

/// <summary>
/// One pull of one connector, start to end: takes the connector's lease (a pull never overlaps a running pull of
/// the same connector, on any node), records a <see cref="PullRun"/>, streams the rows through the activation gate
/// into change detection (one transaction: a failed pull changes no state), then records rejected rows as uitval
/// and the employers a Werkgevers pull saw.
/// </summary>
public sealed class ConnectorSync(GatewayDatabase database, AfasConnectorClient client, TimeProvider clock, ILogger<ConnectorSync> logger,
    ScheduledUitvalRetry? retries = null)
{
    /// <param name="scheduledFor">For a scheduled pull, its due time: a pull of the connector that another node already
    /// started at or after it makes this one a no-op, so every scheduled pull runs once across nodes.</param>
    public Task<SyncResult> RunAsync(IntegrationOptions integration, string connector, SyncMode mode, CancellationToken cancellationToken,
        DateTimeOffset? scheduledFor = null) => connector switch
        {
            AfasConnectorIds.Werkgevers => RunAsync<WerkgeverRow>(integration, mode, [AfasQuery.For<WerkgeverRow>()], null, scheduledFor, cancellationToken),
            AfasConnectorIds.Organigram => RunAsync<OrganigramRow>(integration, mode, [AfasQuery.For<OrganigramRow>()], null, scheduledFor, cancellationToken),
            AfasConnectorIds.MedewerkerGegevens => RunAsync<MedewerkerGegevensRow>(integration, mode, [AfasQuery.For<MedewerkerGegevensRow>()], null, scheduledFor, cancellationToken),
            AfasConnectorIds.AccountsAutorisaties => RunAsync<AccountAutorisatieRow>(integration, mode, [AfasQuery.For<AccountAutorisatieRow>()], null, scheduledFor, cancellationToken),
            AfasConnectorIds.MedewerkerIban => RunAsync<MedewerkerIbanRow>(integration, mode, [AfasQuery.For<MedewerkerIbanRow>()], null, scheduledFor, cancellationToken),
            AfasConnectorIds.Verzuim => RunVerzuimAsync(integration, mode, scheduledFor, cancellationToken),
            _ => throw new ArgumentException($"unknown connector '{connector}'", nameof(connector)),
        };

    private Task<SyncResult> RunVerzuimAsync(IntegrationOptions integration, SyncMode mode, DateTimeOffset? scheduledFor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var queries = VerzuimSelection.Queries(mode, integration.Verzuim, now);
        var windowStart = VerzuimSelection.WindowStart(integration.Verzuim, now);
        Func<string, bool>? inSelection = mode == SyncMode.Full ? fields => VerzuimSelection.InWindow(fields, windowStart) : null;
        return RunAsync(integration, mode, queries, inSelection, scheduledFor, cancellationToken);
    }

    /// <param name="inSelection">For filtered pulls whose filter is known: whether a stored record (canonical JSON) must
    /// have been returned, so its absence means it is gone. Null for unfiltered pulls (every absence counts) — and
    /// for Recent pulls, which never infer deletions.</param>
    private async Task<SyncResult> RunAsync<TRow>(IntegrationOptions integration, SyncMode mode, IReadOnlyList<AfasQuery<TRow>> queries,
        Func<string, bool>? inSelection, DateTimeOffset? scheduledFor, CancellationToken cancellationToken)
        where TRow : class, IAfasRow<TRow>
    {
        var connector = TRow.ConnectorId;
        await using var lease = await new LeaseStore(database, clock).TryHoldAsync(PullLeaseNames.For(integration.Name, connector), LeaseStore.DefaultDuration, cancellationToken)
            .ConfigureAwait(false);
        if (lease is null)
        {
            SyncLog.Overlapping(logger, integration.Name, connector);
            return SyncResult.NotRun(integration.Name, connector, mode, "another pull of this connector is running");
        }
        if (scheduledFor is { } due && await RanSinceAsync(integration.Name, connector, due, cancellationToken).ConfigureAwait(false))
        {
            SyncLog.Overlapping(logger, integration.Name, connector);
            return SyncResult.NotRun(integration.Name, connector, mode, "this scheduled pull already ran on another node");
        }
        var result = await PullAsync(integration, mode, queries, inSelection, cancellationToken).ConfigureAwait(false);
        if (scheduledFor is { } syncTime && mode == SyncMode.Full && result.Status == PullStatus.Succeeded && retries is not null
            && integration.RetriesFailedRecords(connector))
        {
            // seed 000: the scheduled full sync fetches the stream's failed records again (this pull just did) and pushes
            // each through the stage it failed in; still under the lease, so conversion waits for these retries too
            await retries.RunAsync(integration.Name, connector, syncTime, cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    private async Task<SyncResult> PullAsync<TRow>(IntegrationOptions integration, SyncMode mode, IReadOnlyList<AfasQuery<TRow>> queries,
        Func<string, bool>? inSelection, CancellationToken cancellationToken)
        where TRow : class, IAfasRow<TRow>
    {
        var connector = TRow.ConnectorId;
        var filtered = connector == AfasConnectorIds.Verzuim || integration.Connector(connector).Filters.Count > 0;
        queries = SyncQueries.WithConfiguredFilters(integration, queries);
        var run = await StartRunAsync(integration.Name, connector, filtered, cancellationToken).ConfigureAwait(false);
        SyncLog.Started(logger, run.Id, integration.Name, connector, mode);
        using var span = GatewayTelemetry.Start("gateway.pull", ("gateway.integration", integration.Name), ("gateway.connector", connector),
            ("gateway.pull.mode", mode.ToString()), ("gateway.pull.run", run.Id));
        var started = clock.GetTimestamp();
        try
        {
            var pending = new PendingPullStore(database, clock);
            var approval = await pending.ApprovalAsync(integration.Name, connector, cancellationToken).ConfigureAwait(false);
            var gate = await ActivationGate.LoadAsync(database, integration.Name, connector, cancellationToken).ConfigureAwait(false);
            var reader = new GatedRecordReader<TRow>(client, gate);
            var scope = new PullScope(integration.Name, connector, filtered, AutoResolveUitval: integration.RetriesFailedRecords(connector))
            {
                MayBeGone = (employer, fields) => gate.Admits(connector, employer) && (inSelection is null || inSelection(fields)),
                SuppressGone = () => reader.HasKeylessRejection || (filtered && inSelection is null),
                Hold = approval is null ? integration.MassChange.Exceeded : null,
            };
            var counts = await new ChangeDetector(database, clock).DetectAsync(scope, run.Id, reader.ReadAsync(queries, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (counts.HeldReason is not null)
            {
                return await HoldAsync(pending, integration, connector, mode, run.Id, counts, reader.SkippedInactive, cancellationToken).ConfigureAwait(false);
            }
            await pending.CloseAsync(integration.Name, connector, run.Id, approval, cancellationToken).ConfigureAwait(false);
            var uitval = await new ImportUitvalRecorder(database, clock).RecordAsync(integration.Name, reader.Rejected, cancellationToken).ConfigureAwait(false);
            var newEmployers = reader.EmployersSeen.Count > 0
                ? await new EmployerStore(database, clock).RecordSeenAsync(integration.Name, reader.EmployersSeen, cancellationToken).ConfigureAwait(false)
                : [];
            if (newEmployers.Count > 0)
            {
                SyncLog.NewEmployers(logger, integration.Name, newEmployers.Count);
            }
            var result = new SyncResult(integration.Name, connector, mode, run.Id, PullStatus.Succeeded, counts.Rows + reader.SkippedInactive,
                counts.New, counts.Changed, counts.Gone, reader.SkippedInactive, reader.Rejected.Count, newEmployers, null);
            await FinishRunAsync(run.Id, result, cancellationToken).ConfigureAwait(false);
            PullMetrics.Record(integration.Name, connector, result, clock.GetElapsedTime(started), span);
            SyncLog.Succeeded(logger, run.Id, integration.Name, connector, result.Rows, result.New, result.Changed, result.Gone, result.SkippedInactive, result.Uitval);
            return result;
        }
        catch (Exception e) when (e is AfasException or HttpRequestException or TimeoutException or System.Text.Json.JsonException)
        {
            var error = e.Message;
            SyncLog.Failed(logger, run.Id, integration.Name, connector, error);
            var result = new SyncResult(integration.Name, connector, mode, run.Id, PullStatus.Failed, 0, 0, 0, 0, 0, 0, [], error)
            {
                FailureKind = FailureKindOf(e),
            };
            await FinishRunAsync(run.Id, result, CancellationToken.None).ConfigureAwait(false);
            PullMetrics.Record(integration.Name, connector, result, clock.GetElapsedTime(started), span);
            span.Failed(e);
            return result;
        }
    }

    /// <summary>The mass-change guard held the pull: nothing was applied; it waits as a pending pull for an admin.</summary>
    private async Task<SyncResult> HoldAsync(PendingPullStore pending, IntegrationOptions integration, string connector, SyncMode mode, long runId,
        PullCounts counts, int skippedInactive, CancellationToken cancellationToken)
    {
        var held = await pending.HoldAsync(new PendingPull
        {
            Integration = integration.Name,
            Connector = connector,
            PullRunId = runId,
            HeldUtc = clock.GetUtcNow().UtcDateTime,
            Known = counts.Known,
            New = counts.New,
            Changed = counts.Changed,
            Gone = counts.Gone,
            Reason = counts.HeldReason!,
        }, cancellationToken).ConfigureAwait(false);
        SyncLog.Held(logger, runId, integration.Name, connector, held.Id, counts.HeldReason!);
        var result = new SyncResult(integration.Name, connector, mode, runId, PullStatus.Held, counts.Rows + skippedInactive, counts.New, counts.Changed,
            counts.Gone, skippedInactive, 0, [], $"held as pending pull {held.Id}, nothing applied: {counts.HeldReason}; an admin approves or rejects it");
        await FinishRunAsync(runId, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>What kind of whole-pull failure an exception is, for the daily mail.</summary>
    private static string FailureKindOf(Exception e) => e switch
    {
        AfasAuthenticationException => PullFailureKinds.Authentication,
        AfasAccessDeniedException => PullFailureKinds.AccessDenied,
        AfasTimeoutException or TimeoutException => PullFailureKinds.Timeout,
        AfasConnectionException or HttpRequestException => PullFailureKinds.Connection,
        _ => PullFailureKinds.Server,
    };

    private async Task<bool> RanSinceAsync(string integration, string connector, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var since = due.UtcDateTime;
        await using var context = database.CreateContext();
        return await context.PullRuns.AsNoTracking()
            .AnyAsync(r => r.Integration == integration && r.Connector == connector && r.StartedUtc >= since, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PullRun> StartRunAsync(string integration, string connector, bool filtered, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var run = new PullRun { Integration = integration, Connector = connector, StartedUtc = clock.GetUtcNow().UtcDateTime, Status = PullStatus.Running, Filtered = filtered };
        context.PullRuns.Add(run);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return run;
    }

    private async Task FinishRunAsync(long id, SyncResult result, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var run = await context.PullRuns.FindAsync([id], cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"pull run {id} vanished");
        run.Status = result.Status ?? PullStatus.Failed;
        run.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        run.Rows = result.Rows;
        run.New = result.New;
        run.Changed = result.Changed;
        run.Gone = result.Gone;
        run.SkippedInactive = result.SkippedInactive;
        run.Uitval = result.Uitval;
        run.Error = result.Error;
        run.FailureKind = result.FailureKind;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
