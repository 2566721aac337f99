namespace Gateway.Host.Demo;

/// <summary>
/// The demo's working folder. The demo empties it at start, so it only ever empties a folder it made itself: one that
/// does not exist yet, is empty, or carries the demo's marker file. Anything else is refused untouched.
/// </summary>
public static class DemoWorkFolder
{
    public const string MarkerName = ".gateway-demo";

    /// <summary>Why <paramref name="path"/> may not be used, or null when it may.</summary>
    public static string? Refusal(string path)
    {
        if (File.Exists(path))
        {
            return $"--work {path} is a file, not a folder";
        }
        if (!Directory.Exists(path) || File.Exists(Path.Combine(path, MarkerName)) || !Directory.EnumerateFileSystemEntries(path).Any())
        {
            return null;
        }
        return $"--work {path} is not empty and was not made by gateway demo (it has no {MarkerName} file); "
            + "the demo empties its working folder, so choose a new folder or empty this one yourself";
    }

    /// <summary>Empties (or creates) the folder and marks it as the demo's, readable by this user only.</summary>
    public static void Reset(string path)
    {
        if (Refusal(path) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        File.WriteAllText(Path.Combine(path, MarkerName), "made by `gateway demo`, which empties this folder when it starts again\n");
    }
}
