using System.Security.Claims;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Gateway.Core.Uitval;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/uitval</c>: list, retry (one, or every open entry a filter takes) and dismiss (with a reason).</summary>
internal static class UitvalEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/uitval").WithTags("Uitval");
        group.MapGet("/", ListAsync).WithName("listUitval")
            .WithSummary("Uitval, newest first. status=open (default)|resolved|dismissed|all, stage, integration (or account for delivery)");
        group.MapPost("/retry", RetryMatchingAsync).WithName("retryUitvalByFilter").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Retry every open uitval a filter takes (account, stage, reason, since, until; at least one), oldest first; audited with the filter and the count");
        group.MapPost("/{id:long}/retry", RetryAsync).WithName("retryUitval").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Delivery: queue the failed message again (attempts reset) and resolve; other stages: resolve so the next sync reads the record again");
        group.MapPost("/{id:long}/dismiss", DismissAsync).WithName("dismissUitval").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Dismiss with a reason (required)");
    }

    private static async Task<Results<Ok<UitvalPage>, ValidationProblem>> ListAsync(
        string? status, string? stage, string? integration, string? skip, string? take, ClaimsPrincipal user, UitvalAdministration uitval, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var all = string.Equals(InputErrors.Clean(status), "all", StringComparison.OrdinalIgnoreCase);
        var statusFilter = all ? null : errors.Enum<UitvalStatus>(status, "status") ?? (InputErrors.Clean(status) is null ? UitvalStatus.Open : null);
        var filter = new UitvalFilter(statusFilter, errors.Enum<UitvalStage>(stage, "stage"), InputErrors.Clean(integration), errors.Skip(skip), errors.Take(take));
        if (errors.Any)
        {
            return errors.Problem();
        }
        return TypedResults.Ok(await uitval.ListAsync(filter, AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<UitvalActionResponse>, ProblemHttpResult>> RetryAsync(
        long id, ClaimsPrincipal user, UitvalAdministration uitval, CancellationToken cancellationToken) =>
        Answer(id, "retry", await uitval.RetryAsync(id, AdminPrincipal.UserName(user), cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<UitvalBulkRetryResponse>, ValidationProblem>> RetryMatchingAsync(
        UitvalBulkRetryRequest? request, ClaimsPrincipal user, UitvalAdministration uitval, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var selection = new UitvalSelection(InputErrors.Clean(request?.Account), errors.Enum<UitvalStage>(request?.Stage, "stage"),
            InputErrors.Clean(request?.Reason), errors.Moment(request?.Since, "since", end: false), errors.Moment(request?.Until, "until", end: true));
        if (selection.Stage == UitvalStage.Connection)
        {
            errors.Add("stage", "outage alerts (connection) are not retried: they close by themselves when the partner answers again");
        }
        if (!errors.Any && selection.IsEmpty)
        {
            errors.Add("filter", "give at least one of account, stage, reason, since, until");
        }
        if (errors.Any)
        {
            return errors.Problem();
        }
        var result = await uitval.RetryMatchingAsync(selection, AdminPrincipal.UserName(user), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new UitvalBulkRetryResponse(result.Filter, result.Matched, result.Retried,
            [.. result.NotRetried.Select(n => new UitvalNotRetried(n.Id, n.Detail))]));
    }

    private static async Task<Results<Ok<UitvalActionResponse>, ValidationProblem, ProblemHttpResult>> DismissAsync(
        long id, ReasonRequest? request, ClaimsPrincipal user, UitvalAdministration uitval, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var reason = errors.Reason(request?.Reason, required: true);
        if (errors.Any || reason is null)
        {
            return errors.Problem();
        }
        var answer = Answer(id, "dismiss", await uitval.DismissAsync(id, AdminPrincipal.UserName(user), reason, cancellationToken).ConfigureAwait(false));
        return answer.Result switch
        {
            Ok<UitvalActionResponse> ok => ok,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("unexpected uitval answer"),
        };
    }

    private static Results<Ok<UitvalActionResponse>, ProblemHttpResult> Answer(long id, string action, UitvalActionResult result) => result.Outcome switch
    {
        UitvalActionOutcome.Done => TypedResults.Ok(new UitvalActionResponse(id, action, result.Detail, result.MessageId, result.MessageState)),
        UitvalActionOutcome.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown uitval", detail: result.Detail),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot " + action, detail: result.Detail),
    };
}
