using Gateway.Admin.Data;

namespace Gateway.Admin.Ui;

/// <summary>Message search and one message with its XML pretty-printed (masked for auditors).</summary>
internal static class MessagePages
{
    private static readonly string[] States = ["Validated", "Queued", "Delivered", "Acknowledged", "Rejected", "Failed", "Held", "Discarded"];

    public static Html Search(UiPage page, IReadOnlyDictionary<string, string?> query, MessagePage? result, IReadOnlyList<string> accounts, Html pager)
    {
        var t = page.T;
        var filters = H.Of($"""
            <form method="get" action="/ui/messages" class="filters">
              {UiComponents.Select("account", t.Account, accounts.Select(a => (a, a)), query.GetValueOrDefault("account"), t.All)}
              {UiComponents.TextInput("type", t.Type, query.GetValueOrDefault("type"))}
              {UiComponents.TextInput("employee", t.Employee, query.GetValueOrDefault("employee"))}
              {UiComponents.TextInput("case", t.Case, query.GetValueOrDefault("case"))}
              {UiComponents.TextInput("berrefnr", "Berrefnr", query.GetValueOrDefault("berrefnr"))}
              {UiComponents.Select("state", t.State, States.Select(s => (s, t.Term(s))), query.GetValueOrDefault("state"), t.All)}
              <label>{t.From} <input type="date" name="from" id="from" value="{query.GetValueOrDefault("from")}"></label>
              <label>{t.To} <input type="date" name="to" id="to" value="{query.GetValueOrDefault("to")}"></label>
              <button type="submit" id="search">{t.Filter}</button>
            </form>
            """);
        var results = result is null ? Html.Empty : H.Of($"<p id=\"found\">{t.MessagesFound(result.Total)}</p>{MessageTable(page, "messages", result.Items)}{pager}");
        return UiLayout.Render(page, t.Messages, H.Of($"{filters}{results}"));
    }

    public static Html Detail(UiPage page, MessageDetail detail)
    {
        var t = page.T;
        var m = detail.Message;
        var masked = detail.Masked ? H.Of($"<p class=\"masked\" id=\"masked\">{t.MaskedNotice}</p>") : Html.Empty;
        var body = H.Of($"""
            <dl>
              <dt>{t.Account}</dt><dd><a href="/ui/accounts/{H.Url(m.Account)}">{m.Account}</a></dd>
              <dt>{t.Type}</dt><dd>{m.MessageType} ({m.Release})</dd>
              <dt>Berrefnr</dt><dd id="berrefnr">{m.Berrefnr}</dd>
              <dt>{t.FileName}</dt><dd>{m.FileName}</dd>
              <dt>{t.Case}</dt><dd>{m.CaseKey}</dd>
              <dt>{t.Employee}</dt><dd>{detail.EmployeeKey}</dd>
              <dt>{t.State}</dt><dd>{UiComponents.Badge(m.State, t.Term(m.State), "message-state")}</dd>
              <dt>{t.Created}</dt><dd>{UiPage.Time(m.CreatedUtc)}</dd>
              <dt>{t.Delivered}</dt><dd>{UiPage.Time(m.DeliveredUtc)}</dd>
              <dt>{t.Acknowledged}</dt><dd>{UiPage.Time(m.AcknowledgedUtc)}</dd>
              <dt>{t.Attempts}</dt><dd>{m.Attempts}</dd>
              <dt>{t.LastError}</dt><dd>{m.LastError}</dd>
            </dl>
            {MessageResendUi.Button(page, m)}
            <h2>{t.Content}</h2>
            {masked}
            <pre class="xml" id="xml">{detail.Xml}</pre>
            """);
        return UiLayout.Render(page, t.MessageTitle(m.Id), body);
    }

    /// <summary>Messages as a table linking to their detail page.</summary>
    public static Html MessageTable(UiPage page, string id, IReadOnlyList<MessageSummary> messages)
    {
        var t = page.T;
        var rows = messages.Select(m => H.Of($"""
            <tr id="message-{m.Id}">
              <td><a href="/ui/messages/{m.Id}">{m.Id}</a></td><td>{UiPage.Time(m.CreatedUtc)}</td><td>{m.Account}</td><td>{m.MessageType}</td>
              <td>{m.Berrefnr}</td><td>{m.CaseKey}</td><td>{UiComponents.Badge(m.State, t.Term(m.State))}</td>
              <td class="num">{m.Attempts}</td><td>{UiPage.Time(m.DeliveredUtc)}</td><td>{m.LastError}</td>
            </tr>
            """)).ToList();
        return UiComponents.Table(id, ["#", t.Created, t.Account, t.Type, "Berrefnr", t.Case, t.State, t.Attempts, t.Delivered, t.LastError], rows, t);
    }
}
