using Gateway.Afas.Rows;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Changes;

/// <summary>
/// Records rejected AFAS rows as import uitval. A record that is still open for the same key and field is not
/// recorded twice, so a row that stays broken pull after pull is one entry, not one per pull; when it now fails for
/// another reason, that entry says so.
/// Returns how many entries were added.
/// </summary>
public sealed class ImportUitvalRecorder(GatewayDatabase database, TimeProvider clock)
{
    public async Task<int> RecordAsync(string integration, IReadOnlyList<AfasRowError> errors, CancellationToken cancellationToken)
    {
        if (errors.Count == 0)
        {
            return 0;
        }
        await using var context = database.CreateContext();
        var connectors = errors.Select(e => e.ConnectorId).Distinct().ToList();
        var open = await context.Uitval
            .Where(u => u.Integration == integration && u.Stage == UitvalStage.Import && u.Status == UitvalStatus.Open && connectors.Contains(u.Connector))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var existing = new Dictionary<(string, string?, string?, string?), UitvalEntry>();
        foreach (var entry in open)
        {
            existing.TryAdd(Identity(entry.Connector, entry.RecordKey, entry.Field, entry.Reason), entry);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var error in errors)
        {
            var reason = error.RecordKey is null ? $"row {error.Position}: {error.Field} {error.Reason}" : $"{error.Field} {error.Reason}";
            var identity = Identity(error.ConnectorId, error.RecordKey?.Value, error.Field, reason);
            var entry = new UitvalEntry
            {
                Integration = integration,
                Stage = UitvalStage.Import,
                Connector = error.ConnectorId,
                RecordKey = error.RecordKey?.Value,
                Field = error.Field,
                Reason = reason,
                Status = UitvalStatus.Open,
                CreatedUtc = now,
            };
            if (existing.TryGetValue(identity, out var still))
            {
                if (still.Reason != reason)
                {
                    // failed again, for another reason: the open entry says why now
                    UitvalRecords.FailedAgain(context, still, entry, now);
                }
                continue;
            }
            existing[identity] = entry;
            context.Uitval.Add(entry);
            added++;
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>A keyed record is one entry per field; a row without a readable key is told apart by its position.</summary>
    private static (string, string?, string?, string?) Identity(string connector, string? key, string? field, string reason) =>
        (connector, key, field, key is null ? reason : null);
}
