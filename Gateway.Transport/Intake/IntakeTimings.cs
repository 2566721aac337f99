using System.Diagnostics;

namespace Gateway.Transport.Intake;

/// <summary>
/// Where a grouped intake run spent its wall time (Stopwatch totals per phase, for the run's summary log and the
/// receiving benchmark's profile). Phases that overlap the handler (downloads, after-actions) are counted as they run.
/// </summary>
public sealed class IntakeTimings
{
    public TimeSpan Listing { get; internal set; }

    public TimeSpan StabilityWait { get; internal set; }

    public TimeSpan Download { get; internal set; }

    public TimeSpan StagingSync { get; internal set; }

    public TimeSpan Journal { get; internal set; }

    /// <summary>Time spent waiting for the handler to finish a group (the part of its work nothing else overlapped).</summary>
    public TimeSpan HandlerWait { get; internal set; }

    public TimeSpan AfterActions { get; internal set; }

    public int Groups { get; internal set; }

    public override string ToString() =>
        $"groups {Groups}, listing {Ms(Listing)} ms, stability wait {Ms(StabilityWait)} ms, download {Ms(Download)} ms, staging sync {Ms(StagingSync)} ms, "
        + $"journal {Ms(Journal)} ms, waiting for the handler {Ms(HandlerWait)} ms, after-actions {Ms(AfterActions)} ms";

    private static long Ms(TimeSpan span) => (long)span.TotalMilliseconds;

    internal static long Start() => Stopwatch.GetTimestamp();

    internal static TimeSpan Since(long start) => Stopwatch.GetElapsedTime(start);
}
