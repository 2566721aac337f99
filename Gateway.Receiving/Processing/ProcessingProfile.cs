using System.Diagnostics;

namespace Gateway.Receiving.Processing;

/// <summary>
/// Running totals of where <see cref="ReceivedFileProcessor.ProcessGroupAsync"/> spends its time since the process
/// started (Stopwatch; counters only, nothing per file is kept): interpretation (read, schema validation, typed model,
/// authorisation — in parallel, wall time), register work and commits (under the account's gate).
/// </summary>
public sealed class ProcessingProfile
{
    private long _interpret;
    private long _register;
    private long _commit;
    private int _groups;
    private int _files;
    private int _fallbacks;

    public TimeSpan Interpretation => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _interpret));

    public TimeSpan Register => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _register));

    public TimeSpan Commit => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _commit));

    public int Groups => Volatile.Read(ref _groups);

    public int Files => Volatile.Read(ref _files);

    /// <summary>Groups whose transaction failed and whose files were registered one by one.</summary>
    public int Fallbacks => Volatile.Read(ref _fallbacks);

    internal void AddGroup(int files, long interpretTicks, long registerTicks, long commitTicks, bool fallback)
    {
        Interlocked.Add(ref _interpret, interpretTicks);
        Interlocked.Add(ref _register, registerTicks);
        Interlocked.Add(ref _commit, commitTicks);
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _files, files);
        if (fallback)
        {
            Interlocked.Increment(ref _fallbacks);
        }
    }

    public override string ToString() =>
        $"{Files} files in {Groups} groups ({Fallbacks} registered file by file after a failed group): interpretation {(long)Interpretation.TotalMilliseconds} ms, "
        + $"register work {(long)Register.TotalMilliseconds} ms, commits {(long)Commit.TotalMilliseconds} ms";
}
