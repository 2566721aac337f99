using Gateway.Admin.Data;

namespace Gateway.Admin.Ui;

/// <summary>Employers awaiting activation (or all), with activate/deactivate for admins.</summary>
internal static class EmployersPage
{
    public static Html Render(UiPage page, IReadOnlyList<EmployerRecord> employers, bool all)
    {
        var t = page.T;
        var rows = employers.Select(e =>
        {
            var path = $"/ui/employers/{H.Url(e.Integration)}/{H.Url(e.Code)}/{(e.Active ? "deactivate" : "activate")}";
            var id = $"{e.Integration}-{e.Code}";
            var action = page.IsAdmin
                ? H.Of($"""{page.Form(path, H.Of($"<button type=\"submit\" id=\"{(e.Active ? "deactivate" : "activate")}-{id}\">{(e.Active ? t.Deactivate : t.Activate)}</button>"))} <a href="/ui/employers/{H.Url(e.Integration)}/{H.Url(e.Code)}/preview" id="preview-{id}">{GoLivePreviewText.For(t).Preview}</a>""")
                : Html.Empty;
            return H.Of($"""
                <tr id="employer-{id}"><td>{e.Integration}</td><td>{e.Code}</td><td>{e.Name}</td>
                <td>{(e.Active ? UiComponents.Badge("active", t.Active) : UiComponents.Badge("Held", t.AwaitingActivation))}</td>
                <td>{UiPage.Time(e.FirstSeenUtc)}</td><td>{e.ActivatedBy} {UiPage.Time(e.ActivatedUtc)}</td><td>{action}</td></tr>
                """);
        }).ToList();
        var toggle = all ? Html.Empty : H.Of($"<p><a href=\"/ui/employers?all=true\" id=\"show-all\">{t.ShowAll}</a></p>");
        var body = H.Of($"""
            {toggle}
            {UiComponents.Table("employers", [t.Integration, t.Code, t.Name, t.State, t.FirstSeen, t.ActivatedBy, t.Actions], rows, t)}
            """);
        return UiLayout.Render(page, all ? t.Employers : $"{t.Employers}: {t.AwaitingActivation.ToLowerInvariant()}", body);
    }
}
