using Gateway.Receiving.Accounts;
using Gateway.Receiving.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>
/// Ready while no step of a receiving account's last run failed: an import folder (per file filter) or the
/// Retourmelding folder that could not be read or written (<c>ReceivingIntakeStatus</c>, written by every run on any
/// node) is named as <c>account/folder</c>. Only the steps of each configured account's latest run count, so a folder
/// that was removed from the configuration does not keep the gateway red.
/// </summary>
internal sealed class ReceivingIntakeHealthCheck(ReceivingAccountCatalog accounts, ReceivingDatabase register) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (accounts.Names.Count == 0)
        {
            return HealthCheckResult.Healthy("no receiving accounts");
        }
        await using var db = register.CreateContext();
        var rows = await db.IntakeStatus.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var latest = rows.Where(r => accounts.Names.Contains(r.Account))
            .GroupBy(r => r.Account, StringComparer.Ordinal)
            .SelectMany(g => g.Where(r => r.LastRunUtc == g.Max(x => x.LastRunUtc)))
            .ToList();
        var failing = latest.Where(r => r.FailingSinceUtc is not null)
            .OrderBy(r => r.Account, StringComparer.Ordinal).ThenBy(r => r.Folder, StringComparer.Ordinal)
            .ToList();
        var data = failing.ToDictionary(r => $"{r.Account}/{r.Folder}" + (r.Filter.Length > 0 ? $" ({r.Filter})" : ""),
            r => (object)$"failing since {r.FailingSinceUtc!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}: {r.LastError}",
            StringComparer.Ordinal);
        return failing.Count == 0
            ? HealthCheckResult.Healthy($"{latest.Count} receiving step(s) of {accounts.Names.Count} account(s) working", data)
            : HealthCheckResult.Unhealthy($"failing: {string.Join(", ", failing.Select(r => $"{r.Account}/{r.Folder}").Distinct(StringComparer.Ordinal))}", data: data);
    }
}
