using Gateway.Afas.Rows;

namespace Gateway.Afas.Client;

/// <summary>
/// One completely received page: the rows that could be read and the rejected ones. <see cref="ReceivedCount"/>
/// counts both; a page with fewer than its take is the last.
/// </summary>
public sealed class AfasPage<TRow>
{
    public required int Skip { get; init; }

    public required int Take { get; init; }

    public required IReadOnlyList<TRow> Rows { get; init; }

    public required IReadOnlyList<AfasRowError> Errors { get; init; }

    /// <summary>Rows in the answer, rejected ones included.</summary>
    public required int ReceivedCount { get; init; }

    public int RejectedCount => ReceivedCount - Rows.Count;

    public bool IsLast => ReceivedCount < Take;
}
