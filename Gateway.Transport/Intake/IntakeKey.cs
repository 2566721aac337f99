using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.Transport.Intake;

/// <summary>
/// Identifies one file version at a source: source name, path, size and modification time. The same name uploaded
/// again later (other size or time) is a new key and is taken again; the same version is never taken twice.
/// </summary>
public sealed record IntakeKey(string Source, string Path, long Size, DateTimeOffset LastModified)
{
    /// <summary>The key as one string: source|path|size|mtime-in-unix-ms.</summary>
    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Source}|{Path}|{Size}|{LastModified.ToUnixTimeMilliseconds()}");

    /// <summary>A short, file-name-safe digest of <see cref="Value"/> (16 hex characters).</summary>
    public string Digest => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Value)))[..16];

    public override string ToString() => Value;
}
