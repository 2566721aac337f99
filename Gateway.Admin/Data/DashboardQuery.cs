using Gateway.Core.Ledger;

namespace Gateway.Admin.Data;

/// <summary>Assembles the <see cref="Dashboard"/>.</summary>
internal sealed class DashboardQuery(AccountAdministration accounts, PullQueries pulls, UitvalAdministration uitval, RetourmeldingQueries retourmeldingen)
{
    public const int RejectionDays = 7;

    public async Task<Dashboard> LoadAsync(bool masked, CancellationToken cancellationToken)
    {
        var accountList = await accounts.ListAsync(cancellationToken).ConfigureAwait(false);
        var integrations = await pulls.IntegrationsAsync(cancellationToken).ConfigureAwait(false);
        var open = await uitval.OpenCountsAsync(cancellationToken).ConfigureAwait(false);
        var rejections = await retourmeldingen.RejectedCountAsync(RejectionDays, cancellationToken).ConfigureAwait(false);
        var recent = await retourmeldingen.ListAsync(null, RejectionDays, LedgerState.Rejected, 10, masked, cancellationToken).ConfigureAwait(false);
        return new Dashboard(accountList, integrations, open.ToDictionary(o => o.Key.ToString(), o => o.Value, StringComparer.Ordinal), RejectionDays, rejections, recent);
    }
}
