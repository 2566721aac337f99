using Gateway.Core.Scheduling;
using Gateway.Core.Time;

namespace Gateway.Admin.Tests.Charts;

/// <summary>Planned jobs as the service host registers them (a connector's pull, the daily mail), for an admin server without the host's workers.</summary>
internal sealed class PlannedJobsFake : IPlannedJobs
{
    public IEnumerable<PlannedJob> Jobs =>
    [
        new("pull:demo:Newdays_Connect_Verzuim_v1:Recent", PlannedJob.PullKind, "demo / Newdays_Connect_Verzuim_v1 (Recent)", new CronSchedule(["0 7-21 * * *"])),
        new("uitval-report", PlannedJob.MailKind, "uitval-report", new CronSchedule(["0 7 * * *"], AmsterdamTime.Zone)),
    ];
}
