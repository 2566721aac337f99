using Gateway.Admin.Data;

namespace Gateway.Admin.Ui;

/// <summary>One account: state, delivery target and host key, block or restart (with the held count and the choice), history, audit.</summary>
internal static class AccountPage
{
    public static Html Render(UiPage page, AccountDetail detail)
    {
        var t = page.T;
        var a = detail.Account;
        var path = "/ui/accounts/" + H.Url(a.Name);
        var state = a.Blocked ? UiComponents.Badge("blocked", t.Blocked, "account-state") : UiComponents.Badge("active", t.Active, "account-state");
        var action = !page.IsAdmin ? Html.Empty : a.Blocked
            ? page.Form(path + "/restart", H.Of($"""
                <h2>{t.Restart}</h2>
                <p id="held-count" data-held="{a.Held}">{t.HeldMessages(a.Held)}</p>
                <label><input type="radio" name="pending" value="process" id="pending-process" required> {t.Process}</label>
                <label><input type="radio" name="pending" value="discard" id="pending-discard" required> {t.Discard}</label>
                <label>{t.Reason} <input type="text" name="reason" id="restart-reason" maxlength="500"></label>
                <button type="submit" id="restart">{t.Restart}</button>
                """), "block")
            : page.Form(path + "/block", H.Of($"""
                <h2>{t.Block}</h2>
                <p>{t.BlockExplanation}</p>
                <label>{t.Reason} <input type="text" name="reason" id="block-reason" maxlength="500"></label>
                <button type="submit" id="block">{t.Block}</button>
                """), "block");
        var audit = detail.Audit.Select(e => H.Of($"<tr><td>{UiPage.Time(e.AtUtc)}</td><td>{e.User}</td><td>{e.Action}</td><td>{e.Target}</td><td>{e.Reason}</td></tr>")).ToList();
        var body = H.Of($"""
            <dl>
              <dt>{t.State}</dt><dd>{state} {UiPage.Time(a.ChangedUtc)} {a.ChangedBy}</dd>
              <dt>{t.Integration}</dt><dd>{a.Integration}</dd>
              <dt>{t.Delivery}</dt><dd>{detail.Delivery.Kind}: {detail.Delivery.Target}</dd>
              <dt>{t.HostKey}</dt><dd id="host-key">{detail.Delivery.HostKey ?? "–"}</dd>
              <dt>{t.Held}</dt><dd id="held">{a.Held}</dd>
              <dt>{t.Queued}</dt><dd id="queued">{a.Queued}</dd>
              <dt>{t.Delivered}</dt><dd>{a.Delivered + a.Acknowledged}</dd>
              <dt>{t.Failed}</dt><dd>{a.Failed}</dd>
            </dl>
            {action}
            <h2>{t.History}</h2>
            {MessagePages.MessageTable(page, "history", detail.History)}
            <h2>{t.Audit}</h2>
            {UiComponents.Table("account-audit", [t.At, t.User, t.Action, t.Target, t.Reason], audit, t)}
            """);
        return UiLayout.Render(page, $"{t.Account} {a.Name}", body);
    }
}
