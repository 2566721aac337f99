using System.Diagnostics;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// libxml2's verdicts through <c>xmllint --noout --schema</c>: one process per schema and batch of files (xmllint
/// prints "NAME validates" or "NAME fails to validate" per file), batches run in parallel.
/// </summary>
internal static class Xmllint
{
    private static readonly int BatchSize = 400;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Why xmllint cannot be run here, or null when it can.</summary>
    public static string? MissingReason { get; } = Probe();

    /// <summary>
    /// Validates the files (names relative to <paramref name="directory"/>) each against its schema; returns per file
    /// name true (valid), false (invalid), or no entry when xmllint printed no verdict for it.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, bool>> ValidateAsync(
        string directory, IEnumerable<(string Schema, string FileName)> files, CancellationToken cancellationToken)
    {
        var batches = files.GroupBy(f => f.Schema, StringComparer.Ordinal)
            .SelectMany(g => g.Select(f => f.FileName).Chunk(BatchSize).Select(chunk => (Schema: g.Key, Files: chunk)))
            .ToList();
        var verdicts = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (batch, token) =>
            {
                foreach (var (name, valid) in Parse(await RunAsync(directory, batch.Schema, batch.Files, token)))
                {
                    verdicts[name] = valid;
                }
            });
        return verdicts;
    }

    private static IEnumerable<(string Name, bool Valid)> Parse(string output)
    {
        foreach (var line in output.Split('\n'))
        {
            if (line.EndsWith(" validates", StringComparison.Ordinal))
            {
                yield return (line[..^" validates".Length], true);
            }
            else if (line.EndsWith(" fails to validate", StringComparison.Ordinal))
            {
                yield return (line[..^" fails to validate".Length], false);
            }
        }
    }

    private static async Task<string> RunAsync(string directory, string schema, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("xmllint")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--noout");
        info.ArgumentList.Add("--schema");
        info.ArgumentList.Add(schema);
        foreach (var file in files)
        {
            info.ArgumentList.Add(file);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("xmllint did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return await stdout + await stderr;
    }

    private static string? Probe()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (directory.Length > 0 && File.Exists(Path.Combine(directory, "xmllint")))
            {
                return null;
            }
        }
        return "xmllint (libxml2) is not installed (Debian: apt-get install libxml2-utils); the datatype suite compares the gateway's verdicts with it";
    }
}
