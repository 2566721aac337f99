namespace Gateway.Host.Cli.Validate;

/// <summary>
/// Expands the command-line paths into files, lazily and in a deterministic order: arguments as given, and below each
/// directory its <c>*.xml</c> files in ordinal order before its subdirectories in ordinal order. Symbolic links to
/// directories are not followed.
/// </summary>
internal static class ValidationInputs
{
    private static readonly EnumerationOptions XmlFiles = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
    };

    public static IEnumerable<ValidationInput> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return new ValidationInput(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var input in Walk(path))
                {
                    yield return input;
                }
            }
            else
            {
                yield return new ValidationInput(path, "no such file or directory");
            }
        }
    }

    private static IEnumerable<ValidationInput> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            var listing = List(directory);
            if (listing.Problem is not null)
            {
                yield return new ValidationInput(directory, listing.Problem);
                continue;
            }
            foreach (var file in listing.Files)
            {
                yield return new ValidationInput(file);
            }
            for (var i = listing.Directories.Length - 1; i >= 0; i--)
            {
                pending.Push(listing.Directories[i]);
            }
        }
    }

    private static (string[] Files, string[] Directories, string? Problem) List(string directory)
    {
        try
        {
            var files = Directory.GetFiles(directory, "*.xml", XmlFiles);
            Array.Sort(files, StringComparer.Ordinal);
            var directories = new DirectoryInfo(directory).GetDirectories()
                .Where(d => d.LinkTarget is null)
                .Select(d => Path.Combine(directory, d.Name))
                .ToArray();
            Array.Sort(directories, StringComparer.Ordinal);
            return (files, directories, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], [], "cannot read directory: " + e.Message);
        }
    }
}
