namespace Gateway.Core.Coordination;

/// <summary>
/// A named lock with an expiry, held by one node at a time (e.g. "pull:integration:connector"). <see cref="Node"/> and
/// <see cref="Process"/> say which process holds it (<see cref="ProcessIdentity"/>), so a restarted process on the same
/// node can take over the leases of its dead predecessor at once; null on leases written before they were recorded.
/// </summary>
public sealed class Lease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public string? Node { get; set; }

    public string? Process { get; set; }
}
