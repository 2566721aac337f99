using System.Security.Cryptography;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Client;

/// <summary>
/// Exponential backoff with jitter: base * 2^(attempt-1), capped, then scaled by a random 50-100%. A retry_after
/// from AFAS is a minimum; one longer than <see cref="AfasClientOptions.MaxRetryAfter"/> is not waited for.
/// </summary>
internal sealed class AfasRetryDelay(AfasClientOptions options)
{
    /// <summary>The wait before the next attempt, or null when AFAS asks for a longer wait than allowed.</summary>
    public TimeSpan? After(int failedAttempt, TimeSpan? retryAfter)
    {
        if (retryAfter > options.MaxRetryAfter)
        {
            return null;
        }
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempt - 1, 30));
        var capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(capped * (0.5 + (RandomNumberGenerator.GetInt32(0, 1001) / 2000.0)));
        return retryAfter is { } minimum && minimum > jittered ? minimum : jittered;
    }
}
