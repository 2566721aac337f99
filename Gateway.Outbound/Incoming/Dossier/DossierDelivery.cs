using System.Globalization;
using Gateway.Afas.Client.Errors;
using Gateway.Afas.Dossier;
using Gateway.Contracts;
using Gateway.Core.Accounts;
using Gateway.Core.Audit;
using Gateway.Core.Incoming;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Incoming.Dossier;

/// <summary>
/// Delivers an account's pending documents and afspraken into AFAS as dossier items on the employee (UpdateConnector
/// KnSubject, a document attached), oldest first. Each delivery is audited (who: <c>gateway</c>, what, which AFAS item)
/// and published (<see cref="DossierItemDelivered"/>). When AFAS refuses an item it fails for good: uitval naming the
/// item and AFAS's reason. When AFAS is not reached (after the client's own retries) the item waits for a later run,
/// <see cref="DossierDeliveryOptions.MaxAttempts"/> runs at most, then it is uitval too.
/// </summary>
public sealed class DossierDelivery(GatewayDatabase database, TimeProvider clock, ILogger<DossierDelivery> logger)
{
    /// <summary>The audit log's user for what the gateway does by itself.</summary>
    public const string AuditUser = "gateway";

    private const int Batch = 50;

    /// <summary>One run for <paramref name="account"/>; returns how many items became dossier items.</summary>
    public Task<int> RunOnceAsync(PartnerAccountOptions account, KnSubjectClient client, CancellationToken cancellationToken) =>
        RunOnceAsync(account, () => client, cancellationToken);

    /// <summary>One run for <paramref name="account"/>, making its AFAS client only when an item is due.</summary>
    public async Task<int> RunOnceAsync(PartnerAccountOptions account, Func<KnSubjectClient> clientFor, CancellationToken cancellationToken)
    {
        var delivered = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        var due = await context.IncomingItems.AsNoTracking()
            .Where(i => i.Account == account.Name && i.DossierState == DossierState.Pending && (i.NextAttemptUtc == null || i.NextAttemptUtc <= now))
            .OrderBy(i => i.Id).Select(i => i.Id).Take(Batch).ToListAsync(cancellationToken).ConfigureAwait(false);
        var client = due.Count > 0 ? clientFor() : null;
        foreach (var id in due)
        {
            var item = await context.IncomingItems.SingleAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
            if (await DeliverAsync(context, account, client!, item, cancellationToken).ConfigureAwait(false))
            {
                delivered++;
            }
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.Clear();
        }
        return delivered;
    }

    private async Task<bool> DeliverAsync(GatewayDbContext context, PartnerAccountOptions account, KnSubjectClient client, IncomingItem item,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        item.Attempts++;
        try
        {
            var subject = await client.CreateAsync(Request(account.Incoming.Dossier, item), cancellationToken).ConfigureAwait(false);
            item.DossierState = DossierState.Delivered;
            item.AfasSubjectId = subject;
            item.DeliveredUtc = now;
            item.NextAttemptUtc = null;
            item.LastError = null;
            context.AuditLog.Add(new AuditEntry
            {
                AtUtc = now,
                User = AuditUser,
                Action = "dossier.deliver",
                Target = Target(item),
                Reason = $"{item.Kind} {item.ItemId} of {item.Berrefnr} is AFAS dossier item {subject} of employee {item.EmployeeId}",
            });
            OutboxWriter.Add(context, new DossierItemDelivered(item.Id, account.Name, item.Kind.ToString(), subject), now);
            IncomingLog.Delivered(logger, account.Name, item.Id, subject);
            return true;
        }
        catch (AfasException e) when (e.IsTransient && item.Attempts < account.Incoming.Dossier.MaxAttempts)
        {
            var wait = account.Incoming.Dossier.RetryDelay * Math.Pow(2, Math.Min(item.Attempts - 1, 10));
            item.NextAttemptUtc = now + (wait > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : wait);
            item.LastError = Describe(e);
            IncomingLog.DeliveryPostponed(logger, account.Name, item.Id, item.Attempts, e.GetType().Name);
            return false;
        }
        catch (AfasException e)
        {
            item.DossierState = DossierState.Failed;
            item.NextAttemptUtc = null;
            item.LastError = e.IsTransient ? $"AFAS not reached in {item.Attempts} runs: {Describe(e)}" : $"AFAS refused it: {Describe(e)}";
            context.Uitval.Add(new UitvalEntry
            {
                Integration = account.Integration.Length > 0 ? account.Integration : null,
                Account = account.Name,
                Stage = UitvalStage.Delivery,
                Connector = KnSubjectClient.ConnectorId,
                RecordKey = $"{item.Berrefnr}/{item.ItemId}",
                Reason = $"{item.Kind} {item.ItemId} from {account.Name} for employee {item.EmployeeId} is no dossier item: {item.LastError}",
                Status = UitvalStatus.Open,
                CreatedUtc = now,
            });
            context.AuditLog.Add(new AuditEntry { AtUtc = now, User = AuditUser, Action = "dossier.fail", Target = Target(item), Reason = item.LastError });
            IncomingLog.DeliveryFailed(logger, account.Name, item.Id, e.GetType().Name, (int?)e.StatusCode);
            return false;
        }
    }

    /// <summary>The dossier item for <paramref name="item"/>: a document with its file attached, an afspraak by date, time and text.</summary>
    public static DossierItemRequest Request(DossierDeliveryOptions options, IncomingItem item)
    {
        var date = item.Date.ToDateTime(item.Time is { } time && TimeOnly.TryParse(time, CultureInfo.InvariantCulture, out var at) ? at : TimeOnly.MinValue);
        return item.Kind == IncomingItemKind.Document
            ? new DossierItemRequest(options.DocumentSubjectType, Subject($"Document {item.TypeCode}", item.Description, item.ItemId), date, item.EmployeeId,
                [new DossierAttachment(item.FileName ?? item.ItemId, item.Content ?? [])])
            : new DossierItemRequest(options.AfspraakSubjectType,
                Subject($"Afspraak {item.Date:yyyy-MM-dd} {item.Time}".TrimEnd(), item.Description, item.ItemId), date, item.EmployeeId, []);
    }

    private static string Subject(string what, string? description, string id) =>
        description is { Length: > 0 } ? $"{what}: {description} ({id})" : $"{what} ({id})";

    private static string Target(IncomingItem item) => $"incoming-item:{item.Id}";

    /// <summary>What AFAS said, scrubbed: status and externalMessage, not the exception text (which names the GetConnector wording).</summary>
    private static string Describe(AfasException e) =>
        PersonalDataScrubber.Scrub($"{e.GetType().Name.Replace("Afas", "", StringComparison.Ordinal).Replace("Exception", "", StringComparison.Ordinal)}"
            + (e.StatusCode is { } status ? $" (HTTP {(int)status})" : "")
            + (string.IsNullOrWhiteSpace(e.ExternalMessage) ? "" : $": {e.ExternalMessage}")
            + (string.IsNullOrWhiteSpace(e.ProfitLogReference) ? "" : $" [profitLogReference {e.ProfitLogReference}]")) ?? e.GetType().Name;
}
