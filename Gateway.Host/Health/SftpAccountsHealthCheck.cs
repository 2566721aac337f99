using Gateway.Core.Accounts;
using Gateway.Outbound.Deliver;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>Ready when every SFTP-push account's server accepts a login with the account's pinned host key; the failing accounts are named.</summary>
internal sealed class SftpAccountsHealthCheck(AccountCatalog accounts, SftpPushTargets targets, HealthOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pushed = accounts.All.Where(a => a.Delivery.Kind == DeliveryKind.SftpPush).ToList();
        var results = await Task.WhenAll(pushed.Select(a => ReachAsync(a, cancellationToken))).ConfigureAwait(false);
        var data = pushed.Zip(results).ToDictionary(p => p.First.Name, p => (object)(p.Second ?? "reachable"));
        var failed = pushed.Zip(results).Where(p => p.Second is not null).Select(p => p.First.Name).ToList();
        return failed.Count == 0
            ? HealthCheckResult.Healthy($"{pushed.Count} SFTP account(s) reachable", data)
            : HealthCheckResult.Unhealthy($"not reachable: {string.Join(", ", failed)}", data: data);
    }

    /// <summary>Null when the account's server took the login; else why not (no secrets, no payload).</summary>
    private async Task<string?> ReachAsync(PartnerAccountOptions account, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.CheckTimeout);
        try
        {
            var connection = await targets.Connect(account)(timeout.Token).ConfigureAwait(false);
            switch (connection)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
