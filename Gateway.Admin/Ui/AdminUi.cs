using Gateway.Admin.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Ui;

/// <summary>
/// The web UI under <c>/ui</c>: server-rendered HTML (no scripts, no external resources), Dutch by default and English
/// with <c>?lang=en</c> (remembered in a cookie). Pages need a session (login with an API key); form posts need the
/// admin role and a valid antiforgery token.
/// </summary>
internal static class AdminUi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var ui = endpoints.MapGroup("/ui").ExcludeFromDescription().AddEndpointFilter(UiSecurity.HeadersAsync);
        ui.MapGet("/admin.css", () => Results.Text(AdminStyles.Css, "text/css; charset=utf-8")).AllowAnonymous();
        ui.MapGet("/favicon.svg", () => Results.Text(AdminStyles.Icon, "image/svg+xml")).AllowAnonymous();
        ui.MapGet("/login", (HttpContext context, string? returnUrl) => UiSession.Form(context, returnUrl)).AllowAnonymous();
        ui.MapPost("/login", UiSession.LoginAsync).AllowAnonymous().AddEndpointFilter(UiSecurity.AntiforgeryAsync);

        var read = ui.MapGroup("/").RequireAuthorization(AdminSchemes.UiRead).AddEndpointFilter(UiAlerts.LoadAsync);
        read.MapPost("/logout", UiSession.LogoutAsync).AddEndpointFilter(UiSecurity.AntiforgeryAsync);
        read.MapGet("/", UiPages.DashboardAsync);
        read.MapGet("/accounts/{name}", UiPages.AccountAsync);
        read.MapGet("/employers", UiPages.EmployersAsync);
        read.MapGet("/uitval", UiPages.UitvalAsync);
        read.MapGet("/retourmeldingen", UiPages.RetourmeldingenAsync);
        read.MapGet("/afspraken", UiPages.AfsprakenAsync);
        read.MapGet("/messages", UiPages.MessagesAsync);
        read.MapGet("/messages/{id:long}", UiPages.MessageAsync);
        read.MapGet("/audit", UiPages.AuditAsync);
        read.MapGet("/schedules", OperationsPages.SchedulesAsync);
        read.MapGet("/pulls", OperationsPages.PendingPullsAsync);
        Receiving.ReceivingUi.MapReads(read);

        var write = read.MapGroup("/").RequireAuthorization(AdminSchemes.UiWrite).AddEndpointFilter(UiSecurity.AntiforgeryAsync);
        write.MapPost("/accounts/{name}/block", UiActions.BlockAsync);
        write.MapPost("/pulls/{id:long}/approve", OperationsPages.ApprovePullAsync);
        write.MapPost("/pulls/{id:long}/reject", OperationsPages.RejectPullAsync);
        write.MapPost("/accounts/{name}/restart", UiActions.RestartAsync);
        write.MapPost("/accounts/{name}/overviews", Receiving.OverviewImportUi.ImportAsync);
        write.MapPost("/employers/{integration}/{code}/activate", (string integration, string code, HttpContext context, System.Security.Claims.ClaimsPrincipal user, Data.EmployerAdministration employers, CancellationToken cancellationToken) =>
            UiActions.SetEmployerAsync(integration, code, true, context, user, employers, cancellationToken));
        write.MapPost("/employers/{integration}/{code}/deactivate", (string integration, string code, HttpContext context, System.Security.Claims.ClaimsPrincipal user, Data.EmployerAdministration employers, CancellationToken cancellationToken) =>
            UiActions.SetEmployerAsync(integration, code, false, context, user, employers, cancellationToken));
        write.MapGet("/employers/{integration}/{code}/preview", GoLivePreviewPage.ShowAsync);
        write.MapPost("/messages/{id:long}/resend", MessageResendUi.ResendAsync);
        write.MapPost("/uitval/retry", UiActions.RetryMatchingAsync);
        write.MapPost("/uitval/{id:long}/retry", UiActions.RetryAsync);
        write.MapPost("/uitval/{id:long}/dismiss", UiActions.DismissAsync);
    }
}
