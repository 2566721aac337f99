using Gateway.Admin.Data;

namespace Gateway.Admin.Ui.Receiving;

/// <summary>
/// A receiving account: state (or its initial state from the configuration), where its files come from, its files by
/// status; <b>Blokkeren</b> with a reason or — when blocked — <b>Herstarten</b> showing how many files are held and
/// asking whether to process them in arrival order or not at all; then the sections the caller adds (files, overviews, login); its audit entries.
/// </summary>
internal static class ReceivingAccountPage
{
    public static Html Render(UiPage page, AccountDetail detail, IReadOnlyList<Html> sections)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var a = detail.Account;
        var files = a.Files!;
        var path = "/ui/accounts/" + H.Url(a.Name);
        var state = a.Blocked ? UiComponents.Badge("blocked", t.Blocked, "account-state") : UiComponents.Badge("active", t.Active, "account-state");
        var changed = a.ChangedBy is null ? H.Of($"({r.InitialState})") : H.Of($"{UiPage.Time(a.ChangedUtc)} {a.ChangedBy}");
        var action = !page.IsAdmin ? Html.Empty : a.Blocked
            ? page.Form(path + "/restart", H.Of($"""
                <h2>{t.Restart}</h2>
                <p id="held-count" data-held="{a.Held}">{r.HeldFiles(a.Held)}</p>
                <label><input type="radio" name="pending" value="process" id="pending-process" required> {r.Process}</label>
                <label><input type="radio" name="pending" value="discard" id="pending-discard" required> {r.Discard}</label>
                <label>{t.Reason} <input type="text" name="reason" id="restart-reason" maxlength="500"></label>
                <button type="submit" id="restart">{t.Restart}</button>
                """), "block")
            : page.Form(path + "/block", H.Of($"""
                <h2>{t.Block}</h2>
                <p>{r.BlockExplanation}</p>
                <label>{t.Reason} <input type="text" name="reason" id="block-reason" maxlength="500"></label>
                <button type="submit" id="block">{t.Block}</button>
                """), "block");
        var audit = detail.Audit.Select(e => H.Of($"<tr><td>{UiPage.Time(e.AtUtc)}</td><td>{e.User}</td><td>{e.Action}</td><td>{e.Target}</td><td>{e.Reason}</td></tr>")).ToList();
        var body = H.Of($"""
            <dl>
              <dt>{t.State}</dt><dd>{state} {changed}</dd>
              <dt>{r.Kind}</dt><dd id="kind">{r.Term(detail.Delivery.Kind)}</dd>
              <dt>{r.Source}</dt><dd id="source">{detail.Delivery.Target}</dd>
              <dt>{t.Held}</dt><dd id="held">{files.Held}</dd>
              <dt>{r.Waiting}</dt><dd id="waiting">{files.Waiting}</dd>
              <dt>{r.Processed}</dt><dd id="processed">{files.Processed}</dd>
              <dt>{r.Refused}</dt><dd id="refused">{files.Refused}</dd>
              <dt>{r.Discarded}</dt><dd id="discarded">{files.Discarded}</dd>
            </dl>
            {action}
            {sections}
            <h2>{t.Audit}</h2>
            {UiComponents.Table("account-audit", [t.At, t.User, t.Action, t.Target, t.Reason], audit, t)}
            """);
        return UiLayout.Render(page, $"{t.Account} {a.Name}", body);
    }

    /// <summary>The receiving accounts for the dashboard: state and files by status.</summary>
    public static Html DashboardTable(UiPage page, IEnumerable<AccountSummary> accounts)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var rows = accounts.Where(a => a.IsReceiving).Select(a => H.Of($"""
            <tr id="receiving-{a.Name}">
              <td><a href="/ui/accounts/{H.Url(a.Name)}">{a.Name}</a></td><td>{r.Term(a.DeliveryKind)}</td>
              <td>{(a.Blocked ? UiComponents.Badge("blocked", t.Blocked) : UiComponents.Badge("active", t.Active))}</td>
              <td class="num">{a.Files!.Held}</td><td class="num">{a.Files.Waiting}</td><td class="num">{a.Files.Processed}</td>
              <td class="num">{a.Files.Refused}</td><td class="num">{a.Files.Discarded}</td>
            </tr>
            """)).ToList();
        return rows.Count == 0 ? Html.Empty : H.Of($"""
            <h2>{r.ReceivingAccounts}</h2>
            {UiComponents.Table("receiving-accounts", [t.Account, r.Kind, t.State, t.Held, r.Waiting, r.Processed, r.Refused, r.Discarded], rows, t)}
            """);
    }
}
