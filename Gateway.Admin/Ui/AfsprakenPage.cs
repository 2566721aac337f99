using Gateway.Admin.Data;

namespace Gateway.Admin.Ui;

/// <summary>Afspraken arbodiensten sent, per employee and absence case; auditors see them without their text.</summary>
internal static class AfsprakenPage
{
    public static Html Render(UiPage page, IReadOnlyList<IncomingItemRecord> records, string? employee, string? caseId)
    {
        var t = page.T;
        var rows = records.Select(r => H.Of($"""
            <tr id="afspraak-{r.Id}"><td>{r.Date:yyyy-MM-dd} {r.Time}</td><td>{r.Account}</td><td>{r.EmployeeId}</td><td>{r.CaseId}</td>
            <td>{r.Description ?? "—"}</td><td>{t.Term(r.DossierState)}</td><td>{r.AfasSubjectId}</td></tr>
            """)).ToList();
        var body = H.Of($"""
            <form method="get" action="/ui/afspraken" class="filters">
              <label>{t.Employee} <input name="employee" id="employee" value="{employee ?? ""}"></label>
              <label>{t.Case} <input name="case" id="case" value="{caseId ?? ""}"></label>
              <button type="submit" id="filter">{t.Filter}</button>
            </form>
            {UiComponents.Table("afspraken", [t.At, t.Account, t.Employee, t.Case, t.Content, t.State, "AFAS"], rows, t)}
            """);
        return UiLayout.Render(page, t.Afspraken, body);
    }
}
