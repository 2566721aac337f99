namespace Gateway.Transport.Files;

/// <summary>'/'-separated path helpers for remote and folder-relative paths.</summary>
public static class TransferPath
{
    /// <summary>Joins a directory and a name; an empty or "." directory yields the name alone.</summary>
    public static string Combine(string directory, string name)
    {
        if (string.IsNullOrEmpty(directory) || directory == ".")
        {
            return name;
        }
        return directory.EndsWith('/') ? directory + name : $"{directory}/{name}";
    }

    /// <summary>The last segment of a path.</summary>
    public static string GetFileName(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }

    /// <summary>Whether <paramref name="name"/> is a plain file name (<see cref="RemoteName.Problem"/> finds nothing).</summary>
    public static bool IsPlainFileName(string name) => RemoteName.IsPlain(name);
}
