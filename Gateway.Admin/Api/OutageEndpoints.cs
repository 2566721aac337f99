using Gateway.Core.Outages;
using Gateway.Core.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/outages</c>: the accounts whose partner cannot be reached now (delivery paused, probed with backoff) — for operators and readiness checks.</summary>
internal static class OutageEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/outages", ListAsync).WithTags("Accounts").WithName("listOutages")
            .WithSummary("Accounts whose partner is unreachable: since when, failed attempts, next probe, last error, the alert's uitval id; empty when every partner answers");

    private static async Task<Ok<IReadOnlyList<OutageRecord>>> ListAsync(PartnerOutages outages, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<OutageRecord>>([.. (await outages.ListAsync(cancellationToken).ConfigureAwait(false)).Select(o => new OutageRecord(
            o.Account, Data.Utc.Of(o.SinceUtc), o.Failures, Data.Utc.Of(o.LastFailureUtc), Data.Utc.Of(o.NextProbeUtc), PersonalDataScrubber.Scrub(o.LastError), o.AlertId))]);
}

/// <summary>One unreachable partner.</summary>
internal sealed record OutageRecord(string Account, DateTime SinceUtc, int Failures, DateTime LastFailureUtc, DateTime NextProbeUtc, string LastError, long? AlertId);
