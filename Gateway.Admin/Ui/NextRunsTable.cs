using Gateway.Admin.Data;
using Gateway.Admin.Ui.Charts;

namespace Gateway.Admin.Ui;

/// <summary>The next run of each scheduled pull and of the daily uitval mail, soonest first, with the schedule and the zone it is read in.</summary>
internal static class NextRunsTable
{
    public static Html Render(UiText t, IReadOnlyList<NextRun> runs)
    {
        var c = ChartText.For(t);
        if (runs.Count == 0)
        {
            return H.Of($"<h2>{c.NextRuns}</h2><p class=\"empty\" id=\"next-runs\">{c.NoPlannedJobs}</p>");
        }
        var rows = runs.Select(r => H.Of($"""
            <tr id="next-{r.Name}"><td>{(r.Kind == Core.Scheduling.PlannedJob.MailKind ? c.KindMail : c.KindPull)}</td><td>{r.Subject}</td>
            <td class="next">{UiPage.Time(r.NextUtc)}</td><td><code>{string.Join(" ; ", r.Expressions)}</code> ({r.Zone})</td></tr>
            """)).ToList();
        return H.Of($"""
            <h2>{c.NextRuns}</h2>
            {UiComponents.Table("next-runs", [c.Job, "", c.Next, c.Schedule], rows, t)}
            """);
    }
}
