using System.Security.Claims;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Gateway.Core.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/accounts</c>: accounts of both roles — state and queue depths (or received files), detail, block and restart.</summary>
internal static class AccountEndpoints
{
    private const int HistorySize = 100;

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/accounts").WithTags("Accounts");
        group.MapGet("/", ListAsync).WithName("listAccounts")
            .WithSummary("Partner accounts of both roles: blocked or not, held, queued, delivered and failed messages (receiving: files by status)");
        group.MapGet("/{name}", DetailAsync).WithName("getAccount")
            .WithSummary("One account: state, delivery target and pinned host key, last 100 messages, audit entries");
        group.MapPost("/{name}/block", BlockAsync).WithName("blockAccount").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Block: messages are still made and validated (received files taken in and validated) but held, on every node");
        group.MapPost("/{name}/restart", RestartAsync).WithName("restartAccount").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Unblock; what was held is processed in its original order or discarded (each audited; a discarded received file is answered and kept)");
    }

    private static async Task<Ok<IReadOnlyList<AccountSummary>>> ListAsync(AccountAdministration accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ListAsync(cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<AccountDetail>, ProblemHttpResult>> DetailAsync(
        string name, ClaimsPrincipal user, AccountAdministration accounts, CancellationToken cancellationToken)
    {
        var detail = await accounts.DetailAsync(name, AdminPrincipal.SeesMasked(user), HistorySize, cancellationToken).ConfigureAwait(false);
        return detail is null ? UnknownAccount(name) : TypedResults.Ok(detail);
    }

    private static async Task<Results<Ok<AccountActionResponse>, ValidationProblem, ProblemHttpResult>> BlockAsync(
        string name, BlockRequest? request, ClaimsPrincipal user, AccountAdministration accounts, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var reason = errors.Reason(request?.Reason, required: false);
        if (errors.Any)
        {
            return errors.Problem();
        }
        if (!accounts.Exists(name))
        {
            return UnknownAccount(name);
        }
        await accounts.BlockAsync(name, AdminPrincipal.UserName(user), reason, cancellationToken).ConfigureAwait(false);
        var state = await StateAsync(accounts, name, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new AccountActionResponse(name, "block", state.Blocked, state.Held, state.Held));
    }

    private static async Task<Results<Ok<AccountActionResponse>, ValidationProblem, ProblemHttpResult>> RestartAsync(
        string name, RestartRequest? request, ClaimsPrincipal user, AccountAdministration accounts, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        PendingChoice? pending = null;
        if (InputErrors.Clean(request?.Pending) is null)
        {
            errors.Add("pending", "is required: process or discard");
        }
        else
        {
            pending = errors.Enum<PendingChoice>(request!.Pending, "pending");
        }
        var reason = errors.Reason(request?.Reason, required: false);
        if (errors.Any || pending is null)
        {
            return errors.Problem();
        }
        if (!accounts.Exists(name))
        {
            return UnknownAccount(name);
        }
        var count = await accounts.RestartAsync(name, pending.Value, AdminPrincipal.UserName(user), reason, cancellationToken).ConfigureAwait(false);
        var state = await StateAsync(accounts, name, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new AccountActionResponse(name, "restart." + pending.Value.ToString().ToLowerInvariant(), state.Blocked, state.Held, count));
    }

    private static async Task<AccountSummary> StateAsync(AccountAdministration accounts, string name, CancellationToken cancellationToken) =>
        (await accounts.SummaryAsync(name, cancellationToken).ConfigureAwait(false))!;

    private static ProblemHttpResult UnknownAccount(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown account", detail: $"account '{name}' is not configured");
}
