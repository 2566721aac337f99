using System.Security.Claims;
using Gateway.Admin.Api;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Gateway.Core.Accounts;
using Gateway.Core.Uitval;
using Microsoft.AspNetCore.Http;

namespace Gateway.Admin.Ui;

/// <summary>
/// The form posts of the UI (admins only, antiforgery-checked by <see cref="UiSecurity"/>): they call the same
/// services as the API, then redirect back with a notice (post/redirect/get).
/// </summary>
internal static class UiActions
{
    public static async Task<IResult> BlockAsync(string name, HttpContext context, ClaimsPrincipal user, AccountAdministration accounts, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var errors = new InputErrors();
        var reason = errors.Reason(form["reason"], required: false);
        if (errors.Any)
        {
            return UiRequest.Message(context, StatusCodes.Status400BadRequest, t => t.FormExpired);
        }
        if (!accounts.Exists(name))
        {
            return UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound);
        }
        await accounts.BlockAsync(name, AdminPrincipal.UserName(user), reason, cancellationToken).ConfigureAwait(false);
        var summary = (await accounts.SummaryAsync(name, cancellationToken).ConfigureAwait(false))!;
        return UiRequest.Done("/ui/accounts/" + H.Url(name), (summary.IsReceiving ? "received-" : "") + "blocked", name, summary.Held);
    }

    public static async Task<IResult> RestartAsync(string name, HttpContext context, ClaimsPrincipal user, AccountAdministration accounts, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var errors = new InputErrors();
        var pending = errors.Enum<PendingChoice>(form["pending"], "pending");
        var reason = errors.Reason(form["reason"], required: false);
        if (errors.Any || pending is null)
        {
            return UiRequest.Message(context, StatusCodes.Status400BadRequest, t => t.FormExpired);
        }
        if (!accounts.Exists(name))
        {
            return UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound);
        }
        var count = await accounts.RestartAsync(name, pending.Value, AdminPrincipal.UserName(user), reason, cancellationToken).ConfigureAwait(false);
        var receiving = (await accounts.SummaryAsync(name, cancellationToken).ConfigureAwait(false))!.IsReceiving;
        return UiRequest.Done("/ui/accounts/" + H.Url(name), (receiving ? "received-" : "") + (pending == PendingChoice.Process ? "restarted-process" : "restarted-discard"), name, count);
    }

    public static async Task<IResult> SetEmployerAsync(string integration, string code, bool active, HttpContext context, ClaimsPrincipal user,
        EmployerAdministration employers, CancellationToken cancellationToken)
    {
        if (!await employers.SetActiveAsync(integration, code, active, AdminPrincipal.UserName(user), null, cancellationToken).ConfigureAwait(false))
        {
            return UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound);
        }
        return UiRequest.Done("/ui/employers", active ? "activated" : "deactivated", $"{integration}/{code}");
    }

    public static async Task<IResult> RetryAsync(long id, HttpContext context, ClaimsPrincipal user, UitvalAdministration uitval, CancellationToken cancellationToken)
    {
        var result = await uitval.RetryAsync(id, AdminPrincipal.UserName(user), cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            UitvalActionOutcome.Done => UiRequest.Done("/ui/uitval", "retried", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            UitvalActionOutcome.NotFound => UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound),
            _ => UiRequest.Done("/ui/uitval", "conflict", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>Bulk retry from the uitval page's form: the same filter rules as <c>POST /api/uitval/retry</c>.</summary>
    public static async Task<IResult> RetryMatchingAsync(HttpContext context, ClaimsPrincipal user, UitvalAdministration uitval, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var errors = new InputErrors();
        var selection = new UitvalSelection(InputErrors.Clean(form["bulk-account"]), errors.Enum<UitvalStage>(form["bulk-stage"], "stage"),
            InputErrors.Clean(form["bulk-reason"]), errors.Moment(form["bulk-since"], "since", end: false), errors.Moment(form["bulk-until"], "until", end: true));
        if (errors.Any || selection.Stage == UitvalStage.Connection)
        {
            return UiRequest.Message(context, StatusCodes.Status400BadRequest, t => t.FormExpired);
        }
        if (selection.IsEmpty)
        {
            return UiRequest.Done("/ui/uitval", "bulk-needs-filter", "");
        }
        var result = await uitval.RetryMatchingAsync(selection, AdminPrincipal.UserName(user), cancellationToken).ConfigureAwait(false);
        return UiRequest.Done("/ui/uitval", "bulk-retried", result.Filter, result.Retried);
    }

    public static async Task<IResult> DismissAsync(long id, HttpContext context, ClaimsPrincipal user, UitvalAdministration uitval, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var errors = new InputErrors();
        var reason = errors.Reason(form["reason"], required: true);
        if (errors.Any || reason is null)
        {
            return UiRequest.Message(context, StatusCodes.Status400BadRequest, t => t.ReasonRequired);
        }
        var result = await uitval.DismissAsync(id, AdminPrincipal.UserName(user), reason, cancellationToken).ConfigureAwait(false);
        return result.Outcome == UitvalActionOutcome.NotFound
            ? UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound)
            : UiRequest.Done("/ui/uitval", result.Outcome == UitvalActionOutcome.Done ? "dismissed" : "conflict", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
