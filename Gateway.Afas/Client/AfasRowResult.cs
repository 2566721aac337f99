using Gateway.Afas.Rows;

namespace Gateway.Afas.Client;

/// <summary>One row of a pull: either a <see cref="Row"/> or, when it was rejected, its <see cref="Errors"/>.</summary>
public readonly record struct AfasRowResult<TRow>(TRow? Row, IReadOnlyList<AfasRowError> Errors) where TRow : class
{
    public bool IsRejected => Row is null;
}
