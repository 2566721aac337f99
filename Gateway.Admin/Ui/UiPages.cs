using Gateway.Admin.Api;
using Gateway.Admin.Data;
using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Uitval;
using Microsoft.AspNetCore.Http;

namespace Gateway.Admin.Ui;

/// <summary>The GET handlers of the UI: load through the same services as the API, render, answer.</summary>
internal static class UiPages
{
    private const int MessagePageSize = 100;
    private const int UitvalPageSize = 200;
    private const int AuditPageSize = 200;
    private const int RetourmeldingPageSize = 100;

    private static readonly string[] MessageQueryKeys = ["account", "type", "employee", "case", "berrefnr", "state", "from", "to"];

    public static async Task<IResult> DashboardAsync(HttpContext context, DashboardQuery dashboard, Data.Charts.DashboardChartsQuery charts, NextRunQuery nextRuns,
        CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        return UiRequest.Html(DashboardPage.Render(page, await dashboard.LoadAsync(page.Masked, cancellationToken).ConfigureAwait(false),
            await charts.LoadAsync(cancellationToken).ConfigureAwait(false), nextRuns.List()));
    }

    public static async Task<IResult> AccountAsync(string name, HttpContext context, AccountAdministration accounts, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var detail = await accounts.DetailAsync(name, page.Masked, 100, cancellationToken).ConfigureAwait(false);
        return detail is null
            ? UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound)
            : detail.Account.IsReceiving
                ? await Receiving.ReceivingPages.AccountAsync(page, detail, context, cancellationToken).ConfigureAwait(false)
                : UiRequest.Html(AccountPage.Render(page, detail));
    }

    public static async Task<IResult> EmployersAsync(bool? all, HttpContext context, EmployerAdministration employers, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var list = await employers.ListAsync(null, all == true ? null : false, cancellationToken).ConfigureAwait(false);
        return UiRequest.Html(EmployersPage.Render(page, list, all == true));
    }

    public static async Task<IResult> UitvalAsync(string? status, string? stage, HttpContext context, UitvalAdministration uitval, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var errors = new InputErrors();
        var all = string.Equals(status, "all", StringComparison.OrdinalIgnoreCase);
        var statusFilter = all ? null : errors.Enum<UitvalStatus>(status, "status") ?? (InputErrors.Clean(status) is null ? UitvalStatus.Open : null);
        var filter = new UitvalFilter(statusFilter, errors.Enum<UitvalStage>(stage, "stage"), null, SkipOf(context), UitvalPageSize);
        var result = await uitval.ListAsync(filter, page.Masked, cancellationToken).ConfigureAwait(false);
        return UiRequest.Html(UitvalPage.Render(page, result, InputErrors.Clean(status)?.ToLowerInvariant(), InputErrors.Clean(stage), Pager(page, context, result.Total, result.Skip, result.Take)));
    }

    public static async Task<IResult> RetourmeldingenAsync(string? account, string? outcome, string? days, HttpContext context,
        RetourmeldingQueries retourmeldingen, AccountCatalog catalog, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var errors = new InputErrors();
        var period = errors.Number(days, "days", DashboardQuery.RejectionDays, 1, 3660);
        var state = errors.Enum<RetourmeldingOutcomeFilter>(outcome, "outcome") switch
        {
            RetourmeldingOutcomeFilter.Acknowledged => LedgerState.Acknowledged,
            RetourmeldingOutcomeFilter.Rejected => LedgerState.Rejected,
            _ => (LedgerState?)null,
        };
        var skip = SkipOf(context);
        var records = await retourmeldingen.ListAsync(InputErrors.Clean(account), period, state, RetourmeldingPageSize, page.Masked, cancellationToken, skip).ConfigureAwait(false);
        var total = await retourmeldingen.CountAsync(InputErrors.Clean(account), period, state, cancellationToken).ConfigureAwait(false);
        return UiRequest.Html(RetourmeldingenPage.Render(page, records, AccountNames(catalog), InputErrors.Clean(account), InputErrors.Clean(outcome)?.ToLowerInvariant(), period,
            Pager(page, context, total, skip, RetourmeldingPageSize)));
    }

    public static async Task<IResult> AfsprakenAsync(string? employee, string? @case, HttpContext context, IncomingQueries incoming, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var records = await incoming.ListAsync(null, InputErrors.Clean(employee), InputErrors.Clean(@case), Core.Incoming.IncomingItemKind.Afspraak, 500, page.Masked,
            cancellationToken).ConfigureAwait(false);
        return UiRequest.Html(AfsprakenPage.Render(page, records, InputErrors.Clean(employee), InputErrors.Clean(@case)));
    }

    public static async Task<IResult> MessagesAsync(HttpContext context, MessageQueries messages, AccountCatalog catalog, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var query = MessageQueryKeys.ToDictionary(k => k, k => InputErrors.Clean(context.Request.Query[k].ToString()), StringComparer.Ordinal);
        var errors = new InputErrors();
        var filter = new MessageFilter(query["account"], query["type"], query["employee"], query["case"], query["berrefnr"],
            errors.Enum<LedgerState>(query["state"], "state"), errors.Moment(query["from"], "from", end: false), errors.Moment(query["to"], "to", end: true),
            SkipOf(context), MessagePageSize);
        var result = errors.Any ? null : await messages.SearchAsync(filter, page.Masked, cancellationToken).ConfigureAwait(false);
        var pager = result is null ? Html.Empty : Pager(page, context, result.Total, result.Skip, result.Take);
        return UiRequest.Html(MessagePages.Search(page, query, result, AccountNames(catalog), pager), errors.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    public static async Task<IResult> MessageAsync(long id, HttpContext context, MessageQueries messages, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var detail = await messages.DetailAsync(id, page.Masked, cancellationToken).ConfigureAwait(false);
        return detail is null
            ? UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound)
            : UiRequest.Html(MessagePages.Detail(page, detail));
    }

    public static async Task<IResult> AuditAsync(string? user, string? action, HttpContext context, AuditAdministration audit, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var result = await audit.ListAsync(new AuditFilter(InputErrors.Clean(user), InputErrors.Clean(action), null, null, null, SkipOf(context), AuditPageSize), page.Masked, cancellationToken).ConfigureAwait(false);
        return UiRequest.Html(AuditPage.Render(page, result, InputErrors.Clean(user), InputErrors.Clean(action), Pager(page, context, result.Total, result.Skip, result.Take)));
    }

    /// <summary>Where the shown page starts (<c>?skip=</c>); a bad value shows the first page.</summary>
    private static int SkipOf(HttpContext context) => new InputErrors().Skip(context.Request.Query[UiPager.SkipKey].ToString());

    private static Html Pager(UiPage page, HttpContext context, int total, int skip, int take) =>
        UiPager.Render(page.T, context.Request.Path.Value ?? "", context.Request.Query, total, skip, take);

    private static List<string> AccountNames(AccountCatalog catalog) => [.. catalog.All.Select(a => a.Name).Order(StringComparer.Ordinal)];
}
