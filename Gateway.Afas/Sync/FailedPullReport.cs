using System.Globalization;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Time;
using Gateway.Core.Uitval;
using Gateway.Core.Uitval.Report;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Sync;

/// <summary>
/// The daily report's lines for pulls that failed as a whole (token refused, IP restriction, timeout, server error):
/// per connector whose latest pull failed, since when it fails and what AFAS said, to every account of its integration.
/// </summary>
public sealed class FailedPullReport : IUitvalReportContributor
{
    public async Task<IReadOnlyList<UitvalReportItem>> ItemsAsync(GatewayDbContext context, DateTimeOffset reportTime, DateTime? lastSentUtc,
        Func<string, IReadOnlyList<string>> accountsOf, CancellationToken cancellationToken)
    {
        var latest = await context.PullRuns.AsNoTracking()
            .Where(p => p.Status != PullStatus.Running
                && p.Id == context.PullRuns.Where(q => q.Integration == p.Integration && q.Connector == p.Connector && q.Status != PullStatus.Running).Max(q => q.Id))
            .Where(p => p.Status == PullStatus.Failed)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<UitvalReportItem>();
        foreach (var run in latest.OrderBy(r => r.Integration, StringComparer.Ordinal).ThenBy(r => r.Connector, StringComparer.Ordinal))
        {
            var lastSuccess = await context.PullRuns.AsNoTracking()
                .Where(p => p.Integration == run.Integration && p.Connector == run.Connector && p.Status == PullStatus.Succeeded)
                .MaxAsync(p => (long?)p.Id, cancellationToken).ConfigureAwait(false) ?? 0;
            var since = await context.PullRuns.AsNoTracking()
                .Where(p => p.Integration == run.Integration && p.Connector == run.Connector && p.Status == PullStatus.Failed && p.Id > lastSuccess)
                .MinAsync(p => p.StartedUtc, cancellationToken).ConfigureAwait(false);
            var reason = $"{PullFailureKinds.Describe(run.FailureKind)}, sinds {Local(since)} (laatste poging {Local(run.StartedUtc)}: {run.Error})";
            var raised = new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc));
            foreach (var account in accountsOf(run.Integration))
            {
                items.Add(new UitvalReportItem(run.Integration, account, UitvalStage.Import, null, null, reason, raised, lastSentUtc is null || since > lastSentUtc,
                    Connector: run.Connector, Identity: $"pull/{run.Integration}/{run.Connector}", Kind: UitvalItemKind.PullFailure));
            }
        }
        return items;
    }

    private static string Local(DateTime utc) =>
        AmsterdamTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);
}
