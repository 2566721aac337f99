using Gateway.Afas.Rows;
using Microsoft.Extensions.Logging;

namespace Gateway.Afas.Client;

/// <summary>An all-or-nothing pull into an <see cref="IAfasStagingTarget{TRow}"/>.</summary>
public static class AfasPull
{
    /// <summary>
    /// Stages every page, then commits with the summary. When any page fails for good (or staging/committing
    /// throws, or the pull is cancelled) the target is told to abandon and the exception is rethrown: a partial
    /// pull is never committed.
    /// </summary>
    public static async Task<AfasPullSummary> PullAsync<TRow>(this AfasConnectorClient client, IAfasStagingTarget<TRow> target,
        ILogger logger, AfasQuery<TRow>? query = null, CancellationToken cancellationToken = default)
        where TRow : class, IAfasRow<TRow>
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(logger);
        query ??= AfasQuery.For<TRow>();
        var pages = 0;
        long rows = 0, rejected = 0, errors = 0;
        try
        {
            await foreach (var page in client.ReadPagesAsync<TRow>(query, cancellationToken).ConfigureAwait(false))
            {
                await target.StageAsync(page, cancellationToken).ConfigureAwait(false);
                pages++;
                rows += page.Rows.Count;
                rejected += page.RejectedCount;
                errors += page.Errors.Count;
            }
            var summary = new AfasPullSummary(query.ConnectorId, pages, rows, rejected, errors);
            await target.CommitAsync(summary, cancellationToken).ConfigureAwait(false);
            AfasClientLog.PullComplete(logger, query.ConnectorId, pages, rows, rejected);
            return summary;
        }
        catch (Exception e)
        {
            AfasClientLog.PullAbandoned(logger, query.ConnectorId, pages, e);
            await target.AbandonAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }
}
