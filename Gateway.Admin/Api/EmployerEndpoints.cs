using System.Security.Claims;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/employers</c>: employers per integration; activate after verification, or deactivate.</summary>
internal static class EmployerEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/employers").WithTags("Employers");
        group.MapGet("/", ListAsync).WithName("listEmployers")
            .WithSummary("Employers; inactive ones (awaiting verification) first. Filters: integration, active=true|false");
        group.MapPost("/{integration}/{code}/activate", (string integration, string code, ReasonRequest? request, ClaimsPrincipal user, EmployerAdministration employers, CancellationToken cancellationToken) =>
                SetActiveAsync(integration, code, true, request, user, employers, cancellationToken))
            .WithName("activateEmployer").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Activate after verification: its employees and absences flow from the next sync on");
        group.MapPost("/{integration}/{code}/deactivate", (string integration, string code, ReasonRequest? request, ClaimsPrincipal user, EmployerAdministration employers, CancellationToken cancellationToken) =>
                SetActiveAsync(integration, code, false, request, user, employers, cancellationToken))
            .WithName("deactivateEmployer").RequireAuthorization(AdminSchemes.ApiWrite)
            .WithSummary("Deactivate: its records stop flowing (nothing is deleted at the arbodienst)");
    }

    private static async Task<Results<Ok<IReadOnlyList<EmployerRecord>>, ValidationProblem>> ListAsync(
        string? integration, string? active, EmployerAdministration employers, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var activeFilter = errors.Boolean(active, "active");
        if (errors.Any)
        {
            return errors.Problem();
        }
        return TypedResults.Ok(await employers.ListAsync(InputErrors.Clean(integration), activeFilter, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<EmployerRecord>, ValidationProblem, ProblemHttpResult>> SetActiveAsync(
        string integration, string code, bool active, ReasonRequest? request, ClaimsPrincipal user, EmployerAdministration employers, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var reason = errors.Reason(request?.Reason, required: false);
        if (errors.Any)
        {
            return errors.Problem();
        }
        if (!await employers.SetActiveAsync(integration, code, active, AdminPrincipal.UserName(user), reason, cancellationToken).ConfigureAwait(false))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown employer",
                detail: $"integration '{integration}' has no employer with code '{code}'");
        }
        var list = await employers.ListAsync(integration, null, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(list.Single(e => e.Code == code));
    }
}
