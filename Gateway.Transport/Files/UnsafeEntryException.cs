namespace Gateway.Transport.Files;

/// <summary>
/// A path was refused because of what is there, not because it is missing: a symbolic link where the gateway never
/// follows one, a folder expected and something else found, or a file that is not a regular file (FIFO, device,
/// socket). Nothing was read, written or removed through it.
/// </summary>
public sealed class UnsafeEntryException(string path, string reason) : IOException($"'{path}' {reason}: refused (links and special files are never followed)")
{
    /// <summary>The path as the caller gave it.</summary>
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
