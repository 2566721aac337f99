using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;

namespace Gateway.Receiving.Reports;

/// <summary>Keeps the processing report of a receiving run that saw files or new intake problems (the console lists them).</summary>
public static class ProcessingReportLog
{
    public static async Task RecordAsync(ReceivingDatabase register, string account, IReadOnlyList<ReceivedFileOutcome> outcomes,
        IReadOnlyList<IntakeProblem> problems, DateTime now, CancellationToken cancellationToken)
    {
        var newProblems = problems.Count(p => p.IsNew);
        if (outcomes.Count == 0 && newProblems == 0)
        {
            return;
        }
        await using var context = register.CreateContext();
        context.Reports.Add(new ProcessingReport
        {
            Account = account,
            AtUtc = now,
            Files = outcomes.Count,
            Processed = outcomes.Count(o => o.Status == ReceivedFileStatus.Processed),
            Refused = outcomes.Count(o => o.Status == ReceivedFileStatus.Refused),
            Held = outcomes.Count(o => o.Status == ReceivedFileStatus.Held),
            Waiting = outcomes.Count(o => o.Status == ReceivedFileStatus.Waiting),
            Problems = newProblems,
            Text = ProcessingReportComposer.Text(outcomes, problems),
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
