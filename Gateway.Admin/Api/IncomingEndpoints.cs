using System.Security.Claims;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Gateway.Core.Incoming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/incoming/items</c>: the documents and afspraken arbodiensten sent, per employee and absence case.</summary>
internal static class IncomingEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/incoming/items", ListAsync).WithTags("Incoming").WithName("listIncomingItems")
            .WithSummary("Documents and afspraken received: account, employee (IdWrknmr), case, kind=document|afspraak; auditors see metadata only");

    private static async Task<Results<Ok<IReadOnlyList<IncomingItemRecord>>, ValidationProblem>> ListAsync(
        string? account, string? employee, string? @case, string? kind, string? take, ClaimsPrincipal user, IncomingQueries incoming, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var itemKind = errors.Enum<IncomingItemKind>(kind, "kind");
        var count = errors.Take(take, 200, 1000);
        if (errors.Any)
        {
            return errors.Problem();
        }
        return TypedResults.Ok(await incoming.ListAsync(InputErrors.Clean(account), InputErrors.Clean(employee), InputErrors.Clean(@case), itemKind, count,
            AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false));
    }
}
