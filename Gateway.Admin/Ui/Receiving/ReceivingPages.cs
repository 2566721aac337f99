using Gateway.Admin.Api;
using Gateway.Admin.Data;
using Gateway.Admin.Data.Receiving;
using Gateway.Core.Accounts;
using Gateway.Core.ReceivingRegister;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Ui.Receiving;

/// <summary>The GET handlers of the receiving pages: load through the same services as the API, render, answer.</summary>
internal static class ReceivingPages
{
    private const int PageSize = 50;
    private const int AccountFiles = 20;

    /// <summary>A receiving account's page: its last files, and the notices of the receiving actions.</summary>
    public static async Task<IResult> AccountAsync(UiPage page, AccountDetail detail, HttpContext context, CancellationToken cancellationToken)
    {
        page = WithNotice(page, context);
        var console = context.RequestServices.GetRequiredService<ReceivingConsole>();
        var r = ReceivingText.For(page.T);
        var sections = new List<Html>();
        if (console.Available)
        {
            var files = await console.FilesAsync(new ReceivedFileFilter(detail.Account.Name, null, null, null, null, null, 0, AccountFiles), page.Masked, cancellationToken)
                .ConfigureAwait(false);
            sections.Add(H.Of($"""
                <h2>{r.Files}</h2>
                {ReceivingTables.Files(page, "account-files", files.Items)}
                <p><a href="/ui/receiving?account={H.Url(detail.Account.Name)}" id="all-files">{r.Found(files.Total)}</a></p>
                """));
        }
        sections.Add(OverviewImportUi.Section(page, detail.Account.Name, context));
        return UiRequest.Html(ReceivingAccountPage.Render(page, detail, sections));
    }

    public static async Task<IResult> FilesAsync(HttpContext context, ReceivingConsole console, AccountControl accounts, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var query = Query(context, "account", "state", "type", "berrefnr", "from", "to");
        var errors = new InputErrors();
        var filter = new ReceivedFileFilter(query["account"], ReceivingEndpoints.OneOf(errors, query["state"], "state", ReceivingEndpoints.FileStates), query["type"],
            query["berrefnr"], errors.Moment(query["from"], "from", end: false), errors.Moment(query["to"], "to", end: true), Skip(context, errors), PageSize);
        var result = errors.Any || !console.Available ? null : await console.FilesAsync(filter, page.Masked, cancellationToken).ConfigureAwait(false);
        return UiRequest.Html(ReceivingConsolePages.Files(page, query, result, Names(accounts)), Status(errors, console));
    }

    public static async Task<IResult> FileAsync(long id, HttpContext context, ReceivingConsole console, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var document = console.Available ? await console.FileAsync(id, page.Masked, cancellationToken).ConfigureAwait(false) : null;
        return document is null
            ? UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound)
            : UiRequest.Html(ReceivingConsolePages.File(page, document));
    }

    public static async Task<IResult> CasesAsync(HttpContext context, ReceivingConsole console, AccountControl accounts, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var query = Query(context, "account", "employer", "employee", "case", "status");
        var errors = new InputErrors();
        var filter = new AbsenceCaseFilter(query["account"], query["employer"], query["employee"], query["case"],
            ReceivingEndpoints.OneOf(errors, query["status"], "status", ReceivingEndpoints.CaseStatuses), Skip(context, errors), PageSize);
        var result = errors.Any || !console.Available ? null : await console.CasesAsync(filter, page.Masked, cancellationToken).ConfigureAwait(false);
        return UiRequest.Html(ReceivingConsolePages.Cases(page, query, result, Names(accounts)), Status(errors, console));
    }

    public static async Task<IResult> CaseAsync(long id, HttpContext context, ReceivingConsole console, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var detail = console.Available ? await console.CaseAsync(id, page.Masked, cancellationToken).ConfigureAwait(false) : null;
        return detail is null
            ? UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound)
            : UiRequest.Html(ReceivingConsolePages.Case(page, detail));
    }

    public static async Task<IResult> RetourmeldingenAsync(HttpContext context, ReceivingConsole console, AccountControl accounts, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var query = Query(context, "account", "code", "from", "to");
        var errors = new InputErrors();
        var filter = new SentRetourmeldingFilter(query["account"], ReceivingEndpoints.OneOf(errors, query["code"], "code", ["02", "03"]), null,
            errors.Moment(query["from"], "from", end: false), errors.Moment(query["to"], "to", end: true), Skip(context, errors), PageSize);
        var result = errors.Any || !console.Available ? null : await console.RetourmeldingenAsync(filter, cancellationToken).ConfigureAwait(false);
        return UiRequest.Html(ReceivingConsolePages.Retourmeldingen(page, query, result, Names(accounts)), Status(errors, console));
    }

    public static async Task<IResult> ReportsAsync(HttpContext context, ReceivingConsole console, AccountControl accounts, CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var query = Query(context, "account", "from", "to");
        var errors = new InputErrors();
        var filter = new ProcessingReportFilter(query["account"], errors.Moment(query["from"], "from", end: false), errors.Moment(query["to"], "to", end: true),
            Skip(context, errors), PageSize);
        var result = errors.Any || !console.Available ? null : await console.ReportsAsync(filter, page.Masked, cancellationToken).ConfigureAwait(false);
        return UiRequest.Html(ReceivingConsolePages.Reports(page, query, result, Names(accounts)), Status(errors, console));
    }

    /// <summary>The page with the notice of a receiving action when the shared notices do not know its key.</summary>
    public static UiPage WithNotice(UiPage page, HttpContext context) =>
        page.Notice is null && context.Request.Query["notice"].ToString() is { Length: > 0 } key
            ? page with
            {
                Notice = ReceivingText.For(page.T).Notice(key, context.Request.Query["subject"].ToString(),
                    int.TryParse(context.Request.Query["count"], out var count) ? count : 0),
            }
            : page;

    private static Dictionary<string, string?> Query(HttpContext context, params string[] keys) =>
        keys.ToDictionary(k => k, k => InputErrors.Clean(context.Request.Query[k].ToString()), StringComparer.Ordinal);

    private static int Skip(HttpContext context, InputErrors errors) => errors.Skip(context.Request.Query["skip"].ToString());

    private static int Status(InputErrors errors, ReceivingConsole console) =>
        errors.Any ? StatusCodes.Status400BadRequest : console.Available ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;

    private static List<string> Names(AccountControl accounts) => [.. accounts.Accounts.Where(a => a.Role == AccountRole.Receiving).Select(a => a.Name)];
}
