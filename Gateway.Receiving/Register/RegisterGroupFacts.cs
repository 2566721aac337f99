using Gateway.Receiving.Processing;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Receiving.Register;

/// <summary>
/// What the register is known not to hold, read once for a group of files at the start of its transaction (under the
/// account's register gate) and kept true while the group's files are registered: the Berrefnrs of the group's
/// messages that no file record has and those no claim has, the absence cases of the group's messages that do not exist, and
/// whether the account has waiting files at all. A question these facts answer needs no query; every other one is
/// asked of the database as before. Each change the group makes that could falsify a fact withdraws it
/// (<see cref="Filed"/>, <see cref="Claimed"/>, <see cref="TouchCase"/>, <see cref="Parked"/>). <see cref="None"/> knows nothing
/// (every question goes to the database).
/// </summary>
internal sealed class RegisterGroupFacts
{
    private readonly HashSet<string> _unfiled;
    private readonly HashSet<string> _unclaimed;
    private readonly HashSet<(string Employer, string Case)> _missingCases;
    private bool _mayHaveWaiting;

    private RegisterGroupFacts(HashSet<string> unfiled, HashSet<string> unclaimed, HashSet<(string, string)> missingCases, bool mayHaveWaiting)
    {
        _unfiled = unfiled;
        _unclaimed = unclaimed;
        _missingCases = missingCases;
        _mayHaveWaiting = mayHaveWaiting;
    }

    /// <summary>Knows nothing: every question goes to the database.</summary>
    public static RegisterGroupFacts None => new([], [], [], mayHaveWaiting: true);

    /// <summary>Reads the facts for the accepted messages among <paramref name="interpretations"/> (three queries).</summary>
    public static async Task<RegisterGroupFacts> ReadAsync(ReceivingDbContext context, string account, IEnumerable<Interpretation?> interpretations,
        CancellationToken cancellationToken)
    {
        var berrefnrs = new HashSet<string>(StringComparer.Ordinal);
        var cases = new HashSet<(string, string)>();
        foreach (var interpretation in interpretations)
        {
            if (interpretation is not { Accepted: true, Message: { } message })
            {
                continue;
            }
            berrefnrs.Add(message.BrAlg?.Berrefnr ?? "");
            foreach (var entry in SiviMessageContents.Absences(message))
            {
                cases.Add((entry.EmployerId, entry.CaseId));
                if (entry.OldCaseId is { } old)
                {
                    cases.Add((entry.EmployerId, old));
                }
            }
        }
        var mayHaveWaiting = await context.Files.AnyAsync(f => f.Account == account && f.Status == ReceivedFileStatus.Waiting, cancellationToken)
            .ConfigureAwait(false);
        var unfiled = new HashSet<string>(berrefnrs, StringComparer.Ordinal);
        var unclaimed = new HashSet<string>(berrefnrs, StringComparer.Ordinal);
        if (berrefnrs.Count > 0)
        {
            var asked = berrefnrs.ToList();
            var used = await context.Files.AsNoTracking().Where(f => f.Account == account && asked.Contains(f.Berrefnr!))
                .Select(f => f.Berrefnr!).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            var claimed = await context.Berrefnrs.AsNoTracking().Where(b => b.Account == account && asked.Contains(b.Berrefnr))
                .Select(b => b.Berrefnr).ToListAsync(cancellationToken).ConfigureAwait(false);
            unfiled.ExceptWith(used);
            unclaimed.ExceptWith(claimed);
        }
        if (cases.Count > 0)
        {
            var employers = cases.Select(c => c.Item1).Distinct().ToList();
            var ids = cases.Select(c => c.Item2).Distinct().ToList();
            // a superset of the existing ones (any employer with any id): what is left is certainly missing
            var existing = await context.AbsenceCases.AsNoTracking()
                .Where(c => c.Account == account && employers.Contains(c.EmployerId) && ids.Contains(c.VrzmgvlId))
                .Select(c => new { c.EmployerId, c.VrzmgvlId }).ToListAsync(cancellationToken).ConfigureAwait(false);
            cases.ExceptWith(existing.Select(c => (c.EmployerId, c.VrzmgvlId)));
        }
        return new RegisterGroupFacts(unfiled, unclaimed, cases, mayHaveWaiting);
    }

    /// <summary>True when no file record of the account has <paramref name="berrefnr"/>.</summary>
    public bool IsUnfiled(string berrefnr) => _unfiled.Contains(berrefnr);

    /// <summary>True when the account has no claim of <paramref name="berrefnr"/>.</summary>
    public bool IsUnclaimed(string berrefnr) => _unclaimed.Contains(berrefnr);

    /// <summary>True when the account has no absence case <paramref name="caseId"/> of <paramref name="employer"/>.</summary>
    public bool IsMissing(string employer, string caseId) => _missingCases.Contains((employer, caseId));

    /// <summary>False when the account has no waiting file.</summary>
    public bool MayHaveWaiting => _mayHaveWaiting;

    /// <summary>A file record with <paramref name="berrefnr"/> is added.</summary>
    public void Filed(string? berrefnr)
    {
        if (berrefnr is not null)
        {
            _unfiled.Remove(berrefnr);
        }
    }

    /// <summary>A claim of <paramref name="berrefnr"/> is added.</summary>
    public void Claimed(string berrefnr) => _unclaimed.Remove(berrefnr);

    /// <summary>An absence case gets the key (created or renamed to it).</summary>
    public void TouchCase(string employer, string caseId) => _missingCases.Remove((employer, caseId));

    /// <summary>A file is parked (waiting).</summary>
    public void Parked() => _mayHaveWaiting = true;
}
