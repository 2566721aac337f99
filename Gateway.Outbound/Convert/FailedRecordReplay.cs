using System.Text.Json;
using Gateway.Core.Accounts;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Convert;

/// <summary>
/// The records of an account whose transformation or validation failure is to be tried again
/// (<see cref="UitvalEntry.RetryRequestedUtc"/>), as mutations to convert: the mutation that failed (its kind and changed
/// fields), now with the record's current stored state — so a failed new employer is sent as new, a failed change as a
/// change. A record AFAS no longer has is not converted: its entry is closed.
/// </summary>
public static class FailedRecordReplay
{
    private static readonly UitvalStage[] Stages = [UitvalStage.Transformation, UitvalStage.Validation];

    /// <summary>Whether the account has entries waiting to be tried again.</summary>
    public static Task<bool> AnyPendingAsync(GatewayDbContext context, PartnerAccountOptions account, CancellationToken cancellationToken) =>
        Pending(context, account).AnyAsync(cancellationToken);

    /// <summary>The entries waiting (tracked), oldest first.</summary>
    public static Task<List<UitvalEntry>> PendingAsync(GatewayDbContext context, PartnerAccountOptions account, CancellationToken cancellationToken) =>
        Pending(context, account).OrderBy(u => u.Id).ToListAsync(cancellationToken);

    /// <summary>The mutation to convert for <paramref name="entry"/>, or null when AFAS no longer has the record.</summary>
    public static async Task<SourceMutation?> MutationAsync(GatewayDbContext context, string integration, UitvalEntry entry, DateTime now,
        CancellationToken cancellationToken)
    {
        var original = entry.SourceMutationId is { } id
            ? await context.SourceMutations.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false)
            : null;
        var state = await context.ConnectorRecords.AsNoTracking()
            .Where(r => r.Integration == integration && r.Connector == entry.Connector && r.RecordKey == entry.RecordKey)
            .Select(r => r.Fields).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var kind = original?.Kind ?? MutationKind.Changed;
        var fields = kind == MutationKind.Gone ? original!.Fields : state;
        if (fields is null)
        {
            return null;
        }
        return new SourceMutation
        {
            Id = original?.Id ?? 0,
            PullRunId = original?.PullRunId ?? 0,
            Integration = integration,
            Connector = entry.Connector,
            RecordKey = entry.RecordKey!,
            EmployerCode = original?.EmployerCode,
            SubjectKey = original?.SubjectKey,
            Kind = kind,
            // without the mutation that failed (an entry from before it was recorded): a change of every field
            ChangedFields = original is null ? string.Join(',', FieldNames(fields)) : original.ChangedFields,
            Fields = fields,
            CreatedUtc = now,
        };
    }

    private static IQueryable<UitvalEntry> Pending(GatewayDbContext context, PartnerAccountOptions account) =>
        context.Uitval.Where(u => u.RetryRequestedUtc != null && Stages.Contains(u.Stage) && u.RecordKey != null
            && (u.Account == account.Name || (u.Account == null && u.Integration == account.Integration)));

    private static IEnumerable<string> FieldNames(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => p.Name)];
    }
}
