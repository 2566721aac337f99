namespace Gateway.Core.Ledger;

/// <summary>
/// Delivering delivered messages again (a partner lost them), declared here so the admin API and the CLI can ask for it
/// without naming the delivery stage that implements it.
/// </summary>
public interface IMessageResend
{
    /// <exception cref="ArgumentException">The selection is not usable (<see cref="ResendSelection.Problem"/>).</exception>
    Task<IReadOnlyList<ResendOutcome>> ResendAsync(ResendSelection selection, string user, CancellationToken cancellationToken);
}

/// <summary>Which delivered messages to send again: one (ledger id or Berrefnr), a case of an account, or an account's since a time.</summary>
public sealed record ResendSelection(string? Message = null, string? Account = null, string? CaseKey = null, DateTime? SinceUtc = null)
{
    /// <summary>Why the selection cannot be used, or null.</summary>
    public string? Problem => (Message, Account, CaseKey, SinceUtc) switch
    {
        ({ }, null, null, null) => null,
        (null, { }, { }, null) => null,
        (null, { }, null, { }) => null,
        _ => "give one message (id or Berrefnr), or --account with --case or --since",
    };

    public IQueryable<LedgerMessage> Apply(IQueryable<LedgerMessage> messages)
    {
        if (Problem is { } problem)
        {
            throw new ArgumentException(problem);
        }
        if (Message is { } wanted)
        {
            var byId = long.TryParse(wanted, System.Globalization.CultureInfo.InvariantCulture, out var id);
            return messages.Where(m => (byId && m.Id == id) || m.Berrefnr == wanted);
        }
        return CaseKey is { } caseKey
            ? messages.Where(m => m.Account == Account && m.CaseKey == caseKey)
            : messages.Where(m => m.Account == Account && m.DeliveredUtc >= SinceUtc);
    }
}

/// <summary>What happened to one selected message: <see cref="NewBerrefnr"/> is set when a copy was made.</summary>
public sealed record ResendOutcome(long MessageId, string Berrefnr, string? NewBerrefnr, string FileName, string Detail);
