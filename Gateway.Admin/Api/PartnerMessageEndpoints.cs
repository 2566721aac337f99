using System.Security.Claims;
using System.Text.Json;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/partner-messages</c>: the receiving role's Documenten and Afspraken to its partners: queue one (admins), list them.</summary>
internal static class PartnerMessageEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/partner-messages").WithTags("Partner messages");
        group.MapGet("/", ListAsync).WithName("listPartnerMessages").WithSummary("Documenten and Afspraken sent or to send to partners, newest first: account");
        group.MapPost("/", RequestAsync).WithName("requestPartnerMessage").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Queue a Documenten or Afspraken message for a receiving account's partner: {account, request (as in the drop folder), document (base64, Documenten)}");
    }

    private static async Task<Results<Ok<IReadOnlyList<PartnerMessageRecord>>, ValidationProblem>> ListAsync(
        string? account, string? take, PartnerMessageAdministration messages, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var count = errors.Take(take, 200, 1000);
        if (errors.Any)
        {
            return errors.Problem();
        }
        return TypedResults.Ok(await messages.ListAsync(InputErrors.Clean(account), count, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Created<PartnerMessageQueued>, ValidationProblem>> RequestAsync(
        PartnerMessageRequest? body, ClaimsPrincipal user, PartnerMessageAdministration messages, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        byte[]? document = null;
        if (body?.Document is { Length: > 0 } encoded)
        {
            try
            {
                document = Convert.FromBase64String(encoded);
            }
            catch (FormatException)
            {
                errors.Add("document", "is not valid base64");
            }
        }
        if (InputErrors.Clean(body?.Account) is not { } account)
        {
            errors.Add("account", "is required");
            return errors.Problem();
        }
        if (errors.Any)
        {
            return errors.Problem();
        }
        var (id, field, error) = await messages.RequestAsync(account, body!.Request, document, AdminPrincipal.UserName(user), cancellationToken).ConfigureAwait(false);
        if (id is null)
        {
            errors.Add(field!, error!);
            return errors.Problem();
        }
        return TypedResults.Created($"/api/partner-messages?account={Uri.EscapeDataString(account)}", new PartnerMessageQueued(id.Value));
    }
}

/// <summary>POST body: the receiving account, the request (the drop folder's JSON) and, for Documenten, the document in base64.</summary>
internal sealed record PartnerMessageRequest(string? Account, JsonElement Request, string? Document);

internal sealed record PartnerMessageQueued(long Id);
