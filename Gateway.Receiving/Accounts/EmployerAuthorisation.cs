namespace Gateway.Receiving.Accounts;

/// <summary>
/// The employers a receiving account may send about. Entries are an <c>IdWrkgvrArbdnst</c>,
/// <c>Lhnr:&lt;loonheffingennummer&gt;</c> or <c>KvK:&lt;nummer&gt;</c>; an employer is allowed when any of its
/// ids matches an entry of that kind (case-insensitive, surrounding spaces ignored).
/// </summary>
public sealed class EmployerAuthorisation
{
    private const string LhnrPrefix = "Lhnr:";
    private const string KvKPrefix = "KvK:";

    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _lhnrs = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _kvks = new(StringComparer.OrdinalIgnoreCase);

    public EmployerAuthorisation(IEnumerable<string> entries)
    {
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }
            if (entry.StartsWith(LhnrPrefix, StringComparison.OrdinalIgnoreCase))
            {
                Add(_lhnrs, entry[LhnrPrefix.Length..]);
            }
            else if (entry.StartsWith(KvKPrefix, StringComparison.OrdinalIgnoreCase))
            {
                Add(_kvks, entry[KvKPrefix.Length..]);
            }
            else
            {
                _ids.Add(entry);
            }
        }
    }

    /// <summary>Whether no employer at all is authorised (every message would be refused).</summary>
    public bool IsEmpty => _ids.Count == 0 && _lhnrs.Count == 0 && _kvks.Count == 0;

    public bool Allows(EmployerIdentity employer) =>
        (Value(employer.IdWrkgvrArbdnst) is { } id && _ids.Contains(id))
        || (Value(employer.Lhnr) is { } lhnr && _lhnrs.Contains(lhnr))
        || (Value(employer.KvK) is { } kvk && _kvks.Contains(kvk));

    private static void Add(HashSet<string> set, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 0)
        {
            set.Add(trimmed);
        }
    }

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
