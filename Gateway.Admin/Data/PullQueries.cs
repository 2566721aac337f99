using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data;

/// <summary>Integrations with their connectors and pulls; a running pull shows how long it has been running.</summary>
internal sealed class PullQueries(GatewayDatabase database, IntegrationCatalog integrations, TimeProvider clock)
{
    private static readonly string[] KnownConnectors =
    [
        AfasConnectorIds.Werkgevers, AfasConnectorIds.Organigram, AfasConnectorIds.MedewerkerGegevens,
        AfasConnectorIds.Verzuim, AfasConnectorIds.AccountsAutorisaties, AfasConnectorIds.MedewerkerIban,
    ];

    public bool Exists(string integration) => integrations.Names.Contains(integration, StringComparer.Ordinal);

    public async Task<IReadOnlyList<IntegrationSummary>> IntegrationsAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var latest = await context.PullRuns.AsNoTracking()
            .Where(p => p.Id == context.PullRuns.Where(q => q.Integration == p.Integration && q.Connector == p.Connector).Max(q => q.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var succeeded = await context.PullRuns.AsNoTracking()
            .Where(p => p.Id == context.PullRuns.Where(q => q.Integration == p.Integration && q.Connector == p.Connector && q.Status == PullStatus.Succeeded).Max(q => q.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var result = new List<IntegrationSummary>();
        foreach (var name in integrations.Names.Order(StringComparer.Ordinal))
        {
            var options = integrations.Get(name);
            var connectors = KnownConnectors
                .Concat(latest.Where(p => p.Integration == name).Select(p => p.Connector).Where(c => !KnownConnectors.Contains(c)).Order(StringComparer.Ordinal))
                .Select(c => new ConnectorSummary(
                    c,
                    options.Connector(c).Enabled,
                    latest.FirstOrDefault(p => p.Integration == name && p.Connector == c) is { } last ? ToRecord(last, now) : null,
                    succeeded.FirstOrDefault(p => p.Integration == name && p.Connector == c) is { } ok ? ToRecord(ok, now) : null));
            result.Add(new IntegrationSummary(name, [.. connectors]));
        }
        return result;
    }

    public async Task<IReadOnlyList<PullRecord>> PullsAsync(string integration, string? connector, int take, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var query = context.PullRuns.AsNoTracking().Where(p => p.Integration == integration);
        if (connector is not null)
        {
            query = query.Where(p => p.Connector == connector);
        }
        var runs = await query.OrderByDescending(p => p.Id).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. runs.Select(r => ToRecord(r, now))];
    }

    private static PullRecord ToRecord(PullRun run, DateTime now) => new(
        run.Id, run.Integration, run.Connector, run.Status.ToString(), Utc.Of(run.StartedUtc), Utc.Of(run.FinishedUtc),
        run.Status == PullStatus.Running ? Math.Max(0, Math.Round((now - run.StartedUtc).TotalSeconds)) : null,
        run.Filtered, run.Rows, run.New, run.Changed, run.Gone, run.Unchanged, run.SkippedInactive, run.Uitval, run.Error);
}
