using System.Text.Json;
using Gateway.Core.Audit;
using Gateway.Core.PartnerSending;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gateway.Admin.Data;

/// <summary>
/// Documenten and Afspraken for the receiving role to send its partners: requests are queued here (audited) and sent by
/// the gateway's partner sender, which builds, validates and delivers them; listed with their state and the partner's
/// answer, never their content.
/// </summary>
internal sealed class PartnerMessageAdministration(GatewayDatabase database, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>Where the receiving role's accounts are configured.</summary>
    public const string ReceivingAccountsSection = "Gateway:ReceivingAccounts";

    /// <summary>Queues a request; the error names the field when it cannot be queued.</summary>
    public async Task<(long? Id, string? Field, string? Error)> RequestAsync(string account, JsonElement request, byte[]? document, string user,
        CancellationToken cancellationToken)
    {
        if (!configuration.GetSection($"{ReceivingAccountsSection}:{account}").Exists())
        {
            return (null, "account", $"no receiving account {account} is configured");
        }
        var type = request.ValueKind == JsonValueKind.Object && request.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type is not ("Documenten" or "Afspraken"))
        {
            return (null, "request.type", "must be Documenten or Afspraken");
        }
        if (type == "Documenten" && document is not { Length: > 0 })
        {
            return (null, "document", "a Documenten request needs the document (base64)");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var message = new OutgoingPartnerMessage
        {
            Account = account,
            MessageType = type,
            Request = request.GetRawText(),
            Attachment = document,
            Origin = "api:" + user,
            State = OutgoingState.Requested,
            CreatedUtc = now,
        };
        context.OutgoingPartnerMessages.Add(message);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = "partner-message.request", Target = $"{account}/{message.Id}", Reason = type });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (message.Id, null, null);
    }

    public async Task<IReadOnlyList<PartnerMessageRecord>> ListAsync(string? account, int take, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var query = context.OutgoingPartnerMessages.AsNoTracking();
        if (account is not null)
        {
            query = query.Where(m => m.Account == account);
        }
        var rows = await query.OrderByDescending(m => m.Id).Take(take)
            .Select(m => new { m.Id, m.Account, m.MessageType, m.Origin, m.State, m.Release, m.Berrefnr, m.FileName, m.LastError, m.CreatedUtc, m.SentUtc, m.AnsweredUtc })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(m => new PartnerMessageRecord(m.Id, m.Account, m.MessageType, m.Origin, m.State.ToString(), m.Release, m.Berrefnr, m.FileName,
            m.LastError, Utc.Of(m.CreatedUtc), Utc.Of(m.SentUtc), Utc.Of(m.AnsweredUtc)))];
    }
}

/// <summary>A message the receiving role sends (or sent) a partner, without its content.</summary>
internal sealed record PartnerMessageRecord(long Id, string Account, string MessageType, string Origin, string State, string? Release, string? Berrefnr,
    string? FileName, string? LastError, DateTime CreatedUtc, DateTime? SentUtc, DateTime? AnsweredUtc);
