using Gateway.Core.Scheduling;

namespace Gateway.Admin.Ui;

/// <summary>The scheduled jobs (pulls per connector and mode, the daily mail): last due time, last run, outcome, and whether it was a catch-up.</summary>
internal static class SchedulesPage
{
    public static Html Render(UiPage page, IReadOnlyList<ScheduledJob> jobs)
    {
        var t = page.T;
        var o = OperationsText.For(t);
        var rows = jobs.Select(j => H.Of($"""
            <tr id="job-{j.Name}"><td>{j.Name}</td><td>{UiPage.Time(j.LastDueUtc)}</td><td>{UiPage.Time(j.LastRunUtc)}</td>
            <td>{j.LastOutcome}{(j.LastWasCatchUp ? H.Of($" <span class=\"badge warn\" id=\"caught-up-{j.Name}\">{o.CaughtUp}</span>") : Html.Empty)}</td><td>{j.LastNode}</td></tr>
            """)).ToList();
        var body = H.Of($"""
            <p>{o.SchedulesIntro}</p>
            {UiComponents.Table("schedules", [o.Job, o.LastDue, o.LastRun, o.Outcome, o.Node], rows, t)}
            """);
        return UiLayout.Render(page, o.Schedules, body);
    }
}
