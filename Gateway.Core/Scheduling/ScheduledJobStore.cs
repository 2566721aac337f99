using System.Data.Common;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Scheduling;

/// <summary>
/// Scheduled jobs' progress in the database (<see cref="ScheduledJob"/>), shared by the nodes: a node runs a due time
/// only after claiming it (<see cref="ClaimAsync"/>, one conditional upsert: exactly one node gets each due time), and a
/// node that starts finds the run that fell due while the service was down (<see cref="MissedAsync"/>).
/// </summary>
public sealed class ScheduledJobStore(GatewayDatabase database, TimeProvider clock)
{
    /// <summary>
    /// The latest due time of <paramref name="name"/> after the one last claimed, up to now: a run missed while down
    /// (null when none). A job seen for the first time is registered as due now, so a first start catches up nothing.
    /// </summary>
    /// <param name="lastDue">The schedule's latest due time after the first argument up to the second, if any.</param>
    public async Task<DateTimeOffset?> MissedAsync(string name, Func<DateTimeOffset, DateTimeOffset, DateTimeOffset?> lastDue, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = database.CreateContext();
        var claimed = await context.ScheduledJobs.AsNoTracking().Where(j => j.Name == name).Select(j => new { j.LastDueUtc })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (claimed?.LastDueUtc is not { } last)
        {
            await ClaimAsync(name, now, cancellationToken).ConfigureAwait(false);
            return null;
        }
        return lastDue(new DateTimeOffset(DateTime.SpecifyKind(last, DateTimeKind.Utc)), now);
    }

    /// <summary>Claims the run of <paramref name="due"/> for this node; false when a node claimed it (or a later one) already.</summary>
    public async Task<bool> ClaimAsync(string name, DateTimeOffset due, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "ScheduledJobs" ("Name","LastDueUtc","LastWasCatchUp") VALUES (@n,@d,@f)
            ON CONFLICT ("Name") DO UPDATE SET "LastDueUtc"=excluded."LastDueUtc"
            WHERE "ScheduledJobs"."LastDueUtc" IS NULL OR "ScheduledJobs"."LastDueUtc" < excluded."LastDueUtc"
            """;
        Add(command, "n", name);
        Add(command, "d", due.UtcDateTime);
        Add(command, "f", false);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Records how the run this node claimed went.</summary>
    public async Task RecordAsync(string name, string outcome, bool catchUp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        await context.ScheduledJobs.Where(j => j.Name == name).ExecuteUpdateAsync(u => u
            .SetProperty(j => j.LastRunUtc, now)
            .SetProperty(j => j.LastOutcome, outcome)
            .SetProperty(j => j.LastWasCatchUp, catchUp)
            .SetProperty(j => j.LastNode, Environment.MachineName), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.ScheduledJobs.AsNoTracking().OrderBy(j => j.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
