using Gateway.Core.Pulls;

namespace Gateway.Admin.Ui;

/// <summary>The pulls the mass-change guard held: what each would have done; admins approve or reject (audited).</summary>
internal static class PendingPullsPage
{
    public static Html Render(UiPage page, string? notice, IReadOnlyList<PendingPull> pulls)
    {
        var t = page.T;
        var o = OperationsText.For(t);
        var rows = pulls.Select(p => H.Of($"""
            <tr id="pending-pull-{p.Id}"><td>{p.Id}</td><td>{p.Integration}</td><td>{p.Connector}</td><td>{UiPage.Time(p.HeldUtc)}</td>
            <td>{p.New} / {p.Changed} / {p.Gone} ({p.Known})</td><td>{p.Reason}</td><td>{p.Status}{(p.DecidedBy is null ? "" : $" ({p.DecidedBy}: {p.Decision})")}</td>
            <td>{H.When(page.IsAdmin && p.Status == PendingPullStatus.Pending, Actions(page, o, t, p.Id))}</td></tr>
            """)).ToList();
        var body = H.Of($"""
            {H.When(notice is not null, H.Of($"<p class=\"notice\" id=\"operations-notice\">{notice}</p>"))}
            <p>{o.PendingIntro}</p>
            {UiComponents.Table("pending-pulls", ["#", t.Integration, t.Connector, o.Held, o.Changes, t.Reasons, o.Decision, ""], rows, t)}
            """);
        return UiLayout.Render(page, o.PendingPulls, body);
    }

    private static Html Actions(UiPage page, OperationsText o, UiText t, long id) => H.Of($"""
        {page.Form($"/ui/pulls/{id}/approve", H.Of($"<input type=\"text\" name=\"reason\" id=\"approve-reason-{id}\" placeholder=\"{o.ReasonOptional}\" maxlength=\"500\"> <button type=\"submit\" id=\"approve-{id}\">{o.Approve}</button>"))}
        {page.Form($"/ui/pulls/{id}/reject", H.Of($"<input type=\"text\" name=\"reason\" id=\"reject-reason-{id}\" placeholder=\"{t.ReasonRequired}\" required maxlength=\"500\"> <button type=\"submit\" id=\"reject-{id}\">{o.Reject}</button>"))}
        """);
}
