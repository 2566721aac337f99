using Gateway.Contracts;
using Gateway.Core.Accounts;
using Gateway.Core.Incoming;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Core.Uitval;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Ledger;
using Gateway.Outbound.Validate;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sivi.Messages;
using Sivi.Messages.Header;
using Sivi.Messages.Reading;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Incoming;

/// <summary>
/// Takes one file an arbodienst placed for the employer: it must be a valid message of its release (root and namespace
/// say which), of a type the account takes (<see cref="IncomingMessagesOptions.MessageTypes"/>), and every item in it
/// readable (<see cref="IncomingItemReader"/>). Then, in one unit of work, the message and its items are stored, an
/// <see cref="IncomingItemReceived"/> event per item is published, and a Retourmelding (processed) is queued on the
/// ledger when the sender asked for one. A refused file is stored as refused with its reason, becomes uitval, and is
/// answered with a rejecting Retourmelding (when the sender asked, or <see cref="IncomingMessagesOptions.AnswerRefusals"/>).
/// Nothing is half-applied; a file whose Berrefnr this account already sent is taken again without effect.
/// </summary>
public sealed class IncomingMessageProcessor(GatewayDatabase database, SiviValidator validator, TimeProvider clock, ILogger<IncomingMessageProcessor> logger)
{
    /// <summary>GebrSwPakket of our Retourmeldingen.</summary>
    public const string Software = "SIVI Gateway";

    /// <summary>SrtFoutCd 01: not a valid message of the agreed type and release.</summary>
    public const string TechnischOnjuist = "01";

    /// <summary>SrtFoutCd 06: a valid message whose content the receiver refuses.</summary>
    public const string InhoudelijkGeweigerd = "06";

    private readonly RetourmeldingFactory _retourmeldingen = new(SiviDefinitions.Embedded, clock);

    public async Task<IncomingOutcome> ProcessAsync(PartnerAccountOptions account, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var options = account.Incoming;
        var verdict = await validator.ValidateAsync(Stream(content), fileName, cancellationToken: cancellationToken).ConfigureAwait(false);
        var message = await TryReadAsync(content, cancellationToken).ConfigureAwait(false);
        var type = verdict.MessageType?.Name ?? message?.MessageName ?? "unknown";
        var release = verdict.MessageType is null ? message?.Release : verdict.Release;
        var berrefnr = message?.BrAlg?.Berrefnr;
        if (!verdict.IsValid || message is null)
        {
            var errors = verdict.Errors.Take(3).Select(e => PersonalDataScrubber.Scrub(e.ToString()) ?? "").ToList();
            var reason = verdict.MessageType is null
                ? $"{fileName} is not a SIVI message the gateway knows"
                : $"{fileName} is not a valid {type} of release {release}: {string.Join("; ", errors)}";
            return await RefuseAsync(account, fileName, type, release, message, reason, TechnischOnjuist, cancellationToken).ConfigureAwait(false);
        }
        if (!options.MessageTypes.Contains(type, StringComparer.OrdinalIgnoreCase) || type is not (IncomingMessageTypes.Documenten or IncomingMessageTypes.Afspraken))
        {
            return await RefuseAsync(account, fileName, type, release, message, $"{type} is not a message type account {account.Name} takes",
                TechnischOnjuist, cancellationToken).ConfigureAwait(false);
        }
        if (berrefnr is null)
        {
            return await RefuseAsync(account, fileName, type, release, message, $"{fileName} has no Berrefnr", TechnischOnjuist, cancellationToken).ConfigureAwait(false);
        }
        await using var context = database.CreateContext();
        if (await context.IncomingMessages.AnyAsync(m => m.Account == account.Name && m.Berrefnr == berrefnr && m.Accepted, cancellationToken).ConfigureAwait(false))
        {
            IncomingLog.Repeated(logger, account.Name, fileName, type, berrefnr);
            return IncomingOutcome.Repeated;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var (items, problems) = new IncomingItemReader(options).Read(message, account.Name, berrefnr, now);
        if (problems.Count > 0)
        {
            return await RefuseAsync(account, fileName, type, release, message, string.Join("; ", problems), InhoudelijkGeweigerd, cancellationToken, problems)
                .ConfigureAwait(false);
        }
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var stored = new IncomingMessage
        {
            Account = account.Name,
            MessageType = type,
            Release = release,
            Berrefnr = berrefnr,
            FileName = fileName,
            Accepted = true,
            ReceivedUtc = now,
        };
        context.IncomingMessages.Add(stored);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            item.IncomingMessageId = stored.Id;
            context.IncomingItems.Add(item);
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            OutboxWriter.Add(context, new IncomingItemReceived(item.Id, account.Name, item.Kind.ToString(), berrefnr, item.ItemId, item.EmployeeId, item.CaseId,
                item.FileType, item.SizeBytes), now);
        }
        if (message.BrAlg?.OntvngstbevJN == "J")
        {
            stored.RetourmeldingBerrefnr = await AnswerAsync(context, account, type, message, processed: true, [], now, cancellationToken).ConfigureAwait(false);
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        IncomingLog.Accepted(logger, account.Name, fileName, type, berrefnr, items.Count);
        return IncomingOutcome.Accepted;
    }

    private async Task<IncomingOutcome> RefuseAsync(PartnerAccountOptions account, string fileName, string type, string? release, SiviMessage? message,
        string reason, string srtFoutCd, CancellationToken cancellationToken, IReadOnlyList<string>? errors = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        reason = PersonalDataScrubber.Scrub(reason) ?? reason;
        await using var context = database.CreateContext();
        var stored = new IncomingMessage
        {
            Account = account.Name,
            MessageType = type,
            Release = release,
            Berrefnr = message?.BrAlg?.Berrefnr,
            FileName = fileName,
            Accepted = false,
            Reason = reason,
            ReceivedUtc = now,
        };
        context.IncomingMessages.Add(stored);
        context.Uitval.Add(new UitvalEntry
        {
            Integration = account.Integration.Length > 0 ? account.Integration : null,
            Account = account.Name,
            Stage = UitvalStage.Validation,
            Connector = type,
            RecordKey = stored.Berrefnr ?? fileName,
            Reason = $"{type} {fileName} from {account.Name} refused: {reason}",
            Status = UitvalStatus.Open,
            CreatedUtc = now,
        });
        if (message is not null && (message.BrAlg?.OntvngstbevJN == "J" || account.Incoming.AnswerRefusals))
        {
            var foutmeldingen = (errors ?? [reason]).Select(e => (srtFoutCd, (string?)Cut(PersonalDataScrubber.Scrub(e) ?? e))).ToList();
            stored.RetourmeldingBerrefnr = await AnswerAsync(context, account, type, message, processed: false, foutmeldingen, now, cancellationToken).ConfigureAwait(false);
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        IncomingLog.Refused(logger, account.Name, fileName, reason);
        return IncomingOutcome.Refused;
    }

    /// <summary>Queues the Retourmelding on the ledger (delivered like any message of the account); its Berrefnr, or null when none can be built.</summary>
    private async Task<string?> AnswerAsync(GatewayDbContext context, PartnerAccountOptions account, string type, SiviMessage message, bool processed,
        IReadOnlyList<(string, string?)> errors, DateTime now, CancellationToken cancellationToken)
    {
        var header = message.BrAlg!;
        var retour = _retourmeldingen.Build(message.Release, header.Berrefnr, header.IdOntvngr ?? account.Name, header.IdInzndr ?? account.Name, Software,
            header.TestJN == "J", processed, errors);
        if (retour is null)
        {
            return null;
        }
        var (body, failure) = new ValidationGate(validator, SiviMessageWriter.Default, account.Integration)
            .Pass(new MappedMessage(retour, header.Berrefnr!, []), message.Release!, type, header.Berrefnr, cancellationToken);
        if (body is null)
        {
            IncomingLog.Refused(logger, account.Name, header.Berrefnr!, $"no Retourmelding could be made: {failure?.Reason}");
            return null;
        }
        var answer = retour.BrAlg!.Berrefnr!;
        await LedgerWriter.AddAsync(context, new NewLedgerMessage(account.Name, RetourmeldingFactory.MessageName, message.Release!, "retour:" + header.Berrefnr,
            answer, $"RM_{answer}.xml", body), now, cancellationToken).ConfigureAwait(false);
        return answer;
    }

    private static async Task<SiviMessage?> TryReadAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        try
        {
            return await SiviMessageReader.Default.ReadAsync(Stream(content), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SiviReadException or System.Xml.XmlException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static MemoryStream Stream(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static string Cut(string text) => text.Length <= 512 ? text : text[..509] + "...";
}

/// <summary>What became of a received file.</summary>
public enum IncomingOutcome
{
    Accepted = 1,
    Refused = 2,

    /// <summary>Its Berrefnr was taken from this account before: nothing changed.</summary>
    Repeated = 3,
}
