using Gateway.Core.Persistence;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// A stage's own lines for the daily report, beside the open uitval: AFAS adds pulls that failed as a whole, delivery
/// adds messages no Retourmelding answered in time. Declared here so the report names no stage's rows.
/// </summary>
public interface IUitvalReportContributor
{
    /// <param name="lastSentUtc">When the previous report went out (null: never): later lines are new.</param>
    /// <param name="accountsOf">The accounts an integration feeds (or the account of that name).</param>
    Task<IReadOnlyList<UitvalReportItem>> ItemsAsync(GatewayDbContext context, DateTimeOffset reportTime, DateTime? lastSentUtc,
        Func<string, IReadOnlyList<string>> accountsOf, CancellationToken cancellationToken);
}
