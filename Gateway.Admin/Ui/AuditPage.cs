namespace Gateway.Admin.Ui;

/// <summary>The audit log, newest first, filtered by user and action.</summary>
internal static class AuditPage
{
    public static Html Render(UiPage page, Data.AuditPage audit, string? user, string? action, Html pager)
    {
        var t = page.T;
        var rows = audit.Items.Select(e => H.Of($"<tr><td>{UiPage.Time(e.AtUtc)}</td><td>{e.User}</td><td>{e.Action}</td><td>{e.Target}</td><td>{e.Reason}</td></tr>")).ToList();
        var body = H.Of($"""
            <form method="get" action="/ui/audit" class="filters">
              {UiComponents.TextInput("user", t.User, user)}
              {UiComponents.TextInput("action", t.Action, action)}
              <button type="submit" id="filter">{t.Filter}</button>
            </form>
            {UiComponents.Table("audit", [t.At, t.User, t.Action, t.Target, t.Reason], rows, t)}
            {pager}
            """);
        return UiLayout.Render(page, t.Audit, body);
    }
}
