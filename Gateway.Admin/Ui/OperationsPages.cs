using Gateway.Core.Scheduling;
using Microsoft.AspNetCore.Http;

namespace Gateway.Admin.Ui;

/// <summary>The GET handlers of the operations pages (schedules, pending pulls, go-live preview), beside <see cref="UiPages"/>.</summary>
internal static class OperationsPages
{
    public static async Task<IResult> SchedulesAsync(HttpContext context, ScheduledJobStore jobs, CancellationToken cancellationToken) =>
        UiRequest.Html(SchedulesPage.Render(UiRequest.Page(context), await jobs.ListAsync(cancellationToken).ConfigureAwait(false)));
}
