namespace Gateway.Afas.Changes;

/// <summary>What one pull found.</summary>
public sealed record PullCounts(int Rows, int New, int Changed, int Gone, int Unchanged, int Duplicates, int ResolvedUitval)
{
    /// <summary>Rows that arrived but could not be read (their state was kept).</summary>
    public int Unreadable { get; init; }
}
