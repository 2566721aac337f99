using Gateway.Afas.Client;
using Gateway.Afas.Client.Errors;
using Gateway.Core.Integrations;
using Microsoft.Extensions.Logging;

namespace Gateway.Afas.Dossier;

/// <summary>
/// Makes dossier items on employees through the UpdateConnector KnSubject (POST), attachments included. Transient
/// failures (5xx, 503 with retry_after, timeouts, connection errors) are retried with the same backoff the
/// GetConnector pages get; a refusal (4xx: a field AFAS does not accept, an unknown employee) is thrown at once as an
/// <see cref="AfasException"/> with AFAS's externalMessage. Logs connector, status and attempt only.
/// </summary>
public sealed class KnSubjectClient
{
    public const string ConnectorId = "KnSubject";

    private readonly HttpClient _http;
    private readonly AfasClientOptions _options;
    private readonly Uri _endpoint;
    private readonly AfasRetryDelay _retryDelay;
    private readonly ILogger<KnSubjectClient> _logger;
    private readonly TimeProvider _clock;

    public KnSubjectClient(HttpClient http, AfasClientOptions options, ILogger<KnSubjectClient> logger, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options.Clone();
        _endpoint = AfasEndpoint.Connector(_options.ResolveBaseUrl(), ConnectorId);
        _retryDelay = new AfasRetryDelay(_options);
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Makes the item; returns its SbId.</summary>
    public async Task<string> CreateAsync(DossierItemRequest request, CancellationToken cancellationToken)
    {
        var body = KnSubjectBody.Write(request);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PostAsync(body, cancellationToken).ConfigureAwait(false);
            }
            catch (AfasException e)
            {
                var delay = e.IsTransient && attempt < _options.MaxAttempts ? _retryDelay.After(attempt, e.Details.RetryAfter) : null;
                if (delay is null)
                {
                    e.Attempts = attempt;
                    DossierLog.Failed(_logger, ConnectorId, attempt, e.GetType().Name, (int?)e.StatusCode, e.ProfitLogReference);
                    throw;
                }
                DossierLog.Retrying(_logger, ConnectorId, attempt, e.GetType().Name, (int?)e.StatusCode, (long)delay.Value.TotalMilliseconds);
                await Task.Delay(delay.Value, _clock, cancellationToken).ConfigureAwait(false);
            }
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
