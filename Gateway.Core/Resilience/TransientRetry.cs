using Polly;
using Polly.Retry;

namespace Gateway.Core.Resilience;

/// <summary>
/// The one way the gateway retries a transient failure in process — an AFAS page request, an SMTP send, an SFTP
/// connect: a Polly retry of up to <see cref="TransientRetryOptions.MaxAttempts"/> attempts with exponential backoff
/// and jitter from <see cref="TransientRetryOptions.BaseDelay"/>, each wait at most
/// <see cref="TransientRetryOptions.MaxDelay"/>. A wait the server asked for (Retry-After) is waited instead; one longer
/// than <see cref="TransientRetryOptions.MaxRetryAfter"/> is not retried at all. Failures the caller does not call
/// transient, and cancellation, are never retried. Waits run on the given clock.
/// </summary>
public static class TransientRetry
{
    /// <param name="isTransient">Whether a failure may pass if tried again.</param>
    /// <param name="retryAfter">The wait the server asked for with this failure, if any.</param>
    /// <param name="onRetry">Told the failed attempt (1-based), its failure and the wait before the next one (for logging).</param>
    public static ResiliencePipeline Create(TransientRetryOptions options, Func<Exception, bool> isTransient, TimeProvider clock,
        Func<Exception, TimeSpan?>? retryAfter = null, Action<int, Exception, TimeSpan>? onRetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxAttempts <= 1)
        {
            return ResiliencePipeline.Empty;
        }
        return new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && e is not OperationCanceledException
                    && isTransient(e) && !(retryAfter?.Invoke(e) > options.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is { } e ? retryAfter?.Invoke(e) : null),
                OnRetry = args =>
                {
                    onRetry?.Invoke(args.AttemptNumber + 1, args.Outcome.Exception!, args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }
}

/// <param name="MaxAttempts">All attempts, the first included; 1 means no retry.</param>
/// <param name="BaseDelay">The wait before the first retry, doubled for each next one (with jitter).</param>
/// <param name="MaxDelay">The longest wait between two attempts.</param>
/// <param name="MaxRetryAfter">The longest wait a server may ask for and still be retried.</param>
public sealed record TransientRetryOptions(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan MaxRetryAfter);
