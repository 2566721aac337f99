using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.Afas.Client.Errors;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Client;

/// <summary>One attempt at one page: request, status check, streamed parse. Failures become <see cref="AfasException"/>s.</summary>
internal sealed class AfasPageFetcher(HttpClient httpClient, AfasClientOptions options)
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly AuthenticationHeaderValue _authorization = AfasTokenHeader.Create(options.Token);

    public async Task<AfasPage<TRow>> FetchAsync<TRow>(Uri uri, string connectorId, int skip, int take, CancellationToken cancellationToken)
        where TRow : class, IAfasRow<TRow>
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Authorization = _authorization;
            request.Headers.Accept.Add(Json);
            if (!string.IsNullOrWhiteSpace(options.IntegrationId))
            {
                request.Headers.TryAddWithoutValidation("IntegrationId", options.IntegrationId);
            }
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await AfasErrorResponseReader.ToExceptionAsync(connectorId, response, timeout.Token).ConfigureAwait(false);
            }
            var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                return await ReadPageAsync<TRow>(body, connectorId, skip, take, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AfasTimeoutException(connectorId, null, AfasErrorDetails.None);
        }
        catch (HttpRequestException e)
        {
            throw new AfasConnectionException(connectorId, e.StatusCode, AfasErrorDetails.None, e);
        }
        catch (InvalidDataException e)
        {
            throw new AfasInvalidResponseException(connectorId, null, AfasErrorDetails.None, "the answer was not a GetConnector JSON document: " + e.Message);
        }
        catch (IOException e)
        {
            throw new AfasConnectionException(connectorId, null, AfasErrorDetails.None, e);
        }
        catch (JsonException e)
        {
            // the reader's message may quote a byte of the body: keep only the position
            throw new AfasInvalidResponseException(connectorId, null, AfasErrorDetails.None,
                $"the answer was not a complete GetConnector JSON document (stopped at line {e.LineNumber}, byte {e.BytePositionInLine})");
        }
    }

    private static async Task<AfasPage<TRow>> ReadPageAsync<TRow>(Stream body, string connectorId, int skip, int take, CancellationToken cancellationToken)
        where TRow : class, IAfasRow<TRow>
    {
        var converter = new AfasRowConverter<TRow>(connectorId);
        var rows = new List<TRow>(Math.Min(take, 4096));
        var errors = new List<AfasRowError>();
        var position = (long)skip;
        var received = await AfasPageStreamReader.ReadAsync(body, element =>
        {
            if (converter.Convert(element, position++, errors) is { } row)
            {
                rows.Add(row);
            }
        }, cancellationToken).ConfigureAwait(false);
        return new AfasPage<TRow> { Skip = skip, Take = take, Rows = rows, Errors = errors, ReceivedCount = received };
    }
}
