using Gateway.Admin.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary>
/// The admin HTTP API under <c>/api</c>: everything readable by admins and auditors, changes by admins only (each
/// endpoint that changes something requires <see cref="AdminSchemes.ApiWrite"/>). Authenticated by API key only —
/// never by the UI's cookie — so the API needs no CSRF protection.
/// </summary>
internal static class AdminApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api")
            .RequireAuthorization(AdminSchemes.ApiRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        AccountEndpoints.Map(api);
        EmployerEndpoints.Map(api);
        GoLivePreviewEndpoints.Map(api);
        IntegrationEndpoints.Map(api);
        MessageEndpoints.Map(api);
        UitvalEndpoints.Map(api);
        RetourmeldingEndpoints.Map(api);
        IncomingEndpoints.Map(api);
        PartnerMessageEndpoints.Map(api);
        AuditEndpoints.Map(api);
        OutageEndpoints.Map(api);
        ScheduleEndpoints.Map(api);
        PendingPullEndpoints.Map(api);
        ReceivingEndpoints.Map(api);
    }
}
