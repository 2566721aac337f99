namespace Gateway.Transport.Sftp.HostKeys;

/// <summary>
/// The host key(s) an account accepts for its SFTP server; mandatory for every connection (no trust on first use).
/// Parsed from text with one entry per line, each one of:
/// <list type="bullet">
/// <item><c>SHA256:base64</c> — the fingerprint alone;</item>
/// <item>a line of <c>ssh-keygen -lf</c> output, e.g. <c>256 SHA256:… comment (ED25519)</c>, whose key type then also
/// selects the host key algorithm to request;</item>
/// <item>a known_hosts line, e.g. <c>[sftp.example.nl]:2222 ssh-ed25519 AAAA…</c>, whose host patterns must cover the
/// account's host and port.</item>
/// </list>
/// Several lines accept any of the keys (useful while a partner rotates its key). Empty lines and <c>#</c> comments
/// are ignored.
/// </summary>
public sealed class HostKeyPin
{
    private readonly IReadOnlyList<PinnedHostKey> _keys;

    private HostKeyPin(IReadOnlyList<PinnedHostKey> keys) => _keys = keys;

    /// <summary>The accepted fingerprints.</summary>
    public IReadOnlyList<HostKeyFingerprint> Fingerprints => _keys.Select(k => k.Fingerprint).ToList();

    /// <summary>Parses the pin text; throws <see cref="FormatException"/> naming the offending line.</summary>
    public static HostKeyPin Parse(string text)
    {
        var keys = new List<PinnedHostKey>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            try
            {
                keys.Add(ParseLine(line));
            }
            catch (FormatException e)
            {
                throw new FormatException($"host key pin, line {lineNumber}: {e.Message}", e);
            }
        }
        if (keys.Count == 0)
        {
            throw new FormatException("a host key pin needs at least one SHA256 fingerprint or known_hosts line");
        }
        return new HostKeyPin(keys);
    }

    /// <summary>A pin of exactly one fingerprint.</summary>
    public static HostKeyPin FromFingerprint(HostKeyFingerprint fingerprint) => new([new PinnedHostKey(fingerprint, null, null)]);

    /// <summary>Whether the presented key is one of the pinned ones.</summary>
    public bool Accepts(PresentedHostKey presented) => _keys.Any(k => k.Fingerprint == presented.Fingerprint);

    /// <summary>
    /// The host key algorithms to offer, when every pinned entry names its key type; null lets libssh choose.
    /// </summary>
    internal string? AlgorithmPreference
    {
        get
        {
            if (_keys.Any(k => k.Algorithms is null))
            {
                return null;
            }
            return string.Join(',', _keys.SelectMany(k => k.Algorithms!).Distinct());
        }
    }

    /// <summary>Throws when a known_hosts line of the pin is written for another host or port.</summary>
    internal void EnsureAppliesTo(string host, int port)
    {
        foreach (var key in _keys)
        {
            if (key.KnownHostsEntry is { } entry && !entry.MatchesHost(host, port))
            {
                throw new ArgumentException(
                    $"the pinned known_hosts line for {entry.HostPatterns} does not cover {host} port {port}; " +
                    "pin the key of the server this account connects to");
            }
        }
    }

    public override string ToString() => string.Join(", ", _keys.Select(k => k.Fingerprint.Value));

    private static PinnedHostKey ParseLine(string line)
    {
        var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields[0].StartsWith("SHA256:", StringComparison.Ordinal))
        {
            return new PinnedHostKey(HostKeyFingerprint.Parse(fields[0]), null, null);
        }
        if (fields.Length >= 2 && int.TryParse(fields[0], out _) && fields[1].StartsWith("SHA256:", StringComparison.Ordinal))
        {
            var label = fields[^1].Trim('(', ')');
            return new PinnedHostKey(HostKeyFingerprint.Parse(fields[1]), HostKeyAlgorithms.ForKeygenLabel(label), null);
        }
        if (fields[0].StartsWith("MD5:", StringComparison.Ordinal) || (fields.Length >= 2 && fields[1].StartsWith("MD5:", StringComparison.Ordinal)))
        {
            throw new FormatException("MD5 fingerprints are not accepted; use the SHA256 fingerprint (ssh-keygen -lf FILE)");
        }
        if (!KnownHostsEntry.TryParse(line, out var entry, out var error))
        {
            throw new FormatException($"neither a SHA256 fingerprint nor a known_hosts line: {error}");
        }
        return new PinnedHostKey(entry!.Fingerprint, HostKeyAlgorithms.ForKeyType(entry.KeyType), entry);
    }
}
