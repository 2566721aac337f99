using Gateway.Admin.Data;
using Gateway.Admin.Ui.Charts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Ui;

/// <summary>
/// The alert banner on every page of a logged-in user: blocked accounts, pulls held for a decision, connectors whose
/// last pull failed. Loaded once per page view by an endpoint filter, kept in the request for <see cref="UiRequest.Page"/>.
/// </summary>
internal static class UiAlerts
{
    private const string ItemKey = "gateway.ui.alerts";

    public static async ValueTask<object?> LoadAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            context.Items[ItemKey] = await context.RequestServices.GetRequiredService<ConsoleAlertQuery>().LoadAsync(context.RequestAborted).ConfigureAwait(false);
        }
        return await next(invocation).ConfigureAwait(false);
    }

    /// <summary>The alerts loaded for this request, or none (the login page, an answer to a form post).</summary>
    public static ConsoleAlerts Of(HttpContext context) => context.Items[ItemKey] as ConsoleAlerts ?? ConsoleAlerts.None;

    public static Html Render(UiText t, ConsoleAlerts alerts)
    {
        if (!alerts.Any)
        {
            return Html.Empty;
        }
        var c = ChartText.For(t);
        var blocked = H.When(alerts.BlockedAccounts.Count > 0, H.Of($"""
            <li id="alert-blocked">{c.BlockedAccounts(string.Join(", ", alerts.BlockedAccounts))} {alerts.BlockedAccounts.Select(a => H.Of($"<a href=\"/ui/accounts/{H.Url(a)}\">{a}</a> "))}</li>
            """));
        var pending = H.When(alerts.PendingPulls > 0, H.Of($"<li id=\"pending-pulls-banner\"><a href=\"/ui/pulls\">{OperationsText.For(t).Banner(alerts.PendingPulls)}</a></li>"));
        var failed = H.When(alerts.FailedPulls.Count > 0, H.Of($"<li id=\"alert-failed-pulls\"><a href=\"/ui#pulls\">{c.FailedPulls(string.Join(", ", alerts.FailedPulls))}</a></li>"));
        return H.Of($"<section class=\"alerts\" id=\"alerts\" role=\"alert\"><ul>{blocked}{pending}{failed}</ul></section>");
    }
}
