using System.Globalization;

namespace Gateway.Core.Coordination;

/// <summary>
/// Who holds a lease: the node (its host name) and the process on it — its id, the kernel boot it runs in and its
/// start time in clock ticks since that boot (Linux <c>/proc</c>). A process id alone is reused; id, boot and start
/// together name one process for good, so a restarted gateway can tell for certain that the holder of a lease on its
/// own node is dead and take the lease at once instead of waiting for it to expire.
/// </summary>
public sealed record ProcessIdentity(string Node, string Process)
{
    private const string BootIdFile = "/proc/sys/kernel/random/boot_id";

    /// <summary>This process (without /proc, not Linux: just its id, which no other process ever judges dead).</summary>
    public static ProcessIdentity Current { get; } =
        Of(Environment.ProcessId) ?? new(Environment.MachineName, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    /// <summary>A process running on this node, or null when none runs with that id (or /proc cannot tell).</summary>
    public static ProcessIdentity? Of(int processId) =>
        ReadBootId() is { } bootId && StartTicks(processId) is { } start
            ? new(Environment.MachineName, $"{processId.ToString(CultureInfo.InvariantCulture)}@{bootId}/{start.ToString(CultureInfo.InvariantCulture)}")
            : null;

    /// <summary>
    /// Whether <paramref name="holder"/> (its process written <c>pid@boot/start</c>) is a process of this node that no
    /// longer runs: same node and boot, and its id is gone or now belongs to a process started at another moment. False
    /// whenever that cannot be known for sure (another node, another boot, no <c>/proc</c>): such a lease is left to expire.
    /// </summary>
    public bool KnowsIsDead(ProcessIdentity holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (holder.Node != Node || holder == this || Parse(holder.Process) is not { } theirs || Parse(Process) is not { } ours
            || theirs.BootId != ours.BootId)
        {
            return false;
        }
        return StartTicks(theirs.ProcessId) is not { } running || running != theirs.StartTicks;
    }

    private static (int ProcessId, string BootId, ulong StartTicks)? Parse(string process)
    {
        var at = process.IndexOf('@', StringComparison.Ordinal);
        var slash = process.LastIndexOf('/');
        if (at <= 0 || slash <= at
            || !int.TryParse(process.AsSpan(0, at), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !ulong.TryParse(process.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }
        return (id, process[(at + 1)..slash], start);
    }

    private static string? ReadBootId()
    {
        try
        {
            return File.Exists(BootIdFile) ? File.ReadAllText(BootIdFile).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Field 22 of <c>/proc/PID/stat</c> (start time in ticks since boot), or null when no such process runs (or it
    /// ended and waits to be reaped). The
    /// command name (field 2) may hold spaces and parentheses, so fields are counted after its last ')'.
    /// </summary>
    private static ulong? StartTicks(int processId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // after the name: state is field 3 (Z and X: ended, not yet reaped), so start time (field 22) is the 20th
        return fields.Length > 19 && fields[0] is not ("Z" or "X")
            && ulong.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : null;
    }
}
