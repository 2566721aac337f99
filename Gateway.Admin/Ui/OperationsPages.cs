using System.Globalization;
using System.Security.Claims;
using Gateway.Admin.Api;
using Gateway.Admin.Security;
using Gateway.Core.Pulls;
using Gateway.Core.Scheduling;
using Microsoft.AspNetCore.Http;

namespace Gateway.Admin.Ui;

/// <summary>The handlers of the operations pages (schedules, held pulls), beside <see cref="UiPages"/> and <see cref="UiActions"/>.</summary>
internal static class OperationsPages
{
    public static async Task<IResult> SchedulesAsync(HttpContext context, ScheduledJobStore jobs, CancellationToken cancellationToken) =>
        UiRequest.Html(SchedulesPage.Render(UiRequest.Page(context), await jobs.ListAsync(cancellationToken).ConfigureAwait(false)));

    public static async Task<IResult> PendingPullsAsync(HttpContext context, PendingPullStore pulls, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var all = context.Request.Query["all"] == "true";
        return UiRequest.Html(PendingPullsPage.Render(page, OperationsText.For(page.T).Notice(context), await pulls.ListAsync(all, cancellationToken).ConfigureAwait(false)));
    }

    public static Task<IResult> ApprovePullAsync(long id, HttpContext context, ClaimsPrincipal user, PendingPullStore pulls, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: true, context, user, pulls, cancellationToken);

    public static Task<IResult> RejectPullAsync(long id, HttpContext context, ClaimsPrincipal user, PendingPullStore pulls, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: false, context, user, pulls, cancellationToken);

    private static async Task<IResult> DecideAsync(long id, bool approve, HttpContext context, ClaimsPrincipal user, PendingPullStore pulls, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var errors = new InputErrors();
        var reason = errors.Reason(form["reason"], required: !approve);
        if (errors.Any)
        {
            return UiRequest.Message(context, StatusCodes.Status400BadRequest, t => t.ReasonRequired);
        }
        return await pulls.DecideAsync(id, approve, AdminPrincipal.UserName(user), reason, cancellationToken).ConfigureAwait(false) is null
            ? UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound)
            : UiRequest.Done("/ui/pulls", approve ? "pull-approved" : "pull-rejected", id.ToString(CultureInfo.InvariantCulture));
    }
}
