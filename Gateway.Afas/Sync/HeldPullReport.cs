using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Core.Uitval.Report;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Sync;

/// <summary>The daily report's lines for pulls the mass-change guard held and no admin decided on yet, to every account of the integration.</summary>
public sealed class HeldPullReport : IUitvalReportContributor
{
    public async Task<IReadOnlyList<UitvalReportItem>> ItemsAsync(GatewayDbContext context, DateTimeOffset reportTime, DateTime? lastSentUtc,
        Func<string, IReadOnlyList<string>> accountsOf, CancellationToken cancellationToken)
    {
        var held = await context.PendingPulls.AsNoTracking().Where(p => p.Status == PendingPullStatus.Pending)
            .OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. held.SelectMany(p => accountsOf(p.Integration).Select(account => new UitvalReportItem(p.Integration, account, UitvalStage.Import, null, null,
            $"pending pull {p.Id}: {p.Reason}", new DateTimeOffset(DateTime.SpecifyKind(p.HeldUtc, DateTimeKind.Utc)), lastSentUtc is null || p.HeldUtc > lastSentUtc,
            Connector: p.Connector, Identity: $"held-pull/{p.Id}", Kind: UitvalItemKind.HeldPull)))];
    }
}
