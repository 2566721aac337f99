namespace Gateway.Afas.Client.Errors;

/// <summary>What AFAS said about a failed request: {"externalMessage", "errorNumber", "profitLogReference"} and retry_after.</summary>
public sealed record AfasErrorDetails(string? ExternalMessage, string? ErrorNumber, string? ProfitLogReference, TimeSpan? RetryAfter)
{
    public static AfasErrorDetails None { get; } = new(null, null, null, null);
}
