using Gateway.Core.ReceivingRegister;

namespace Gateway.Admin.Ui.Receiving;

/// <summary>The tables and bits the receiving pages share: files, cases, the sub-navigation and paging.</summary>
internal static class ReceivingTables
{
    /// <summary>The receiving console's sub-navigation, the current section (<c>files</c>, <c>cases</c>, <c>retourmeldingen</c>, <c>reports</c>) marked with <c>aria-current="page"</c>.</summary>
    public static Html SubNav(ReceivingText r, string current)
    {
        Html Link(string section, string href, string text) => section == current
            ? H.Of($"<a href=\"{href}\" id=\"nav-{section}\" aria-current=\"page\">{text}</a>")
            : H.Of($"<a href=\"{href}\" id=\"nav-{section}\">{text}</a>");
        return H.Of($"""
            <p class="subnav">{Link("files", "/ui/receiving", r.Files)} · {Link("cases", "/ui/receiving/cases", r.Cases)} ·
            {Link("retourmeldingen", "/ui/receiving/retourmeldingen", r.RetourmeldingenSent)} · {Link("reports", "/ui/receiving/reports", r.Reports)}</p>
            """);
    }

    public static Html Files(UiPage page, string id, IReadOnlyList<ReceivedFileView> files)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var rows = files.Select(f => H.Of($"""
            <tr id="file-{f.Id}">
              <td><a href="/ui/receiving/files/{f.Id}">{f.Id}</a></td><td>{UiPage.Time(f.ReceivedUtc)}</td>
              <td><a href="/ui/accounts/{H.Url(f.Account)}">{f.Account}</a></td><td>{f.FileName}</td><td>{f.MessageType}</td><td>{f.Release}</td>
              <td>{f.Berrefnr}</td><td>{UiComponents.Badge(f.State, r.Term(f.State))}</td>
              <td>{string.Join(" · ", f.Errors.Select(e => $"{e.SrtFoutCd} {e.Toelichting}"))}</td>
              <td>{Retour(r, f)}</td>
            </tr>
            """)).ToList();
        return UiComponents.Table(id, ["#", r.Received, t.Account, r.File, t.Type, r.Release, "Berrefnr", t.Status, t.Reasons, r.Retourmelding], rows, t);
    }

    public static Html Cases(UiPage page, string id, IReadOnlyList<AbsenceCaseView> cases)
    {
        var t = page.T;
        var r = ReceivingText.For(t);
        var rows = cases.Select(c => H.Of($"""
            <tr id="case-{c.Id}">
              <td><a href="/ui/receiving/cases/{c.Id}">{c.VrzmgvlId}</a></td><td>{c.Account}</td><td>{c.EmployerId}</td><td class="employee">{c.IdWrknmr}</td>
              <td>{c.IdDnstvbnd}</td><td>{UiComponents.Badge(c.Status, r.Term(c.Status))}</td><td class="num">{c.LastSequence}</td>
              <td>{c.FirstSickDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}</td>
              <td>{c.RecoveredOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}</td>
              <td class="classification">{c.Classification}</td><td class="receiver-code">{c.ReceiverClassification}</td><td>{r.Term(c.Source)}</td>
            </tr>
            """)).ToList();
        return UiComponents.Table(id, [r.CaseId, t.Account, r.Employer, t.Employee, r.Employment, t.Status, r.LastSequence, r.FirstSickDay, r.RecoveredOn,
            r.Classification, r.ReceiverCode, r.Origin], rows, t);
    }

    /// <summary>"n found" and previous/next links that keep the filters (<paramref name="query"/>) and move <c>skip</c>.</summary>
    public static Html Paging<T>(ReceivingText r, string path, IReadOnlyDictionary<string, string?> query, RegisterPage<T> result)
    {
        string Link(int skip) => path + "?" + string.Join("&", query.Where(q => q.Value is not null).Select(q => $"{q.Key}={H.Url(q.Value!)}")
            .Append($"skip={skip}"));
        var previous = result.Skip > 0 ? H.Of($"<a href=\"{Link(Math.Max(0, result.Skip - result.Take))}\" id=\"previous\">{r.Previous}</a>") : Html.Empty;
        var next = result.Skip + result.Items.Count < result.Total ? H.Of($"<a href=\"{Link(result.Skip + result.Take)}\" id=\"next\">{r.Next}</a>") : Html.Empty;
        return H.Of($"<p id=\"found\">{r.Found(result.Total)} {previous} {next}</p>");
    }

    private static Html Retour(ReceivingText r, ReceivedFileView file) => file.RetourmeldingCode is null
        ? Html.Empty
        : H.Of($"<a href=\"/ui/receiving/files/{file.Id}#retourmelding\">{r.Term(file.RetourmeldingCode)}</a> {(file.RetourmeldingDeliveredUtc is { } at ? UiPage.Time(at) : r.NotDeliveredYet)}");
}
