using System.Globalization;
using System.Net;
using System.Text.Json;
using Gateway.Afas.Client.Errors;

namespace Gateway.Afas.Client;

/// <summary>Turns a non-success answer into the matching <see cref="AfasException"/>, reading AFAS's JSON error body.</summary>
internal static class AfasErrorResponseReader
{
    private static readonly int MaxBodyBytes = 64 * 1024;

    public static async Task<AfasException> ToExceptionAsync(string connectorId, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var details = await ReadDetailsAsync(response, cancellationToken).ConfigureAwait(false);
        var status = response.StatusCode;
        return status switch
        {
            HttpStatusCode.Unauthorized => new AfasAuthenticationException(connectorId, status, details),
            HttpStatusCode.Forbidden => new AfasAccessDeniedException(connectorId, status, details),
            HttpStatusCode.NotFound => new AfasConnectorNotFoundException(connectorId, status, details),
            >= HttpStatusCode.InternalServerError => new AfasServerException(connectorId, status, details),
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => new AfasServerException(connectorId, status, details),
            _ => new AfasRequestRejectedException(connectorId, status, details),
        };
    }

    private static async Task<AfasErrorDetails> ReadDetailsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => (TimeSpan?)null,
        };
        var body = await ReadLimitedAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new AfasErrorDetails(null, null, null, retryAfter);
            }
            var bodyRetryAfter = Seconds(root, "retry_after");
            return new AfasErrorDetails(Text(root, "externalMessage"), Text(root, "errorNumber"), Text(root, "profitLogReference"),
                bodyRetryAfter is { } fromBody && (retryAfter is null || fromBody > retryAfter) ? fromBody : retryAfter);
        }
        catch (JsonException)
        {
            return new AfasErrorDetails(null, null, null, retryAfter);
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxBodyBytes];
            var filled = 0;
            int read;
            while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }
            return buffer[..filled];
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static TimeSpan? Seconds(JsonElement root, string name)
    {
        var text = Text(root, name);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
