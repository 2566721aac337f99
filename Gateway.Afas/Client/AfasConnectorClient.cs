using System.Runtime.CompilerServices;
using Gateway.Afas.Client.Errors;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Core.Resilience;
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
/// Transient failures (5xx/503, timeouts, connection errors, truncated or invalid JSON) are retried per page through
/// the gateway's transient retry (<see cref="TransientRetry"/>: exponential backoff with jitter, AFAS's retry_after
/// waited for, one longer than <see cref="AfasClientOptions.MaxRetryAfter"/> not retried); a page's rows are handed over only once the whole page
/// was received, so a retried page is never delivered twice.
/// </para>
/// </summary>
public sealed class AfasConnectorClient
{
    private readonly AfasClientOptions _options;
    private readonly Uri _baseUrl;
    private readonly AfasPageFetcher _fetcher;
    private readonly TransientRetryOptions _retryOptions;
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
        _retryOptions = new TransientRetryOptions(_options.MaxAttempts, _options.RetryBaseDelay, _options.RetryMaxDelay, _options.MaxRetryAfter);
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
        var attempts = 0;
        var retry = TransientRetry.Create(_retryOptions, e => e is AfasException { IsTransient: true }, _timeProvider,
            e => (e as AfasException)?.Details.RetryAfter,
            (attempt, e, delay) => AfasClientLog.Retrying(_logger, connectorId, skip, attempt, e.GetType().Name, (int?)((AfasException)e).StatusCode, (long)delay.TotalMilliseconds));
        try
        {
            return await retry.ExecuteAsync(async token =>
            {
                attempts++;
                return await _fetcher.FetchAsync<TRow>(uri, connectorId, skip, take, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (AfasException e)
        {
            e.Attempts = attempts;
            AfasClientLog.Failed(_logger, connectorId, skip, attempts, e.GetType().Name, (int?)e.StatusCode, e.ProfitLogReference);
            throw;
        }
    }
}
