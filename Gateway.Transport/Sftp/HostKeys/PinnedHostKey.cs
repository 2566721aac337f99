namespace Gateway.Transport.Sftp.HostKeys;

/// <summary>
/// One accepted host key: its fingerprint, the host key algorithms to request when its type is known, and — for a
/// known_hosts line — the host patterns it is valid for.
/// </summary>
internal sealed record PinnedHostKey(HostKeyFingerprint Fingerprint, IReadOnlyList<string>? Algorithms, KnownHostsEntry? KnownHostsEntry);
