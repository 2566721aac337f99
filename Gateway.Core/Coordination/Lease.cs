namespace Gateway.Core.Coordination;

/// <summary>A named lock with an expiry, held by one node at a time (e.g. "pull:integration:connector").</summary>
public sealed class Lease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime ExpiresUtc { get; set; }
}
