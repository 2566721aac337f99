using System.Globalization;

namespace Gateway.Core.Uitval;

/// <summary>
/// Which open uitval a bulk action takes: of one account or integration, of one stage, whose reason contains a text,
/// created in a period (UTC, <paramref name="SinceUtc"/> inclusive, <paramref name="UntilUtc"/> exclusive). Outage alerts
/// (stage <see cref="UitvalStage.Connection"/>) are never selected: they are not records and close by themselves.
/// </summary>
public sealed record UitvalSelection(string? Account = null, UitvalStage? Stage = null, string? Reason = null, DateTime? SinceUtc = null, DateTime? UntilUtc = null)
{
    /// <summary>Whether nothing narrows the selection (a bulk action refuses that: it would take every open entry).</summary>
    public bool IsEmpty => Account is null && Stage is null && Reason is null && SinceUtc is null && UntilUtc is null;

    /// <summary>The open entries this selects, oldest first.</summary>
    public IQueryable<UitvalEntry> Apply(IQueryable<UitvalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var (account, stage, reason) = (Account, Stage, Reason);
        var (since, until) = (SinceUtc, UntilUtc);
        return entries.Where(u => u.Status == UitvalStatus.Open && u.Stage != UitvalStage.Connection
                && (account == null || u.Account == account || (u.Account == null && u.Integration == account))
                && (stage == null || u.Stage == stage)
                && (reason == null || u.Reason.Contains(reason))
                && (since == null || u.CreatedUtc >= since)
                && (until == null || u.CreatedUtc < until))
            .OrderBy(u => u.Id);
    }

    /// <summary>The filter in words, for the audit log and answers: <c>account=arbo stage=Delivery since=2026-12-01T00:00:00Z</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Account is not null)
        {
            parts.Add($"account={Account}");
        }
        if (Stage is not null)
        {
            parts.Add($"stage={Stage}");
        }
        if (Reason is not null)
        {
            parts.Add($"reason contains '{Reason}'");
        }
        if (SinceUtc is { } since)
        {
            parts.Add("since=" + since.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        if (UntilUtc is { } until)
        {
            parts.Add("until=" + until.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        return parts.Count == 0 ? "(no filter)" : string.Join(' ', parts);
    }
}
