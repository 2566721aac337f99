using System.Diagnostics;

namespace Gateway.Transport.Intake;

/// <summary>
/// Where a grouped intake run spent its wall time (Stopwatch totals per phase, for the run's summary log and the
/// receiving benchmark's profile). Phases that overlap the handler (downloads, after-actions) are counted as they run; after-actions overlap the downloads too.
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

    /// <summary>Time removing (or archiving) handled files at the source, beside the downloads and the handler.</summary>
    public TimeSpan AfterActions { get; internal set; }

    /// <summary>Time the run waited at its end for the last removals (the part of <see cref="AfterActions"/> nothing else overlapped).</summary>
    public TimeSpan RemovalWait { get; internal set; }

    public int Groups { get; internal set; }

    /// <summary>Sessions the downloads went over (the run's own included).</summary>
    public int DownloadSessions { get; internal set; }

    /// <summary>Sessions the removals went over (their own, or the run's).</summary>
    public int RemovalSessions { get; internal set; }

    public override string ToString() =>
        $"groups {Groups}, listing {Ms(Listing)} ms, stability wait {Ms(StabilityWait)} ms, download {Ms(Download)} ms, staging sync {Ms(StagingSync)} ms, "
        + $"journal {Ms(Journal)} ms, waiting for the handler {Ms(HandlerWait)} ms, after-actions {Ms(AfterActions)} ms (waited for at the end {Ms(RemovalWait)} ms); "
        + $"sessions: {DownloadSessions} downloading, {RemovalSessions} removing";

    private static long Ms(TimeSpan span) => (long)span.TotalMilliseconds;

    internal static long Start() => Stopwatch.GetTimestamp();

    internal static TimeSpan Since(long start) => Stopwatch.GetElapsedTime(start);
}
