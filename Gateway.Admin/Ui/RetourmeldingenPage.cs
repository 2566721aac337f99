using Gateway.Admin.Data;

namespace Gateway.Admin.Ui;

/// <summary>Retourmelding audit: what receivers answered, filtered by account, outcome and period, a page of 100 at a time.</summary>
internal static class RetourmeldingenPage
{
    public static Html Render(UiPage page, IReadOnlyList<RetourmeldingRecord> records, IReadOnlyList<string> accounts, string? account, string? outcome, int days, Html pager)
    {
        var t = page.T;
        var rows = records.Select(r => H.Of($"""
            <tr id="retour-{r.MessageId}"><td>{UiPage.Time(r.AnsweredUtc)}</td><td>{r.Account}</td><td><a href="/ui/messages/{r.MessageId}">{r.Berrefnr}</a></td>
            <td>{r.MessageType}</td><td>{r.CaseKey}</td><td>{UiComponents.Badge(r.Outcome, t.Term(r.Outcome))}</td><td>{UiPage.Time(r.DeliveredUtc)}</td><td>{r.Reasons}</td></tr>
            """)).ToList();
        var body = H.Of($"""
            <form method="get" action="/ui/retourmeldingen" class="filters">
              {UiComponents.Select("account", t.Account, accounts.Select(a => (a, a)), account, t.All)}
              {UiComponents.Select("outcome", t.Outcome, [("acknowledged", t.Term("Acknowledged")), ("rejected", t.Term("Rejected"))], outcome, t.All)}
              <label>{t.Days} <input type="number" name="days" id="days" min="1" max="3660" value="{days}"></label>
              <button type="submit" id="filter">{t.Filter}</button>
            </form>
            {UiComponents.Table("retourmeldingen", [t.Answered, t.Account, "Berrefnr", t.Type, t.Case, t.Outcome, t.Delivered, t.Reasons], rows, t)}
            {pager}
            """);
        return UiLayout.Render(page, t.Retourmeldingen, body);
    }
}
