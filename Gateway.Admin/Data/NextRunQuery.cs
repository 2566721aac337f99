using Gateway.Core.Scheduling;

namespace Gateway.Admin.Data;

/// <summary>The next run of every job this process schedules (<see cref="IPlannedJobs"/>: the pulls per connector, the daily mail), soonest first.</summary>
internal sealed class NextRunQuery(IEnumerable<IPlannedJobs> plans, TimeProvider clock)
{
    public IReadOnlyList<NextRun> List()
    {
        var now = clock.GetUtcNow();
        return [.. plans.SelectMany(p => p.Jobs)
            .Select(j => new NextRun(j.Name, j.Kind, j.Subject, j.Schedule.Next(now).UtcDateTime, j.Schedule.Expressions, j.Schedule.Zone.Id))
            .OrderBy(r => r.NextUtc).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }
}
