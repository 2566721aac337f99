using System.Security.Claims;
using Gateway.Admin.Security;
using Gateway.Core.Overviews;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Ui.Receiving;

/// <summary>
/// The start-up procedure's overview import on a receiving account's page (admins): a form with the two files (CSV or
/// .xlsx), and the action that imports them through Core's <see cref="IStartupOverviewImport"/> — all or nothing; a
/// refused import shows every bad row and changes nothing.
/// </summary>
internal static class OverviewImportUi
{
    /// <summary>The form, for admins when the receiving role is part of this gateway.</summary>
    public static Html Section(UiPage page, string account, HttpContext context)
    {
        if (!page.IsAdmin || context.RequestServices.GetService<IStartupOverviewImport>() is null)
        {
            return Html.Empty;
        }
        var r = ReceivingText.For(page.T);
        return H.Of($"""
            <h2>{r.Overviews}</h2>
            <p>{r.OverviewExplanation}</p>
            <form method="post" action="/ui/accounts/{H.Url(account)}/overviews" enctype="multipart/form-data" class="block">{page.FormToken}
              <label>{r.EmployeesOverview} <input type="file" name="employees" id="overview-employees" accept=".csv,.xlsx"></label>
              <label>{r.CasesOverview} <input type="file" name="cases" id="overview-cases" accept=".csv,.xlsx"></label>
              <button type="submit" id="overview-import">{r.Import}</button>
            </form>
            """);
    }

    public static async Task<IResult> ImportAsync(string name, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var importer = context.RequestServices.GetService<IStartupOverviewImport>();
        var employees = form.Files.GetFile("employees") is { Length: > 0 } e ? e : null;
        var cases = form.Files.GetFile("cases") is { Length: > 0 } c ? c : null;
        if (employees is null && cases is null)
        {
            return UiRequest.Message(context, StatusCodes.Status400BadRequest, t => t.FormExpired);
        }
        await using var employeesStream = employees?.OpenReadStream();
        await using var casesStream = cases?.OpenReadStream();
        var result = importer is null ? null : await importer.ImportAsync(name,
            employees is null ? null : new OverviewFile(Path.GetFileName(employees.FileName), employeesStream!),
            cases is null ? null : new OverviewFile(Path.GetFileName(cases.FileName), casesStream!),
            AdminPrincipal.UserName(user), cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return UiRequest.Message(context, StatusCodes.Status404NotFound, t => t.NotFound);
        }
        if (!result.Succeeded)
        {
            var page = UiRequest.Page(context);
            var r = ReceivingText.For(page.T);
            var errors = result.Errors.Select(error => H.Of($"<li>{error}</li>"));
            return UiRequest.Html(UiLayout.Render(page, r.Overviews, H.Of($"""
                <p class="error" id="overview-failed">{r.OverviewFailed}</p>
                <ul id="overview-errors">{errors}</ul>
                <p><a href="/ui/accounts/{H.Url(name)}" id="back">{name}</a></p>
                """)), StatusCodes.Status400BadRequest);
        }
        return UiRequest.Done("/ui/accounts/" + H.Url(name), "overview-imported", name, result.EmployeesAdded + result.CasesAdded);
    }
}
