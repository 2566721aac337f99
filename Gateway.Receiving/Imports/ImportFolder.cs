namespace Gateway.Receiving.Imports;

/// <summary>Folder paths as configured and as the transport reports them, compared in one normal form.</summary>
public static class ImportFolder
{
    /// <summary>
    /// Forward slashes, no leading <c>./</c> or <c>/</c>, no trailing <c>/</c>, no empty segments; the root is "".
    /// Comparison of normal forms is case-insensitive (like the file filter).
    /// </summary>
    public static string Normalize(string? folder)
    {
        var segments = (folder ?? "").Replace('\\', '/')
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s != ".");
        return string.Join('/', segments);
    }

    /// <summary>The folder part of a file path, normalised.</summary>
    public static string Of(string filePath)
    {
        var path = (filePath ?? "").Replace('\\', '/');
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : Normalize(path[..slash]);
    }

    /// <summary>The file name part of a file path.</summary>
    public static string FileName(string filePath)
    {
        var path = (filePath ?? "").Replace('\\', '/');
        return path[(path.LastIndexOf('/') + 1)..];
    }

    public static bool SameFolder(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);
}
