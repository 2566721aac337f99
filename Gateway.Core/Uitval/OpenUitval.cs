using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Uitval;

/// <summary>
/// An account's open entries of some stages, tracked in the caller's context, so a record that fails again updates its
/// open entry (<see cref="UitvalRecords.FailedAgain"/>) instead of raising a second one. Transformation and validation
/// count as one stage (the conversion), so a record that failed validation and now fails mapping is one entry.
/// </summary>
public sealed class OpenUitval
{
    private readonly Dictionary<(int Group, string Connector, string Key), UitvalEntry> _byRecord = [];

    private OpenUitval()
    {
    }

    public static async Task<OpenUitval> LoadAsync(GatewayDbContext context, string account, IReadOnlyCollection<UitvalStage> stages, CancellationToken cancellationToken)
    {
        var open = new OpenUitval();
        var entries = await context.Uitval.Where(u => u.Account == account && u.Status == UitvalStatus.Open && stages.Contains(u.Stage) && u.RecordKey != null)
            .OrderBy(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            open._byRecord.TryAdd(Identity(entry.Stage, entry.Connector, entry.RecordKey!), entry);
        }
        return open;
    }

    /// <summary>The open entry of a record in the stage group of <paramref name="stage"/>, if any.</summary>
    public UitvalEntry? Find(UitvalStage stage, string connector, string? recordKey) =>
        recordKey is not null && _byRecord.TryGetValue(Identity(stage, connector, recordKey), out var entry) ? entry : null;

    /// <summary>Records <paramref name="failure"/>: updates the record's open entry when there is one, else adds it.</summary>
    public UitvalEntry Raise(GatewayDbContext context, UitvalEntry failure, DateTime now)
    {
        if (Find(failure.Stage, failure.Connector, failure.RecordKey) is { } open)
        {
            UitvalRecords.FailedAgain(context, open, failure, now);
            return open;
        }
        context.Uitval.Add(failure);
        if (failure.RecordKey is not null)
        {
            _byRecord[Identity(failure.Stage, failure.Connector, failure.RecordKey)] = failure;
        }
        return failure;
    }

    /// <summary>Forgets an entry that was closed meanwhile, so a later failure of its record raises a new one.</summary>
    public void Forget(UitvalEntry entry)
    {
        if (entry.RecordKey is not null)
        {
            _byRecord.Remove(Identity(entry.Stage, entry.Connector, entry.RecordKey));
        }
    }

    private static (int, string, string) Identity(UitvalStage stage, string connector, string key) =>
        (stage is UitvalStage.Transformation or UitvalStage.Validation ? 2 : (int)stage, connector, key);
}
