using Gateway.Afas.Rows;
using Gateway.Core.Pulls;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// One record's mutation as conversion sees it: new, changed (with the changed AFAS field names) or gone (with the row
/// as last seen). <see cref="Previous"/> is the row before the change when the caller has it; it sharpens a few
/// decisions (a recovery date set for the first time is an end, a moved one a correction; DatEerstVrzmdgOud).
/// </summary>
public sealed record SourceChange<TRow>(MutationKind Kind, TRow Row, IReadOnlySet<string> ChangedFields, TRow? Previous = null)
    where TRow : class, IAfasRow<TRow>
{
    public AfasRecordKey Key => Row.Key;

    /// <summary>True for new and gone records, and for changes touching any of <paramref name="fields"/>.</summary>
    public bool Touches(IReadOnlySet<string> fields) => Kind != MutationKind.Changed || ChangedFields.Overlaps(fields);
}

/// <summary>Factories for <see cref="SourceChange{TRow}"/>.</summary>
public static class SourceChange
{
    private static readonly IReadOnlySet<string> NoFields = new HashSet<string>(StringComparer.Ordinal);

    public static SourceChange<TRow> New<TRow>(TRow row)
        where TRow : class, IAfasRow<TRow> => new(MutationKind.New, row, NoFields);

    public static SourceChange<TRow> Changed<TRow>(TRow row, IEnumerable<string> fields, TRow? previous = null)
        where TRow : class, IAfasRow<TRow> => new(MutationKind.Changed, row, new HashSet<string>(fields, StringComparer.Ordinal), previous);

    public static SourceChange<TRow> Gone<TRow>(TRow lastSeen)
        where TRow : class, IAfasRow<TRow> => new(MutationKind.Gone, lastSeen, NoFields);
}
