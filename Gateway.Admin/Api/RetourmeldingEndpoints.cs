using System.Security.Claims;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Gateway.Core.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/retourmeldingen</c>: messages the receivers answered, acknowledged or rejected with reasons.</summary>
internal static class RetourmeldingEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/retourmeldingen", ListAsync).WithTags("Retourmeldingen").WithName("listRetourmeldingen")
            .WithSummary("Answered messages of the last days (default 7), newest first: outcome=acknowledged|rejected, account, skip and take (paging)");

    private static async Task<Results<Ok<IReadOnlyList<RetourmeldingRecord>>, ValidationProblem>> ListAsync(
        string? account, string? days, string? outcome, string? skip, string? take, ClaimsPrincipal user, RetourmeldingQueries retourmeldingen, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var period = errors.Number(days, "days", 7, 1, 3660);
        var state = errors.Enum<RetourmeldingOutcomeFilter>(outcome, "outcome") switch
        {
            RetourmeldingOutcomeFilter.Acknowledged => LedgerState.Acknowledged,
            RetourmeldingOutcomeFilter.Rejected => LedgerState.Rejected,
            _ => (LedgerState?)null,
        };
        var count = errors.Take(take, 200, 1000);
        var from = errors.Skip(skip);
        if (errors.Any)
        {
            return errors.Problem();
        }
        return TypedResults.Ok(await retourmeldingen.ListAsync(InputErrors.Clean(account), period, state, count, AdminPrincipal.SeesMasked(user), cancellationToken, from)
            .ConfigureAwait(false));
    }
}

/// <summary>The outcomes a Retourmelding list can be filtered on.</summary>
internal enum RetourmeldingOutcomeFilter
{
    Acknowledged = 1,
    Rejected = 2,
}
