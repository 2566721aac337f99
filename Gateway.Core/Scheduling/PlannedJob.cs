using Gateway.Core.Time;

namespace Gateway.Core.Scheduling;

/// <summary>
/// A job this process runs on a schedule, as the admin console shows it: its name (<see cref="ScheduledJob.Name"/>),
/// what it is (<see cref="Kind"/> and <see cref="Subject"/>) and its cron schedule with the zone it is read in.
/// </summary>
/// <param name="Kind"><c>pull</c> (a connector's scheduled pull) or <c>mail</c> (the daily uitval report).</param>
/// <param name="Subject">E.g. <c>acme / Newdays_Connect_Verzuim_v1 (Full)</c>, or <c>uitval-report</c>.</param>
public sealed record PlannedJob(string Name, string Kind, string Subject, CronSchedule Schedule)
{
    public const string PullKind = "pull";

    public const string MailKind = "mail";
}

/// <summary>The jobs a module schedules in this process (the host's pulls, the uitval report), for the console's "next run".</summary>
public interface IPlannedJobs
{
    IEnumerable<PlannedJob> Jobs { get; }
}
