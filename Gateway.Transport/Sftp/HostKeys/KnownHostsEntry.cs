using System.Security.Cryptography;
using System.Text;

namespace Gateway.Transport.Sftp.HostKeys;

/// <summary>
/// One known_hosts line: host patterns (plain, <c>[host]:port</c>, wildcards, negations or hashed <c>|1|salt|hash</c>),
/// key type and public key. Markers (<c>@cert-authority</c>, <c>@revoked</c>) are refused: a pin is one plain key.
/// </summary>
internal sealed record KnownHostsEntry(string HostPatterns, string KeyType, byte[] PublicKeyBlob)
{
    public HostKeyFingerprint Fingerprint => HostKeyFingerprint.FromPublicKeyBlob(PublicKeyBlob);

    public static bool TryParse(string line, out KnownHostsEntry? entry, out string? error)
    {
        entry = null;
        var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length > 0 && fields[0].StartsWith('@'))
        {
            error = $"known_hosts markers such as {fields[0]} are not supported for pinning; give the plain key line";
            return false;
        }
        if (fields.Length < 3)
        {
            error = "a known_hosts line has at least three fields: host patterns, key type, base64 key";
            return false;
        }
        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(fields[2]);
        }
        catch (FormatException)
        {
            error = "the key field of the known_hosts line is not base64";
            return false;
        }
        if (!BlobStartsWithType(blob, fields[1]))
        {
            error = $"the key in the known_hosts line is not a {fields[1]} key";
            return false;
        }
        entry = new KnownHostsEntry(fields[0], fields[1], blob);
        error = null;
        return true;
    }

    /// <summary>Whether the host patterns cover <paramref name="host"/>:<paramref name="port"/> as OpenSSH matches them.</summary>
    public bool MatchesHost(string host, int port)
    {
        var name = port == 22 ? host : $"[{host}]:{port}";
        var matched = false;
        foreach (var pattern in HostPatterns.Split(','))
        {
            var negated = pattern.StartsWith('!');
            var body = negated ? pattern[1..] : pattern;
            if (!PatternMatches(body, name))
            {
                continue;
            }
            if (negated)
            {
                return false;
            }
            matched = true;
        }
        return matched;
    }

    private static bool PatternMatches(string pattern, string name)
    {
        if (pattern.StartsWith("|1|", StringComparison.Ordinal))
        {
            return HashedMatches(pattern, name);
        }
        return WildcardMatches(pattern.ToLowerInvariant(), name.ToLowerInvariant());
    }

    private static bool HashedMatches(string pattern, string name)
    {
        var parts = pattern.Split('|');
        if (parts.Length != 4)
        {
            return false;
        }
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            // OpenSSH defines hashed known_hosts names as HMAC-SHA1(salt, name); the format, not a choice made here.
#pragma warning disable CA5350
            var actual = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes(name.ToLowerInvariant()));
#pragma warning restore CA5350
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool WildcardMatches(string pattern, string name)
    {
        if (pattern.Length == 0)
        {
            return name.Length == 0;
        }
        return pattern[0] switch
        {
            '*' => WildcardMatches(pattern[1..], name) || (name.Length > 0 && WildcardMatches(pattern, name[1..])),
            '?' => name.Length > 0 && WildcardMatches(pattern[1..], name[1..]),
            _ => name.Length > 0 && pattern[0] == name[0] && WildcardMatches(pattern[1..], name[1..]),
        };
    }

    private static bool BlobStartsWithType(byte[] blob, string keyType) => HostKeyBlob.KeyType(blob) == keyType;
}
