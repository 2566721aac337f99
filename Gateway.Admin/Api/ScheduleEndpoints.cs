using Gateway.Core.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/schedules</c>: the scheduled jobs, their last due time and run, and whether that was a catch-up of a missed run.</summary>
internal static class ScheduleEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/schedules", ListAsync).WithTags("Schedules").WithName("listSchedules")
            .WithSummary("Scheduled jobs (pulls per connector and mode, the daily mail): last due time, last run, outcome, catch-up");

    private static async Task<Ok<IReadOnlyList<ScheduleRecord>>> ListAsync(ScheduledJobStore jobs, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ScheduleRecord>>([.. (await jobs.ListAsync(cancellationToken).ConfigureAwait(false)).Select(j =>
            new ScheduleRecord(j.Name, Data.Utc.Of(j.LastDueUtc), Data.Utc.Of(j.LastRunUtc), j.LastOutcome, j.LastWasCatchUp, j.LastNode))]);
}

/// <summary>One scheduled job as the API shows it.</summary>
internal sealed record ScheduleRecord(string Name, DateTime? LastDueUtc, DateTime? LastRunUtc, string? LastOutcome, bool CaughtUp, string? Node);
