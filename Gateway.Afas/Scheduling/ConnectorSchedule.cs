using Gateway.Core.Time;

namespace Gateway.Afas.Scheduling;

/// <summary>
/// When a connector is pulled: one or more cron expressions (minute hour day month weekday) read as wall-clock time in
/// Europe/Amsterdam, through the gateway's one cron implementation (<see cref="CronSchedule"/>, with its rule for
/// daylight-saving changes).
/// </summary>
public sealed class ConnectorSchedule
{
    private readonly CronSchedule _schedule;

    /// <exception cref="FormatException">An expression is not a cron expression (the message names it).</exception>
    public ConnectorSchedule(IEnumerable<string> expressions) => _schedule = new CronSchedule(expressions, AmsterdamTime.Zone);

    public IReadOnlyList<string> Expressions => _schedule.Expressions;

    /// <summary>The first run strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after) => _schedule.Next(after);

    /// <summary>The latest run due after <paramref name="after"/> up to <paramref name="until"/>, if any (a run missed while down).</summary>
    public DateTimeOffset? LastDue(DateTimeOffset after, DateTimeOffset until) => _schedule.LastDue(after, until);
}
