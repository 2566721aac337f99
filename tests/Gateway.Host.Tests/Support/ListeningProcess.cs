using System.Globalization;

namespace Gateway.Host.Tests.Support;

/// <summary>Finds the process that listens on a loopback TCP port, through /proc (Linux only).</summary>
internal static class ListeningProcess
{
    private static readonly string ListenState = "0A";

    public static int? FindPid(int port)
    {
        var inodes = ListeningSocketInodes(port);
        if (inodes.Count == 0)
        {
            return null;
        }
        foreach (var processDir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(processDir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                foreach (var fd in Directory.EnumerateFileSystemEntries(Path.Combine(processDir, "fd")))
                {
                    var target = new FileInfo(fd).LinkTarget;
                    if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal)
                        && inodes.Contains(target["socket:[".Length..^1]))
                    {
                        return pid;
                    }
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                // the process ended or is not ours to look at
            }
        }
        return null;
    }

    private static HashSet<string> ListeningSocketInodes(int port)
    {
        var hexPort = port.ToString("X4", CultureInfo.InvariantCulture);
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
            {
                continue;
            }
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length > 9 && columns[1].EndsWith(":" + hexPort, StringComparison.Ordinal) && columns[3] == ListenState)
                {
                    inodes.Add(columns[9]);
                }
            }
        }
        return inodes;
    }
}
