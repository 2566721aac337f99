using Gateway.Admin.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/integrations</c>: AFAS integrations, their connectors and pulls (a running pull shows its progress).</summary>
internal static class IntegrationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/integrations").WithTags("Integrations");
        group.MapGet("/", ListAsync).WithName("listIntegrations")
            .WithSummary("Integrations with each connector's last pull and last successful pull");
        group.MapGet("/{name}/pulls", PullsAsync).WithName("listPulls")
            .WithSummary("Pulls of an integration, newest first; filter by connector");
    }

    private static async Task<Ok<IReadOnlyList<IntegrationSummary>>> ListAsync(PullQueries pulls, CancellationToken cancellationToken) =>
        TypedResults.Ok(await pulls.IntegrationsAsync(cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<IReadOnlyList<PullRecord>>, ValidationProblem, ProblemHttpResult>> PullsAsync(
        string name, string? connector, string? take, PullQueries pulls, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var count = errors.Take(take);
        if (errors.Any)
        {
            return errors.Problem();
        }
        if (!pulls.Exists(name))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown integration", detail: $"integration '{name}' is not configured");
        }
        return TypedResults.Ok(await pulls.PullsAsync(name, InputErrors.Clean(connector), count, cancellationToken).ConfigureAwait(false));
    }
}
