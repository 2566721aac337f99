using Gateway.Admin.Data;

namespace Gateway.Admin.Ui;

/// <summary>Uitval with filters; admins retry or dismiss (with a reason) open entries, or retry every open entry a filter takes.</summary>
internal static class UitvalPage
{
    private static readonly string[] Statuses = ["Open", "Resolved", "Dismissed"];

    private static readonly string[] Stages = ["Import", "Transformation", "Validation", "Delivery", "Connection"];

    /// <summary>What a bulk retry can take: every stage but the outage alerts.</summary>
    private static readonly string[] RetryableStages = ["Import", "Transformation", "Validation", "Delivery"];

    public static Html Render(UiPage page, Data.UitvalPage result, string? status, string? stage, Html pager)
    {
        var t = page.T;
        var rows = result.Items.Select(u => Row(page, u)).ToList();
        var body = H.Of($"""
            <form method="get" action="/ui/uitval" class="filters">
              {UiComponents.Select("status", t.Status, Statuses.Select(s => (s.ToLowerInvariant(), t.Term(s))).Append(("all", t.All)), status ?? "open", t.All)}
              {UiComponents.Select("stage", t.Stage, Stages.Select(s => (s, t.Term(s))), stage, t.All)}
              <button type="submit" id="filter">{t.Filter}</button>
            </form>
            <p id="total">{t.Uitval}: {result.Total}</p>
            {UiComponents.Table("uitval", ["#", t.Created, t.Stage, $"{t.Integration} / {t.Account}", t.Connector, t.Record, t.Field, t.Reason, t.Status, t.Actions], rows, t)}
            {pager}
            {(page.IsAdmin ? RetryMatchingForm(page) : Html.Empty)}
            """);
        return UiLayout.Render(page, t.Uitval, body);
    }

    /// <summary>Bulk retry by filter (admins): account, stage, reason text, period.</summary>
    private static Html RetryMatchingForm(UiPage page)
    {
        var t = page.T;
        return H.Of($"""
            <h2>{t.RetryMatching}</h2>
            <p>{t.RetryMatchingExplanation}</p>
            {page.Form("/ui/uitval/retry", H.Of($"""
                <div class="filters">
                  {UiComponents.TextInput("bulk-account", $"{t.Integration} / {t.Account}", null)}
                  {UiComponents.Select("bulk-stage", t.Stage, RetryableStages.Select(s => (s, t.Term(s))), null, t.All)}
                  {UiComponents.TextInput("bulk-reason", t.ReasonContains, null)}
                  <label>{t.From} <input type="date" name="bulk-since" id="bulk-since"></label>
                  <label>{t.To} <input type="date" name="bulk-until" id="bulk-until"></label>
                  <button type="submit" id="retry-matching">{t.RetryMatching}</button>
                </div>
                """))}
            """);
    }

    private static Html Row(UiPage page, UitvalRecord u)
    {
        var t = page.T;
        var actions = page.IsAdmin && u.Status == "Open"
            ? H.Of($"""
                {page.Form($"/ui/uitval/{u.Id}/retry", H.Of($"<button type=\"submit\" id=\"retry-{u.Id}\">{t.Retry}</button>"))}
                {page.Form($"/ui/uitval/{u.Id}/dismiss", H.Of($"<input type=\"text\" name=\"reason\" id=\"dismiss-reason-{u.Id}\" placeholder=\"{t.ReasonRequired}\" required maxlength=\"500\"> <button type=\"submit\" id=\"dismiss-{u.Id}\">{t.Dismiss}</button>"))}
                """)
            : H.Of($"{u.ResolvedBy} {UiPage.Time(u.ResolvedUtc)}<br><small>{u.Resolution}</small>");
        var schema = u.SchemaError is null ? Html.Empty : H.Of($"<br><small>{u.SchemaError}</small>");
        return H.Of($"""
            <tr id="uitval-{u.Id}"><td>{u.Id}</td><td>{UiPage.Time(u.CreatedUtc)}</td><td>{t.Term(u.Stage)}</td><td>{string.Join(" / ", new[] { u.Integration, u.Account }.OfType<string>().Distinct())}</td><td>{u.Connector}</td>
            <td>{u.RecordKey}</td><td>{u.Field}</td><td>{u.Reason}{schema}</td><td class="status">{t.Term(u.Status)}</td><td>{actions}</td></tr>
            """);
    }
}
