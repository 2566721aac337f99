using Gateway.Admin.Api;
using Gateway.Admin.Data.Receiving;
using Gateway.Core.ReceivingRegister;

namespace Gateway.Admin.Ui.Receiving;

/// <summary>The receiving console's pages: received files, one file, the case register, one case, Retourmeldingen sent, processing reports.</summary>
internal static class ReceivingConsolePages
{
    public static Html Files(UiPage page, IReadOnlyDictionary<string, string?> query, RegisterPage<ReceivedFileView>? result, IReadOnlyList<string> accounts)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var body = H.Of($"""
            {ReceivingTables.SubNav(r, "files")}
            <form method="get" action="/ui/receiving" class="filters">
              {UiComponents.Select("account", t.Account, accounts.Select(a => (a, a)), query.GetValueOrDefault("account"), t.All)}
              {UiComponents.Select("state", t.Status, ReceivingEndpoints.FileStates.Select(s => (s, r.Term(s))), query.GetValueOrDefault("state"), t.All)}
              {UiComponents.TextInput("type", t.Type, query.GetValueOrDefault("type"))}
              {UiComponents.TextInput("berrefnr", "Berrefnr", query.GetValueOrDefault("berrefnr"))}
              <label>{t.From} <input type="date" name="from" id="from" value="{query.GetValueOrDefault("from")}"></label>
              <label>{t.To} <input type="date" name="to" id="to" value="{query.GetValueOrDefault("to")}"></label>
              <button type="submit" id="filter">{t.Filter}</button>
            </form>
            {(result is null ? Html.Empty : H.Of($"{ReceivingTables.Paging(r, "/ui/receiving", query, result)}{ReceivingTables.Files(page, "files", result.Items)}"))}
            """);
        return UiLayout.Render(page, r.Files, body);
    }

    public static Html File(UiPage page, ReceivedFileDocument document)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var f = document.File;
        var masked = document.Masked ? H.Of($"<p class=\"masked\" id=\"masked\">{t.MaskedNotice}</p>") : Html.Empty;
        var errors = f.Errors.Select(e => H.Of($"<tr><td>{e.Kind}</td><td>{e.SrtFoutCd}</td><td>{e.Toelichting}</td></tr>")).ToList();
        var cases = document.CaseIds.Select(id => H.Of($"<a href=\"/ui/receiving/cases/{id}\">#{id}</a> "));
        var body = H.Of($"""
            {ReceivingTables.SubNav(r, "files")}
            <dl>
              <dt>{t.Account}</dt><dd><a href="/ui/accounts/{H.Url(f.Account)}">{f.Account}</a></dd>
              <dt>{r.File}</dt><dd id="file-name">{f.FileName}</dd>
              <dt>{t.Type}</dt><dd>{f.MessageType} {f.Release}</dd>
              <dt>Berrefnr</dt><dd id="berrefnr">{f.Berrefnr}</dd>
              <dt>{t.Status}</dt><dd>{UiComponents.Badge(f.State, r.Term(f.State), "file-state")}</dd>
              <dt>{r.Received}</dt><dd>{UiPage.Time(f.ReceivedUtc)}</dd>
              <dt>{t.Finished}</dt><dd>{UiPage.Time(f.CompletedUtc)}</dd>
              <dt>{r.WaitsFor}</dt><dd>{f.WaitingFor}</dd>
              <dt>{r.Cases}</dt><dd>{cases}</dd>
            </dl>
            {UiComponents.Table("file-errors", [t.Type, "SrtFoutCd", t.Reasons], errors, t)}
            <h2>{t.Content}</h2>
            {masked}
            {(document.Xml is { } xml ? H.Of($"<pre class=\"xml\" id=\"xml\">{xml}</pre>") : H.Of($"<p id=\"xml\">{r.ContentGone}</p>"))}
            <h2 id="retourmelding">{r.Retourmelding} {(f.RetourmeldingCode is { } code ? r.Term(code) : "–")}</h2>
            {(document.RetourmeldingXml is { } retour ? H.Of($"<pre class=\"xml\" id=\"retourmelding-xml\">{retour}</pre>") : Html.Empty)}
            """);
        return UiLayout.Render(page, $"{r.File} {f.Id}", body);
    }

    public static Html Cases(UiPage page, IReadOnlyDictionary<string, string?> query, RegisterPage<AbsenceCaseView>? result, IReadOnlyList<string> accounts)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var masked = page.Masked ? H.Of($"<p class=\"masked\" id=\"masked\">{t.MaskedNotice}</p>") : Html.Empty;
        var body = H.Of($"""
            {ReceivingTables.SubNav(r, "cases")}
            <form method="get" action="/ui/receiving/cases" class="filters">
              {UiComponents.Select("account", t.Account, accounts.Select(a => (a, a)), query.GetValueOrDefault("account"), t.All)}
              {UiComponents.TextInput("employer", r.Employer, query.GetValueOrDefault("employer"))}
              {UiComponents.TextInput("employee", t.Employee, query.GetValueOrDefault("employee"))}
              {UiComponents.TextInput("case", r.CaseId, query.GetValueOrDefault("case"))}
              {UiComponents.Select("status", t.Status, ReceivingEndpoints.CaseStatuses.Select(s => (s, r.Term(s))), query.GetValueOrDefault("status"), t.All)}
              <button type="submit" id="filter">{t.Filter}</button>
            </form>
            {masked}
            {(result is null ? Html.Empty : H.Of($"{ReceivingTables.Paging(r, "/ui/receiving/cases", query, result)}{ReceivingTables.Cases(page, "cases", result.Items)}"))}
            """);
        return UiLayout.Render(page, r.Cases, body);
    }

    public static Html Case(UiPage page, AbsenceCaseDetail detail)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var chain = detail.Chain.Select(m => H.Of($"""
            <tr id="sequence-{m.Sequence}"><td class="num">{m.Sequence}</td><td>{m.VrwrkCd} {m.Meaning}</td><td>{m.Berrefnr}</td>
            <td><a href="/ui/receiving/files/{m.FileId}">{m.FileId}</a></td><td>{UiPage.Time(m.AppliedUtc)}</td></tr>
            """)).ToList();
        var body = H.Of($"""
            {ReceivingTables.SubNav(r, "cases")}
            {ReceivingTables.Cases(page, "case", [detail.Case])}
            <h2>{r.Chain}</h2>
            {UiComponents.Table("chain", [r.Sequence, r.Mutation, "Berrefnr", r.File, r.Applied], chain, t)}
            <h2>{r.WaitingFiles}</h2>
            {ReceivingTables.Files(page, "waiting", detail.Waiting)}
            """);
        return UiLayout.Render(page, $"{r.CaseId} {detail.Case.VrzmgvlId}", body);
    }

    public static Html Retourmeldingen(UiPage page, IReadOnlyDictionary<string, string?> query, RegisterPage<SentRetourmeldingView>? result, IReadOnlyList<string> accounts)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var rows = (result?.Items ?? []).Select(m => H.Of($"""
            <tr id="retour-{m.Id}"><td>{UiPage.Time(m.CreatedUtc)}</td><td>{m.Account}</td><td>{m.FileName}</td>
            <td><a href="/ui/receiving/files/{m.ReceivedFileId}">{m.AnsweredBerrefnr}</a></td><td>{UiComponents.Badge("code" + m.Code, r.Term(m.Code))}</td>
            <td>{(m.DeliveredUtc is { } at ? UiPage.Time(at) : r.NotDeliveredYet)}</td></tr>
            """)).ToList();
        var body = H.Of($"""
            {ReceivingTables.SubNav(r, "retourmeldingen")}
            <form method="get" action="/ui/receiving/retourmeldingen" class="filters">
              {UiComponents.Select("account", t.Account, accounts.Select(a => (a, a)), query.GetValueOrDefault("account"), t.All)}
              {UiComponents.Select("code", "Code", [("02", r.Term("02")), ("03", r.Term("03"))], query.GetValueOrDefault("code"), t.All)}
              <label>{t.From} <input type="date" name="from" id="from" value="{query.GetValueOrDefault("from")}"></label>
              <label>{t.To} <input type="date" name="to" id="to" value="{query.GetValueOrDefault("to")}"></label>
              <button type="submit" id="filter">{t.Filter}</button>
            </form>
            {(result is null ? Html.Empty : ReceivingTables.Paging(r, "/ui/receiving/retourmeldingen", query, result))}
            {UiComponents.Table("retourmeldingen", [r.Made, t.Account, r.File, r.AnswersTo, "Code", t.Delivered], rows, t)}
            """);
        return UiLayout.Render(page, r.RetourmeldingenSent, body);
    }

    public static Html Reports(UiPage page, IReadOnlyDictionary<string, string?> query, RegisterPage<ProcessingReportView>? result, IReadOnlyList<string> accounts)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var rows = (result?.Items ?? []).Select(p => H.Of($"""
            <tr id="report-{p.Id}"><td>{UiPage.Time(p.AtUtc)}</td><td>{p.Account}</td><td class="num">{p.Files}</td><td class="num">{p.Processed}</td>
            <td class="num">{p.Refused}</td><td class="num">{p.Held}</td><td class="num">{p.Waiting}</td><td class="num">{p.Problems}</td>
            <td><pre class="report">{p.Text}</pre></td></tr>
            """)).ToList();
        var body = H.Of($"""
            {ReceivingTables.SubNav(r, "reports")}
            <form method="get" action="/ui/receiving/reports" class="filters">
              {UiComponents.Select("account", t.Account, accounts.Select(a => (a, a)), query.GetValueOrDefault("account"), t.All)}
              <label>{t.From} <input type="date" name="from" id="from" value="{query.GetValueOrDefault("from")}"></label>
              <label>{t.To} <input type="date" name="to" id="to" value="{query.GetValueOrDefault("to")}"></label>
              <button type="submit" id="filter">{t.Filter}</button>
            </form>
            {(result is null ? Html.Empty : ReceivingTables.Paging(r, "/ui/receiving/reports", query, result))}
            {UiComponents.Table("reports", [t.At, t.Account, r.Files, r.Processed, r.Refused, t.Held, r.Waiting, r.Problems, r.Reports], rows, t)}
            """);
        return UiLayout.Render(page, r.Reports, body);
    }
}
