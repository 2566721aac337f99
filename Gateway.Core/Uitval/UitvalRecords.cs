using System.Globalization;
using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Gateway.Core.Time;

namespace Gateway.Core.Uitval;

/// <summary>
/// How a stage closes an entry whose record now went through, or records that it failed again, inside the stage's own
/// transaction and with an audit entry: the one way for conversion, delivery and the AFAS pull alike.
/// </summary>
public static class UitvalRecords
{
    /// <summary>The user the stages' own closing and re-failing is audited under.</summary>
    public const string SyncUser = "sync";

    /// <summary>"resolved by the sync of 07-12-2026 21:00" (Amsterdam time).</summary>
    public static string SyncResolution(DateTime syncUtc) =>
        "resolved by the sync of " + AmsterdamTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(syncUtc, DateTimeKind.Utc))).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Closes an open entry as resolved, with how; audited as <c>uitval.resolved</c>.</summary>
    public static void Resolve(GatewayDbContext context, UitvalEntry entry, string resolution, DateTime now)
    {
        entry.Status = UitvalStatus.Resolved;
        entry.ResolvedUtc = now;
        entry.ResolvedBy = SyncUser;
        entry.Resolution = resolution;
        entry.RetryRequestedUtc = null;
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = SyncUser, Action = "uitval.resolved", Target = $"uitval/{entry.Id}", Reason = resolution });
    }

    /// <summary>
    /// The record of an open entry failed again: the entry stays open with the new stage, field and reason; audited as
    /// <c>uitval.failed-again</c> when it was being retried.
    /// </summary>
    public static void FailedAgain(GatewayDbContext context, UitvalEntry open, UitvalEntry again, DateTime now)
    {
        var retried = open.RetryRequestedUtc is not null;
        open.Stage = again.Stage;
        open.Field = again.Field;
        open.Reason = again.Reason;
        open.SchemaError = again.SchemaError;
        open.SourceMutationId = again.SourceMutationId ?? open.SourceMutationId;
        open.UpdatedUtc = now;
        open.RetryRequestedUtc = null;
        if (retried)
        {
            context.AuditLog.Add(new AuditEntry { AtUtc = now, User = SyncUser, Action = "uitval.failed-again", Target = $"uitval/{open.Id}", Reason = again.Reason });
        }
    }
}
