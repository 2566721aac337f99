namespace Gateway.Afas.Changes;

/// <summary>Which state a pull is compared with, and whether it saw everything (only then can records be gone).</summary>
/// <param name="Filtered">The pull selected part of the connector (e.g. Mutatiedatum −14 days): a record it did not
/// return is gone only where <see cref="MayBeGone"/> says the filter would have returned it.</param>
/// <param name="AutoResolveUitval">Clear open import uitval of records that now arrive intact, or that an unfiltered pull no
/// longer finds (the integration's <c>RetryFailedRecords</c>: every stream but Verzuim by default).</param>
public sealed record PullScope(string Integration, string Connector, bool Filtered, bool AutoResolveUitval)
{
    /// <summary>
    /// Decides, for a known record the pull did not return, from its employer and its last known fields (canonical
    /// JSON), whether it is gone. Null: every unseen record of an unfiltered pull is gone, none of a filtered one.
    /// Used for the activation gate (records of a deactivated employer are not gone) and for filtered pulls whose
    /// filter is known (a Verzuim window pull).
    /// </summary>
    public Func<string?, string, bool>? MayBeGone { get; init; }

    /// <summary>Asked after the last row: true suppresses every gone (e.g. a rejected row had no readable key).</summary>
    public Func<bool>? SuppressGone { get; init; }

    /// <summary>
    /// The mass-change guard, asked before anything is committed with the stored record count, the changed and the gone
    /// records: a reason holds the pull (nothing is applied). Null: every pull is applied.
    /// </summary>
    public Func<int, int, int, string?>? Hold { get; init; }
}
