using Gateway.Core.Accounts;
using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// The daily report's items from the gateway database, each for the account it concerns: every open uitval entry
/// (transformation, validation and delivery carry their account; import uitval concerns every account its integration
/// feeds; a receiving account's intake problems carry that account), and what the stages add
/// (<see cref="IUitvalReportContributor"/>: pulls that failed as a whole, messages no Retourmelding answered in time).
/// The time of the last sent report is an audit entry (<c>uitval.report.sent</c>), so "new" survives restarts.
/// </summary>
public sealed class LedgerUitvalReportSource(GatewayDatabase database, AccountCatalog accounts, IEnumerable<IUitvalReportContributor>? contributors = null)
    : IUitvalReportSource
{
    private const string SentAction = "uitval.report.sent";

    public async Task<IReadOnlyList<UitvalReportItem>> GetItemsAsync(DateTimeOffset reportTime, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var lastSent = await context.AuditLog.AsNoTracking().Where(a => a.Action == SentAction)
            .OrderByDescending(a => a.Id).Select(a => (DateTime?)a.AtUtc).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<UitvalReportItem>();
        await AddOpenUitvalAsync(context, lastSent, items, cancellationToken).ConfigureAwait(false);
        foreach (var contributor in contributors ?? [])
        {
            items.AddRange(await contributor.ItemsAsync(context, reportTime, lastSent, AccountsOf, cancellationToken).ConfigureAwait(false));
        }
        return items;
    }

    public async Task MarkReportedAsync(DateTimeOffset reportTime, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        context.AuditLog.Add(new AuditEntry { AtUtc = reportTime.UtcDateTime, User = "system", Action = SentAction, Target = "uitval report" });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task AddOpenUitvalAsync(GatewayDbContext context, DateTime? lastSent, List<UitvalReportItem> items, CancellationToken cancellationToken)
    {
        var open = await context.Uitval.AsNoTracking().Where(u => u.Status == UitvalStatus.Open).OrderBy(u => u.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in open)
        {
            var raised = entry.UpdatedUtc ?? entry.CreatedUtc;
            IReadOnlyList<string> concerned = entry.Account is { } owner ? [owner] : AccountsOf(entry.Integration ?? "");
            foreach (var account in concerned)
            {
                items.Add(new UitvalReportItem(entry.Integration, account, entry.Stage, entry.RecordKey, entry.Field, entry.Reason,
                    Utc(entry.CreatedUtc), lastSent is null || raised > lastSent, Connector: entry.Connector, Identity: $"uitval/{entry.Id}"));
            }
        }
    }

    /// <summary>
    /// A sending account itself, or the accounts an integration feeds; any other name (a receiving account's intake
    /// problems) is reported to the account of that name.
    /// </summary>
    private IReadOnlyList<string> AccountsOf(string integrationOrAccount)
    {
        var byIntegration = accounts.All.Where(a => a.Integration == integrationOrAccount).Select(a => a.Name).ToList();
        return accounts.All.Any(a => a.Name == integrationOrAccount) || byIntegration.Count == 0 ? [integrationOrAccount] : byIntegration;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
