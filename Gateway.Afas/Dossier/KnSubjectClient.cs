using Gateway.Afas.Client;
using Gateway.Afas.Client.Errors;
using Gateway.Core.Integrations;
using Gateway.Core.Resilience;
using Microsoft.Extensions.Logging;

namespace Gateway.Afas.Dossier;

/// <summary>
/// Makes dossier items on employees through the UpdateConnector KnSubject (POST), attachments included. Transient
/// failures (5xx, 503 with retry_after, timeouts, connection errors) are retried through the same transient retry the
/// GetConnector pages get; a refusal (4xx: a field AFAS does not accept, an unknown employee) is thrown at once as an
/// <see cref="AfasException"/> with AFAS's externalMessage. Logs connector, status and attempt only.
/// </summary>
public sealed class KnSubjectClient
{
    public const string ConnectorId = "KnSubject";

    private readonly HttpClient _http;
    private readonly AfasClientOptions _options;
    private readonly Uri _endpoint;
    private readonly TransientRetryOptions _retryOptions;
    private readonly ILogger<KnSubjectClient> _logger;
    private readonly TimeProvider _clock;

    public KnSubjectClient(HttpClient http, AfasClientOptions options, ILogger<KnSubjectClient> logger, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options.Clone();
        _endpoint = AfasEndpoint.Connector(_options.ResolveBaseUrl(), ConnectorId);
        _retryOptions = new TransientRetryOptions(_options.MaxAttempts, _options.RetryBaseDelay, _options.RetryMaxDelay, _options.MaxRetryAfter);
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Makes the item; returns its SbId.</summary>
    public async Task<string> CreateAsync(DossierItemRequest request, CancellationToken cancellationToken)
    {
        var body = KnSubjectBody.Write(request);
        var attempts = 0;
        var retry = TransientRetry.Create(_retryOptions, e => e is AfasException { IsTransient: true }, _clock,
            e => (e as AfasException)?.Details.RetryAfter,
            (attempt, e, delay) => DossierLog.Retrying(_logger, ConnectorId, attempt, e.GetType().Name, (int?)((AfasException)e).StatusCode, (long)delay.TotalMilliseconds));
        try
        {
            return await retry.ExecuteAsync(async token =>
            {
                attempts++;
                return await PostAsync(body, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (AfasException e)
        {
            e.Attempts = attempts;
            DossierLog.Failed(_logger, ConnectorId, attempts, e.GetType().Name, (int?)e.StatusCode, e.ProfitLogReference);
            throw;
        }
    }

    private async Task<string> PostAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Headers.Authorization = AfasTokenHeader.Create(_options.Token);
            if (!string.IsNullOrWhiteSpace(_options.IntegrationId))
            {
                request.Headers.TryAddWithoutValidation("IntegrationId", _options.IntegrationId);
            }
            using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await AfasErrorResponseReader.ToExceptionAsync(ConnectorId, response, timeout.Token).ConfigureAwait(false);
            }
            var answer = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return KnSubjectBody.SubjectId(answer)
                ?? throw new AfasInvalidResponseException(ConnectorId, response.StatusCode, AfasErrorDetails.None, "the answer named no dossier item (results.KnSubject.SbId)");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AfasTimeoutException(ConnectorId, null, AfasErrorDetails.None);
        }
        catch (HttpRequestException e)
        {
            throw new AfasConnectionException(ConnectorId, e.StatusCode, AfasErrorDetails.None, e);
        }
        catch (IOException e)
        {
            throw new AfasConnectionException(ConnectorId, null, AfasErrorDetails.None, e);
        }
    }
}
