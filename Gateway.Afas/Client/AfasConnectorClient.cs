using System.Runtime.CompilerServices;
using Gateway.Afas.Client.Errors;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Microsoft.Extensions.Logging;

namespace Gateway.Afas.Client;

/// <summary>
/// Reads AFAS Profit GetConnectors page by page (skip/take, always with a stable orderbyfieldids).
/// <para>
/// All-or-nothing: the enumeration of <see cref="ReadPagesAsync{TRow}"/> completes normally only after the last
/// page was read; any failure that outlives the retries is thrown. Stage pages as they come and commit only once
/// the enumeration has finished (or use <see cref="AfasPull.PullAsync{TRow}"/>, which does exactly that). Rows
/// that cannot be read are not failures: they come as <see cref="AfasRowError"/>s on their page.
/// </para>
/// <para>
/// Transient failures (5xx/503, timeouts, connection errors, truncated or invalid JSON) are retried per page with
/// exponential backoff and jitter, honouring retry_after; a page's rows are handed over only once the whole page
/// was received, so a retried page is never delivered twice.
/// </para>
/// </summary>
public sealed class AfasConnectorClient
{
    private readonly AfasClientOptions _options;
    private readonly Uri _baseUrl;
    private readonly AfasPageFetcher _fetcher;
    private readonly AfasRetryDelay _retryDelay;
    private readonly ILogger<AfasConnectorClient> _logger;
    private readonly TimeProvider _timeProvider;

    /// <param name="httpClient">Its own Timeout is best left infinite: <see cref="AfasClientOptions.RequestTimeout"/> applies per request.</param>
    public AfasConnectorClient(HttpClient httpClient, AfasClientOptions options, ILogger<AfasConnectorClient> logger, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _options = options.Clone();
        _baseUrl = _options.ResolveBaseUrl();
        _fetcher = new AfasPageFetcher(httpClient, _options);
        _retryDelay = new AfasRetryDelay(_options);
        _logger = logger;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// The pages of <paramref name="query"/> (default: everything of <typeparamref name="TRow"/>'s connector in key
    /// order). Throws an <see cref="AfasException"/> when a page fails for good; then the pull is incomplete.
    /// </summary>
    public async IAsyncEnumerable<AfasPage<TRow>> ReadPagesAsync<TRow>(AfasQuery<TRow>? query = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TRow : class, IAfasRow<TRow>
    {
        query ??= AfasQuery.For<TRow>();
        var take = query.PageSize ?? _options.PageSize;
        if (take < 1)
        {
            throw new ArgumentException("The page size must be at least 1.", nameof(query));
        }
        var order = query.StableOrder();
        var skip = 0;
        while (true)
        {
            var uri = AfasRequestUri.Build(_baseUrl, query.ConnectorId, skip, take, order, query.Filters);
            var page = await FetchWithRetriesAsync<TRow>(uri, query.ConnectorId, skip, take, cancellationToken).ConfigureAwait(false);
            AfasClientLog.PageRead(_logger, query.ConnectorId, skip, take, page.Rows.Count, page.RejectedCount);
            foreach (var error in page.Errors)
            {
                AfasClientLog.RowRejected(_logger, error.ConnectorId, error.Position, error.RecordKey?.Value, error.Field, error.Reason);
            }
            yield return page;
            if (page.IsLast)
            {
                yield break;
            }
            skip += page.ReceivedCount;
        }
    }

    /// <summary>
    /// The rows of <paramref name="query"/> one by one, rejected rows as results with errors. Same all-or-nothing
    /// rule as <see cref="ReadPagesAsync{TRow}"/>: only a normally completed enumeration is a complete pull.
    /// </summary>
    public async IAsyncEnumerable<AfasRowResult<TRow>> ReadRowsAsync<TRow>(AfasQuery<TRow>? query = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TRow : class, IAfasRow<TRow>
    {
        await foreach (var page in ReadPagesAsync<TRow>(query, cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in page.Rows)
            {
                yield return new AfasRowResult<TRow>(row, []);
            }
            foreach (var rejected in page.Errors.GroupBy(e => e.Position))
            {
                yield return new AfasRowResult<TRow>(null, [.. rejected]);
            }
        }
    }

    private async Task<AfasPage<TRow>> FetchWithRetriesAsync<TRow>(Uri uri, string connectorId, int skip, int take, CancellationToken cancellationToken)
        where TRow : class, IAfasRow<TRow>
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await _fetcher.FetchAsync<TRow>(uri, connectorId, skip, take, cancellationToken).ConfigureAwait(false);
            }
            catch (AfasException e)
            {
                var delay = e.IsTransient && attempt < _options.MaxAttempts ? _retryDelay.After(attempt, e.Details.RetryAfter) : null;
                if (delay is null)
                {
                    e.Attempts = attempt;
                    AfasClientLog.Failed(_logger, connectorId, skip, attempt, e.GetType().Name, (int?)e.StatusCode, e.ProfitLogReference);
                    throw;
                }
                AfasClientLog.Retrying(_logger, connectorId, skip, attempt, e.GetType().Name, (int?)e.StatusCode, (long)delay.Value.TotalMilliseconds);
                await Task.Delay(delay.Value, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
