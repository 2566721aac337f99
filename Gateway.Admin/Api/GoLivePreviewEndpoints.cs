using Gateway.Admin.Security;
using Gateway.Core.Employers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary>
/// <c>GET /api/employers/{code}/preview?account=A</c>: what activating the employer would send to the account (a live
/// read of AFAS; nothing is sent or stored). Admins only, as activation is: it asks AFAS for the employer's data.
/// </summary>
internal static class GoLivePreviewEndpoints
{
    public const int DefaultSamples = 3;
    public const int MaxSamples = 20;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGroup("/employers").WithTags("Employers")
            .MapGet("/{code}/preview", PreviewAsync).WithName("previewEmployer").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Go-live preview: messages per type, the uitval it would raise and sample messages (personal data masked) that activating the employer would send to the account; nothing is sent or stored");
    }

    private static async Task<Results<Ok<GoLivePreview>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        string code, string? account, string? samples, IServiceProvider services, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var accountName = InputErrors.Clean(account);
        if (accountName is null)
        {
            errors.Add("account", "is required: the partner account whose messages to preview");
        }
        var count = DefaultSamples;
        if (samples is not null && (!int.TryParse(samples, System.Globalization.CultureInfo.InvariantCulture, out count) || count is < 0 or > MaxSamples))
        {
            errors.Add("samples", $"must be a whole number from 0 to {MaxSamples}");
        }
        if (errors.Any)
        {
            return errors.Problem();
        }
        if (services.GetService(typeof(IGoLivePreview)) is not IGoLivePreview preview)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Preview is not available", detail: "this host runs no conversion stage");
        }
        try
        {
            return TypedResults.Ok(await preview.PreviewAsync(accountName!, code, count, cancellationToken).ConfigureAwait(false));
        }
        catch (KeyNotFoundException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown account", detail: e.Message);
        }
        catch (InvalidOperationException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing to preview", detail: e.Message);
        }
    }
}
