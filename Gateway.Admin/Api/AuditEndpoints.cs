using System.Security.Claims;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary><c>/api/audit</c> (the audit log) and <c>/api/dashboard</c> (the operator's overview).</summary>
internal static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/audit", ListAsync).WithTags("Audit").WithName("listAudit")
            .WithSummary("Audit log, newest first: user, action prefix (account.), target prefix, from/to");
        api.MapGet("/dashboard", DashboardAsync).WithTags("Dashboard").WithName("getDashboard")
            .WithSummary("Accounts and queue depths, last pull per connector, open uitval per stage, rejections of the last 7 days");
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListAsync(
        string? user, string? action, string? target, string? from, string? to, string? skip, string? take,
        ClaimsPrincipal principal, AuditAdministration audit, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var filter = new AuditFilter(InputErrors.Clean(user), InputErrors.Clean(action), InputErrors.Clean(target),
            errors.Moment(from, "from", end: false), errors.Moment(to, "to", end: true), errors.Skip(skip), errors.Take(take, 100, 1000));
        if (errors.Any)
        {
            return errors.Problem();
        }
        return TypedResults.Ok(await audit.ListAsync(filter, AdminPrincipal.SeesMasked(principal), cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Ok<Dashboard>> DashboardAsync(ClaimsPrincipal principal, DashboardQuery dashboard, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dashboard.LoadAsync(AdminPrincipal.SeesMasked(principal), cancellationToken).ConfigureAwait(false));
}
