using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Gateway.Receiving.Register;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Receiving.Intake;

/// <summary>
/// Records how a receiving run's intake went: each step's status row in the register (<see cref="IntakeStepStatus"/>,
/// for readiness) and each problem as import uitval of the account (connector <see cref="Connector"/>), once while
/// an entry saying the same is open — so a file left at the partner or a folder that stays missing is one entry, in
/// uitvalbeheer and the daily mail, not one per run. Returns the problems marked <see cref="IntakeProblem.IsNew"/>.
/// </summary>
public sealed class IntakeProblemRecorder(GatewayDatabase gateway, TimeProvider clock)
{
    /// <summary>The uitval connector of intake problems.</summary>
    public const string Connector = "receiving-intake";

    private readonly ReceivingDatabase _register = ReceivingDatabase.On(gateway);

    public async Task<IReadOnlyList<IntakeProblem>> RecordAsync(string account, IReadOnlyList<(string Step, string Folder, string Filter, string? Error)> steps,
        IReadOnlyList<IntakeProblem> problems, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await RecordStepsAsync(account, steps, now, cancellationToken).ConfigureAwait(false);
        if (problems.Count == 0)
        {
            return problems;
        }
        await using var context = gateway.CreateContext();
        var open = (await context.Uitval.AsNoTracking()
            .Where(u => u.Account == account && u.Connector == Connector && u.Status == UitvalStatus.Open)
            .Select(u => new { u.RecordKey, u.Reason }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(u => (u.RecordKey, u.Reason)).ToHashSet();
        var recorded = new List<IntakeProblem>(problems.Count);
        foreach (var problem in problems)
        {
            var reason = UitvalReason(problem);
            var isNew = open.Add((problem.RecordKey, reason));
            if (isNew)
            {
                context.Uitval.Add(new UitvalEntry
                {
                    Account = account,
                    Stage = UitvalStage.Import,
                    Connector = Connector,
                    RecordKey = problem.RecordKey,
                    Reason = reason,
                    Status = UitvalStatus.Open,
                    CreatedUtc = now,
                });
            }
            recorded.Add(problem with { IsNew = isNew });
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return recorded;
    }

    private static string UitvalReason(IntakeProblem problem) => problem.ShownName is null
        ? $"intake of {problem.Folder} failed: {problem.Reason}"
        : $"{problem.ShownName} in {problem.Folder} {problem.Reason}; not taken, left at the partner";

    private async Task RecordStepsAsync(string account, IReadOnlyList<(string Step, string Folder, string Filter, string? Error)> steps, DateTime now,
        CancellationToken cancellationToken)
    {
        await using var context = _register.CreateContext();
        var rows = await context.IntakeStatus.Where(s => s.Account == account).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (step, folder, filter, error) in steps)
        {
            var row = rows.SingleOrDefault(r => r.Step == step && r.Folder == folder && r.Filter == filter);
            if (row is null)
            {
                row = new IntakeStepStatus { Account = account, Step = step, Folder = folder, Filter = filter };
                context.IntakeStatus.Add(row);
                rows.Add(row);
            }
            row.LastRunUtc = now;
            if (error is null)
            {
                row.LastSuccessUtc = now;
                row.FailingSinceUtc = null;
                row.LastError = null;
            }
            else
            {
                row.FailingSinceUtc ??= now;
                row.LastError = error;
            }
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
