using Gateway.Core.Integrations;
using Gateway.Core.Scheduling;
using Gateway.Core.Time;

namespace Gateway.Host.Hosting;

/// <summary>The scheduled pulls <see cref="SyncScheduler"/> runs, as planned jobs for the console's next run per connector.</summary>
internal sealed class PullJobPlans(IntegrationCatalog integrations) : IPlannedJobs
{
    public IEnumerable<PlannedJob> Jobs => integrations.Names.Select(integrations.Get).SelectMany(SyncScheduler.Jobs)
        .Select(j => new PlannedJob(j.Name, PlannedJob.PullKind, $"{j.Integration.Name} / {j.Connector} ({j.Mode})",
            new CronSchedule(j.Schedule.Expressions, AmsterdamTime.Zone)));
}
