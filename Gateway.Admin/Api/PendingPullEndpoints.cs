using System.Security.Claims;
using Gateway.Admin.Security;
using Gateway.Core.Pulls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/pulls/pending</c>: the pulls the mass-change guard held; approve or reject one (audited).</summary>
internal static class PendingPullEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/pulls/pending").WithTags("Pulls");
        group.MapGet("/", ListAsync).WithName("listPendingPulls")
            .WithSummary("Pulls held by the mass-change guard, undecided or approved and not yet applied (all=true: every one)");
        group.MapPost("/{id:long}/approve", ApproveAsync).WithName("approvePendingPull").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Let the next pull of the connector apply however much it changes; optional reason");
        group.MapPost("/{id:long}/reject", RejectAsync).WithName("rejectPendingPull").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Keep the stored state, with a reason (required); a later pull that changes as much is held again");
    }

    private static async Task<Ok<IReadOnlyList<PendingPull>>> ListAsync(bool? all, PendingPullStore pulls, CancellationToken cancellationToken) =>
        TypedResults.Ok(await pulls.ListAsync(all == true, cancellationToken).ConfigureAwait(false));

    private static Task<Results<Ok<PendingPull>, ValidationProblem, ProblemHttpResult>> ApproveAsync(
        long id, ReasonRequest? request, ClaimsPrincipal user, PendingPullStore pulls, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: true, request, user, pulls, cancellationToken);

    private static Task<Results<Ok<PendingPull>, ValidationProblem, ProblemHttpResult>> RejectAsync(
        long id, ReasonRequest? request, ClaimsPrincipal user, PendingPullStore pulls, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: false, request, user, pulls, cancellationToken);

    private static async Task<Results<Ok<PendingPull>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        long id, bool approve, ReasonRequest? request, ClaimsPrincipal user, PendingPullStore pulls, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var reason = errors.Reason(request?.Reason, required: !approve);
        if (errors.Any)
        {
            return errors.Problem();
        }
        return await pulls.DecideAsync(id, approve, AdminPrincipal.UserName(user), reason, cancellationToken).ConfigureAwait(false) is { } decided
            ? TypedResults.Ok(decided)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No undecided pending pull", detail: $"pending pull {id} does not exist or was decided already");
    }
}
