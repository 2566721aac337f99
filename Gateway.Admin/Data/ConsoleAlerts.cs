namespace Gateway.Admin.Data;

/// <summary>
/// What every page of the console warns about: blocked accounts (either role), pulls the mass-change guard holds for a
/// decision, and connectors whose last pull failed (<c>integration / connector</c>).
/// </summary>
internal sealed record ConsoleAlerts(IReadOnlyList<string> BlockedAccounts, int PendingPulls, IReadOnlyList<string> FailedPulls)
{
    public static ConsoleAlerts None { get; } = new([], 0, []);

    public bool Any => BlockedAccounts.Count > 0 || PendingPulls > 0 || FailedPulls.Count > 0;
}
