namespace Gateway.Transport.Sftp.HostKeys;

/// <summary>
/// Which host key algorithms to ask for when a pin names its key type, so a server with several host keys presents
/// the pinned one (libssh would otherwise pick its own preference, usually ed25519, and the pin would not match).
/// </summary>
internal static class HostKeyAlgorithms
{
    private static readonly string[] Rsa = ["rsa-sha2-512", "rsa-sha2-256"];
    private static readonly string[] AnyEcdsa = ["ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"];

    /// <summary>For a key type as known_hosts writes it (ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa).</summary>
    public static IReadOnlyList<string>? ForKeyType(string keyType) => keyType switch
    {
        "ssh-ed25519" => ["ssh-ed25519"],
        "ssh-rsa" => Rsa,
        "ecdsa-sha2-nistp256" or "ecdsa-sha2-nistp384" or "ecdsa-sha2-nistp521" => [keyType],
        _ => null,
    };

    /// <summary>
    /// The comma-separated algorithms to request for fetching a host key of <paramref name="keyType"/>; null (no
    /// preference) when no type is asked for.
    /// </summary>
    /// <exception cref="ArgumentException">an unknown key type</exception>
    public static string? ToRequest(string? keyType) => keyType is null
        ? null
        : string.Join(',', ForKeyType(keyType)
            ?? throw new ArgumentException($"unknown key type '{keyType}' (ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa)", nameof(keyType)));

    /// <summary>For the type ssh-keygen -l prints in parentheses: ED25519, ECDSA, RSA.</summary>
    public static IReadOnlyList<string>? ForKeygenLabel(string label) => label.ToUpperInvariant() switch
    {
        "ED25519" => ["ssh-ed25519"],
        "RSA" => Rsa,
        "ECDSA" => AnyEcdsa,
        _ => null,
    };
}
