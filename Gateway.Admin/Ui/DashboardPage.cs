using Gateway.Admin.Data;

namespace Gateway.Admin.Ui;

/// <summary>
/// The overview: accounts with state and queue depths, the last pull per connector (a running pull with its progress;
/// the page refreshes itself while one runs), open uitval per stage, Retourmelding rejections of the last days, the
/// next scheduled runs, and the trends of the last 30 days as charts.
/// </summary>
internal static class DashboardPage
{
    public static Html Render(UiPage page, Dashboard dashboard, Data.Charts.DashboardCharts charts, IReadOnlyList<NextRun> nextRuns)
    {
        var t = page.T;
        var accounts = dashboard.Accounts.Where(a => !a.IsReceiving).Select(a => H.Of($"""
            <tr id="account-{a.Name}">
              <td><a href="/ui/accounts/{H.Url(a.Name)}">{a.Name}</a></td><td>{a.Integration}</td><td>{a.DeliveryKind}</td>
              <td>{(a.Blocked ? UiComponents.Badge("blocked", t.Blocked) : UiComponents.Badge("active", t.Active))}</td>
              <td class="num">{a.Held}</td><td class="num">{a.Queued}</td><td class="num">{a.Delivered + a.Acknowledged}</td>
              <td class="num">{a.Rejected}</td><td class="num">{a.Failed}</td>
            </tr>
            """)).ToList();
        var pulls = dashboard.Integrations.SelectMany(i => i.Connectors.Select(c => PullRow(t, i.Name, c))).ToList();
        var uitval = dashboard.OpenUitval.OrderBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => H.Of($"<tr><td>{t.Term(u.Key)}</td><td class=\"num\"><a href=\"/ui/uitval?stage={u.Key}\">{u.Value}</a></td></tr>")).ToList();
        var rejections = dashboard.RecentRejections.Select(r => H.Of($"""
            <tr><td>{UiPage.Time(r.AnsweredUtc)}</td><td>{r.Account}</td><td><a href="/ui/messages/{r.MessageId}">{r.Berrefnr}</a></td><td>{r.MessageType}</td><td>{r.Reasons}</td></tr>
            """)).ToList();
        var body = H.Of($"""
            {H.When(dashboard.PullRunning, H.Of($"<p class=\"notice\" id=\"refreshing\">{t.AutoRefresh}</p>"))}
            <h2>{t.Accounts}</h2>
            {UiComponents.Table("accounts", [t.Account, t.Integration, t.Delivery, t.State, t.Held, t.Queued, t.Delivered, t.Term("Rejected"), t.Failed], accounts, t)}
            {Receiving.ReceivingAccountPage.DashboardTable(page, dashboard.Accounts)}
            <h2>{t.Pulls}</h2>
            {UiComponents.Table("pulls", [t.Integration, t.Connector, t.Status, t.Started, t.Finished, t.Rows, t.NewChangedGone, t.Uitval], pulls, t)}
            <h2>{t.OpenUitval}</h2>
            {UiComponents.Table("open-uitval", [t.Stage, t.OpenUitval], uitval, t)}
            <h2>{t.RejectionsOfDays(dashboard.RejectionDays)}: <span id="rejections">{dashboard.Rejections}</span></h2>
            {UiComponents.Table("rejections-list", [t.Answered, t.Account, "Berrefnr", t.Type, t.Reasons], rejections, t)}
            <p><a href="/ui/retourmeldingen?outcome=rejected">{t.Retourmeldingen}</a></p>
            {NextRunsTable.Render(t, nextRuns)}
            {Charts.DashboardTrends.Render(t, charts)}
            """);
        return UiLayout.Render(page, t.Dashboard, body, refresh: dashboard.PullRunning);
    }

    private static Html PullRow(UiText t, string integration, ConnectorSummary connector)
    {
        var pull = connector.LastPull;
        if (pull is null)
        {
            return H.Of($"<tr><td>{integration}</td><td>{connector.Connector}</td><td colspan=\"6\">{(connector.Enabled ? t.Never : t.Disabled)}</td></tr>");
        }
        var status = pull.RunningSeconds is { } seconds
            ? H.Of($"{UiComponents.Badge("Running", t.Term("Running"))} <span class=\"progress\">{t.RunningFor(seconds, pull.Rows)}</span>")
            : H.Of($"{UiComponents.Badge(pull.Status, t.Term(pull.Status))} {pull.Error}");
        return H.Of($"""
            <tr class="pull {pull.Status}"><td>{integration}</td><td>{connector.Connector}</td><td>{status}</td><td>{UiPage.Time(pull.StartedUtc)}</td>
            <td>{UiPage.Time(pull.FinishedUtc)}</td><td class="num">{pull.Rows}</td><td>{pull.New} / {pull.Changed} / {pull.Gone}</td><td class="num">{pull.Uitval}</td></tr>
            """);
    }
}
