using Gateway.Core.Scheduling;

namespace Gateway.Core.Uitval.Report;

/// <summary>The daily uitval report as a planned job, for the console's next run (<see cref="IPlannedJobs"/>).</summary>
internal sealed class UitvalReportPlan(DailySchedule schedule) : IPlannedJobs
{
    public IEnumerable<PlannedJob> Jobs => [new(UitvalReportService.JobName, PlannedJob.MailKind, UitvalReportService.JobName, schedule.Cron)];
}
