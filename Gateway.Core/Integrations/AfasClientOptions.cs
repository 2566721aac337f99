namespace Gateway.Core.Integrations;

/// <summary>
/// Where and how to reach AFAS. Either <see cref="BaseUrl"/> (e.g. the simulator) or <see cref="Participant"/>
/// with <see cref="Environment"/>. Bindable from configuration; <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class AfasClientOptions
{
    public Uri? BaseUrl { get; set; }

    /// <summary>The AFAS participant/omgevingsnummer, e.g. "12345".</summary>
    public string? Participant { get; set; }

    public AfasEnvironmentKind Environment { get; set; } = AfasEnvironmentKind.Production;

    /// <summary>The App connector token (the &lt;data&gt; part).</summary>
    public string Token { get; set; } = "";

    /// <summary>Optional IntegrationId header (AFAS partner integrations).</summary>
    public string? IntegrationId { get; set; }

    /// <summary>Rows per request (take). Each page is held in memory until handed over; the whole pull never is.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>Limit for one request, response body included.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Attempts per page, the first included, for transient failures (5xx, timeouts, connection errors, broken JSON).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Backoff before retry n: about RetryBaseDelay * 2^(n-1) with jitter, each wait at most RetryMaxDelay (Gateway.Core.Resilience.TransientRetry).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest retry_after honoured; when AFAS asks for more, the pull fails at once with that retry_after.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    public Uri ResolveBaseUrl() => BaseUrl ?? AfasEndpoint.For(Participant ?? "", Environment);

    /// <summary>Throws <see cref="ArgumentException"/> for unusable settings (never showing the token).</summary>
    public void Validate()
    {
        _ = AfasTokenHeader.Create(Token);
        _ = ResolveBaseUrl();
        if (PageSize is < 1 or > 100_000)
        {
            throw new ArgumentException("PageSize must be 1..100000.", nameof(PageSize));
        }
        if (MaxAttempts < 1)
        {
            throw new ArgumentException("MaxAttempts must be at least 1.", nameof(MaxAttempts));
        }
        if (RequestTimeout <= TimeSpan.Zero || RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay || MaxRetryAfter < TimeSpan.Zero)
        {
            throw new ArgumentException("RequestTimeout must be positive and the retry delays ordered (0 <= base <= max).");
        }
    }

    public AfasClientOptions Clone() => (AfasClientOptions)MemberwiseClone();

    public override string ToString() =>
        $"AFAS {BaseUrl?.ToString() ?? $"{Participant} ({Environment})"}, token {(string.IsNullOrEmpty(Token) ? "missing" : "set")}, page {PageSize}";
}
