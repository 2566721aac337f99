using System.Collections;

namespace Gateway.Afas.Rows;

/// <summary>
/// The fields of one row whose values could not be read (they read as null on the row), with the text each value
/// arrived as. The mapping judges them per message type; change detection stores the arrived text in place of the
/// value, so a row with an unreadable field is still stored and a changed value is still a change. The texts may be
/// personal data: <see cref="ToString"/> and the problems themselves name fields and reasons only.
/// </summary>
public sealed class AfasFieldProblems : IReadOnlyList<AfasFieldProblem>, IEquatable<AfasFieldProblems>
{
    private readonly AfasFieldProblem[] _problems;
    private readonly string?[] _arrived;

    internal AfasFieldProblems(AfasFieldProblem[] problems, string?[] arrived)
    {
        _problems = problems;
        _arrived = arrived;
    }

    public static AfasFieldProblems None { get; } = new([], []);

    public int Count => _problems.Length;

    public AfasFieldProblem this[int index] => _problems[index];

    /// <summary>The problem of a field, or null when it was read.</summary>
    public AfasFieldProblem? Of(string field)
    {
        for (var i = 0; i < _problems.Length; i++)
        {
            if (string.Equals(_problems[i].Field, field, StringComparison.Ordinal))
            {
                return _problems[i];
            }
        }
        return null;
    }

    /// <summary>The text an unreadable field arrived as (for storage only; never log it), or null.</summary>
    public string? ArrivedText(string field)
    {
        for (var i = 0; i < _problems.Length; i++)
        {
            if (string.Equals(_problems[i].Field, field, StringComparison.Ordinal))
            {
                return _arrived[i];
            }
        }
        return null;
    }

    public IEnumerator<AfasFieldProblem> GetEnumerator() => ((IEnumerable<AfasFieldProblem>)_problems).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(AfasFieldProblems? other) =>
        other is not null && _problems.AsSpan().SequenceEqual(other._problems) && _arrived.AsSpan().SequenceEqual(other._arrived);

    public override bool Equals(object? obj) => Equals(obj as AfasFieldProblems);

    public override int GetHashCode() => _problems.Length == 0 ? 0 : HashCode.Combine(_problems.Length, _problems[0]);

    /// <summary>Fields and reasons, never the values.</summary>
    public override string ToString() => string.Join("; ", _problems.Select(p => $"{p.Field} {p.Reason}"));
}
