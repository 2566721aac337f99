using System.Security.Claims;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Gateway.Core.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/messages</c>: search the ledger; one message with its XML pretty-printed (masked for auditors).</summary>
internal static class MessageEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/messages").WithTags("Messages");
        group.MapGet("/", SearchAsync).WithName("searchMessages")
            .WithSummary("Search by account, type, employee, case, berrefnr, state and period (from/to: date or ISO time), newest first");
        group.MapGet("/{id:long}", DetailAsync).WithName("getMessage")
            .WithSummary("One message with its XML pretty-printed; BSN and IBAN masked for auditors");
        group.MapPost("/{id:long}/resend", ResendAsync).WithName("resendMessage").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Deliver a delivered message again: under its original file name or as a copy with a new Berrefnr, as its account chooses (audited)");
    }

    private static async Task<Results<Ok<MessagePage>, ValidationProblem>> SearchAsync(
        string? account, string? type, string? employee, [FromQuery(Name = "case")] string? caseKey, string? berrefnr, string? state,
        string? from, string? to, string? skip, string? take, ClaimsPrincipal user, MessageQueries messages, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var filter = new MessageFilter(
            InputErrors.Clean(account), InputErrors.Clean(type), InputErrors.Clean(employee), InputErrors.Clean(caseKey), InputErrors.Clean(berrefnr),
            errors.Enum<LedgerState>(state, "state"), errors.Moment(from, "from", end: false), errors.Moment(to, "to", end: true),
            errors.Skip(skip), errors.Take(take));
        if (filter.FromUtc > filter.ToUtc)
        {
            errors.Add("to", "must not be before from");
        }
        if (errors.Any)
        {
            return errors.Problem();
        }
        return TypedResults.Ok(await messages.SearchAsync(filter, AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<MessageDetail>, ProblemHttpResult>> DetailAsync(
        long id, ClaimsPrincipal user, MessageQueries messages, CancellationToken cancellationToken)
    {
        var detail = await messages.DetailAsync(id, AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false);
        return detail is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown message", detail: $"no message with id {id}")
            : TypedResults.Ok(detail);
    }

    private static async Task<Results<Ok<ResendOutcome>, ProblemHttpResult>> ResendAsync(long id, ClaimsPrincipal user, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService(typeof(IMessageResend)) is not IMessageResend resend)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Resend is not available", detail: "this host runs no delivery stage");
        }
        var outcomes = await resend.ResendAsync(new ResendSelection(Message: id.ToString(System.Globalization.CultureInfo.InvariantCulture)), AdminPrincipal.UserName(user),
            cancellationToken).ConfigureAwait(false);
        return outcomes.SingleOrDefault() is { } outcome
            ? TypedResults.Ok(outcome)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot resend", detail: $"message {id} does not exist or was not delivered");
    }
}
