using Gateway.Core.Accounts;
using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// The daily report's items from the gateway database: every open uitval entry, for the account it belongs to (delivery
/// and conversion uitval carry the account; import uitval the integration, reported to every account it feeds; a
/// receiving account's intake problems carry that account). The
/// time of the last sent report is an audit entry (<c>uitval.report.sent</c>), so "new" survives restarts.
/// </summary>
public sealed class LedgerUitvalReportSource(GatewayDatabase database, AccountCatalog accounts) : IUitvalReportSource
{
    private const string SentAction = "uitval.report.sent";

    public async Task<IReadOnlyList<UitvalReportItem>> GetItemsAsync(DateTimeOffset reportTime, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var lastSent = await context.AuditLog.AsNoTracking().Where(a => a.Action == SentAction)
            .OrderByDescending(a => a.Id).Select(a => (DateTime?)a.AtUtc).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var open = await context.Uitval.AsNoTracking().Where(u => u.Status == UitvalStatus.Open).OrderBy(u => u.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<UitvalReportItem>(open.Count);
        foreach (var entry in open)
        {
            foreach (var account in AccountsOf(entry.Integration))
            {
                items.Add(new UitvalReportItem(entry.Integration, account, entry.Stage, entry.RecordKey, entry.Field, entry.Reason,
                    new DateTimeOffset(DateTime.SpecifyKind(entry.CreatedUtc, DateTimeKind.Utc)), lastSent is null || entry.CreatedUtc > lastSent));
            }
        }
        return items;
    }

    public async Task MarkReportedAsync(DateTimeOffset reportTime, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        context.AuditLog.Add(new AuditEntry { AtUtc = reportTime.UtcDateTime, User = "system", Action = SentAction, Target = "uitval report" });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A sending account itself, or the accounts an integration feeds; any other name (a receiving account's intake
    /// problems) is reported to the account of that name.
    /// </summary>
    private List<string> AccountsOf(string integrationOrAccount)
    {
        var byIntegration = accounts.All.Where(a => a.Integration == integrationOrAccount).Select(a => a.Name).ToList();
        return accounts.All.Any(a => a.Name == integrationOrAccount) || byIntegration.Count == 0 ? [integrationOrAccount] : byIntegration;
    }
}
