namespace Gateway.Transport.Tests.Support;

/// <summary>Cuts live connections of the test sshd: kills its per-connection children (by pid), not the daemon.</summary>
internal static class SshdSessions
{
    /// <summary>Freezes every live connection's sshd processes (SIGSTOP): the server stops answering, the socket stays open.</summary>
    public static async Task FreezeAllAsync(SshdServer sshd)
    {
        var children = await ChildrenAsync(sshd.SshdPid);
        var all = new List<int>(children);
        foreach (var child in children)
        {
            all.AddRange(await ChildrenAsync(child.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (all.Count > 0)
        {
            await ProcessRunner.RunAsync("kill", ["-STOP", .. all.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))], TimeSpan.FromSeconds(10));
        }
    }

    public static async Task<int> KillAllAsync(SshdServer sshd)
    {
        var pids = await ChildrenAsync(sshd.SshdPid);
        foreach (var pid in pids)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // exited meanwhile
            }
        }
        return pids.Count;
    }

    private static async Task<List<int>> ChildrenAsync(string parent)
    {
        var (_, output) = await ProcessRunner.RunAsync("pgrep", ["-P", parent], TimeSpan.FromSeconds(10));
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList();
    }
}
