using System.Diagnostics;
using Gateway.Core.Resilience;

namespace Gateway.Host.Tests.Core.Resilience;

/// <summary>The gateway's one transient retry: how often it tries, what it waits, what it never retries.</summary>
public sealed class TransientRetryTests
{
    private static readonly TransientRetryOptions Quick = new(3, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(2));

    [Fact]
    public async Task A_transient_failure_is_tried_up_to_the_limit_and_each_retry_is_reported()
    {
        var retries = new List<int>();
        var pipeline = TransientRetry.Create(Quick, e => e is TimeoutException, TimeProvider.System, onRetry: (attempt, _, delay) =>
        {
            Assert.True(delay <= Quick.MaxDelay, $"waited {delay}");
            retries.Add(attempt);
        });
        var calls = 0;

        await Assert.ThrowsAsync<TimeoutException>(async () => await pipeline.ExecuteAsync(_ => { calls++; throw new TimeoutException(); }));

        Assert.Equal(3, calls);
        Assert.Equal([1, 2], retries);
    }

    [Fact]
    public async Task A_failure_that_is_not_transient_is_thrown_at_once()
    {
        var pipeline = TransientRetry.Create(Quick, e => e is TimeoutException, TimeProvider.System);
        var calls = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await pipeline.ExecuteAsync(_ => { calls++; throw new InvalidOperationException(); }));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task The_wait_a_server_asks_for_is_waited_and_a_longer_one_than_allowed_is_not_retried()
    {
        var pipeline = TransientRetry.Create(Quick, _ => true, TimeProvider.System, e => e is BusyException busy ? busy.RetryAfter : null);
        var calls = 0;
        var watch = Stopwatch.StartNew();

        var result = await pipeline.ExecuteAsync(_ => ++calls == 1 ? throw new BusyException(TimeSpan.FromMilliseconds(400)) : ValueTask.FromResult(calls));

        Assert.Equal(2, result);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(380), $"waited only {watch.Elapsed}");

        calls = 0;
        await Assert.ThrowsAsync<BusyException>(async () => await pipeline.ExecuteAsync(_ => { calls++; throw new BusyException(TimeSpan.FromMinutes(10)); }));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task One_attempt_means_no_retry()
    {
        var pipeline = TransientRetry.Create(Quick with { MaxAttempts = 1 }, _ => true, TimeProvider.System);
        var calls = 0;

        await Assert.ThrowsAsync<TimeoutException>(async () => await pipeline.ExecuteAsync(_ => { calls++; throw new TimeoutException(); }));

        Assert.Equal(1, calls);
    }

    private sealed class BusyException(TimeSpan retryAfter) : Exception("busy")
    {
        public TimeSpan RetryAfter { get; } = retryAfter;
    }
}
