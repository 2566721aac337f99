namespace Gateway.Afas.Changes;

/// <summary>What one pull found.</summary>
public sealed record PullCounts(int Rows, int New, int Changed, int Gone, int Unchanged, int Duplicates, int ResolvedUitval)
{
    /// <summary>Rows that arrived but could not be read (their state was kept).</summary>
    public int Unreadable { get; init; }

    /// <summary>The stored records of the connector before the pull.</summary>
    public int Known { get; init; }

    /// <summary>Why the mass-change guard held the pull (nothing was applied); null when it was applied.</summary>
    public string? HeldReason { get; init; }
}
