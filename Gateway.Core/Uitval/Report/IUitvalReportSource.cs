namespace Gateway.Core.Uitval.Report;

/// <summary>Where the daily report gets its items: the open uitval in the ledger, marked new or still open.</summary>
public interface IUitvalReportSource
{
    /// <summary>
    /// Every open item, with <see cref="UitvalReportItem.IsNew"/> set for those raised since the last report that
    /// <see cref="MarkReportedAsync"/> recorded.
    /// </summary>
    Task<IReadOnlyList<UitvalReportItem>> GetItemsAsync(DateTimeOffset reportTime, CancellationToken cancellationToken);

    /// <summary>Called after the report of <paramref name="reportTime"/> was sent: later items count as new.</summary>
    Task MarkReportedAsync(DateTimeOffset reportTime, CancellationToken cancellationToken);
}
