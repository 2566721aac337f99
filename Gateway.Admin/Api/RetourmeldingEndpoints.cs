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
    /// <summary>The response header with the number of answered messages the filter matches (all pages).</summary>
    public const string TotalCountHeader = "X-Total-Count";

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/retourmeldingen", ListAsync).WithTags("Retourmeldingen").WithName("listRetourmeldingen")
            .WithSummary("Answered messages of the last days (default 7), newest first: outcome=acknowledged|rejected, account, skip and take (paging); "
                + "the X-Total-Count header gives how many match the filter");

    private static async Task<Results<Ok<IReadOnlyList<RetourmeldingRecord>>, ValidationProblem>> ListAsync(
        string? account, string? days, string? outcome, string? skip, string? take, ClaimsPrincipal user, RetourmeldingQueries retourmeldingen, HttpResponse response, CancellationToken cancellationToken)
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
        var filter = InputErrors.Clean(account);
        var total = await retourmeldingen.CountAsync(filter, period, state, cancellationToken).ConfigureAwait(false);
        response.Headers[TotalCountHeader] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(await retourmeldingen.ListAsync(filter, period, state, count, AdminPrincipal.SeesMasked(user), cancellationToken, from)
            .ConfigureAwait(false));
    }
}

/// <summary>The outcomes a Retourmelding list can be filtered on.</summary>
internal enum RetourmeldingOutcomeFilter
{
    Acknowledged = 1,
    Rejected = 2,
}
