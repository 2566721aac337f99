using System.Security.Cryptography;

namespace Gateway.Transport.Sftp.HostKeys;

/// <summary>
/// A host key's SHA-256 fingerprint in OpenSSH's notation, <c>SHA256:</c> followed by unpadded base64 of the hash of
/// the public key blob — exactly what <c>ssh-keygen -lf</c> and <c>ssh -v</c> print. Compared byte for byte.
/// </summary>
public sealed record HostKeyFingerprint
{
    private static readonly string Prefix = "SHA256:";

    public HostKeyFingerprint(string value) => Value = value;

    /// <summary>The fingerprint text, e.g. <c>SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s</c>.</summary>
    public string Value { get; }

    /// <summary>Parses <c>SHA256:base64</c> (padding optional); throws <see cref="FormatException"/> otherwise.</summary>
    public static HostKeyFingerprint Parse(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new FormatException($"a host key fingerprint starts with '{Prefix}' (as ssh-keygen -lf prints it); got '{trimmed}'");
        }
        var encoded = trimmed[Prefix.Length..].TrimEnd('=');
        var padded = encoded + new string('=', (4 - (encoded.Length % 4)) % 4);
        var hash = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, hash, out var length) || length != SHA256.HashSizeInBytes)
        {
            throw new FormatException($"'{trimmed}' is not a SHA256 fingerprint (base64 of 32 bytes expected)");
        }
        return FromHash(hash.AsSpan(0, length));
    }

    /// <summary>The fingerprint of a raw SHA-256 hash of a public key blob.</summary>
    public static HostKeyFingerprint FromHash(ReadOnlySpan<byte> sha256) =>
        new(Prefix + Convert.ToBase64String(sha256).TrimEnd('='));

    /// <summary>The fingerprint of a public key blob (the base64-decoded second field of a known_hosts line).</summary>
    public static HostKeyFingerprint FromPublicKeyBlob(ReadOnlySpan<byte> blob) => FromHash(SHA256.HashData(blob));

    public override string ToString() => Value;
}
