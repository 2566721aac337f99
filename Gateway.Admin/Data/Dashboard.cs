namespace Gateway.Admin.Data;

/// <summary>
/// The operator's overview: accounts with their state and queue depths, the last pull per connector (running ones
/// with progress), open uitval per stage and the Retourmelding rejections of the last <see cref="RejectionDays"/> days.
/// </summary>
internal sealed record Dashboard(
    IReadOnlyList<AccountSummary> Accounts,
    IReadOnlyList<IntegrationSummary> Integrations,
    IReadOnlyDictionary<string, int> OpenUitval,
    int RejectionDays,
    int Rejections,
    IReadOnlyList<RetourmeldingRecord> RecentRejections)
{
    public bool PullRunning => Integrations.Any(i => i.Connectors.Any(c => c.LastPull?.RunningSeconds is not null));
}
