using System.Globalization;
using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Time;
using Gateway.Core.Uitval;
using Gateway.Core.Uitval.Report;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Retour;

/// <summary>
/// The daily report's lines for messages no Retourmelding acknowledged in time: delivered messages of accounts that read
/// Retourmeldingen, delivered longer than <see cref="UitvalReportOptions.AcknowledgementWithin"/> before the report and
/// still unanswered (at most <see cref="MaxPerAccount"/> per account).
/// </summary>
public sealed class UnacknowledgedReport(AccountCatalog accounts, UitvalReportOptions? options = null) : IUitvalReportContributor
{
    public const int MaxPerAccount = 5000;

    public async Task<IReadOnlyList<UitvalReportItem>> ItemsAsync(GatewayDbContext context, DateTimeOffset reportTime, DateTime? lastSentUtc,
        Func<string, IReadOnlyList<string>> accountsOf, CancellationToken cancellationToken)
    {
        var within = options?.AcknowledgementWithin ?? TimeSpan.Zero;
        var items = new List<UitvalReportItem>();
        if (within <= TimeSpan.Zero)
        {
            return items;
        }
        var deadline = reportTime.UtcDateTime - within;
        foreach (var account in accounts.All.Where(a => !string.IsNullOrWhiteSpace(a.Retourmeldingen.Folder)).OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var late = await context.LedgerMessages.AsNoTracking()
                .Where(m => m.Account == account.Name && m.State == LedgerState.Delivered && m.DeliveredUtc != null && m.DeliveredUtc <= deadline)
                .OrderBy(m => m.Id).Take(MaxPerAccount)
                .Select(m => new { m.Id, m.FileName, m.MessageType, m.DeliveredUtc })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var message in late)
            {
                var overdue = message.DeliveredUtc!.Value + within;
                items.Add(new UitvalReportItem(account.Integration, account.Name, UitvalStage.Delivery, message.FileName, null,
                    $"is op {Local(message.DeliveredUtc.Value)} afgeleverd en na {Duration(within)} nog niet bevestigd met een Retourmelding",
                    new DateTimeOffset(DateTime.SpecifyKind(overdue, DateTimeKind.Utc)), lastSentUtc is null || overdue > lastSentUtc,
                    Connector: message.MessageType, Identity: $"message/{message.Id}", Kind: UitvalItemKind.Unacknowledged));
            }
        }
        return items;
    }

    private static string Local(DateTime utc) =>
        AmsterdamTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) => span.TotalDays >= 2 && span.TotalDays == Math.Floor(span.TotalDays)
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0} dagen")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} uur");
}
