using Gateway.Core.PartnerSending;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Core.Uitval;
using Gateway.Receiving.Accounts;
using Gateway.Transport.Delivery;
using Gateway.Transport.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sivi.Messages;
using Sivi.Messages.Header;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Validation;

namespace Gateway.Receiving.Sending;

/// <summary>
/// Sends a receiving account's partner the Documenten and Afspraken requested for it (<see cref="OutgoingPartnerMessage"/>,
/// from the drop folder — <see cref="DropFolderRequests"/> — or the admin API): each request is built for the partner's
/// release (<see cref="ReceivingSendOptions.Release"/>), validated against it, and put in the account's outgoing folder
/// under a temporary name first; a request that cannot be built or is not valid fails with uitval naming why. Sent
/// messages wait for the partner's Retourmelding (<see cref="SentMessageCorrelator"/>).
/// </summary>
public sealed class PartnerSender(GatewayDatabase database, SiviValidator validator, ReceivingOptions options, TimeProvider clock, ILogger<PartnerSender> logger)
{
    private readonly PartnerMessageBuilder _builder = new(SiviDefinitions.Embedded, clock);

    /// <summary>One run for <paramref name="account"/>: takes its drop folder, builds what is requested, sends what is built; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(ReceivingAccount account, Func<CancellationToken, Task<ITransferFileSystem>> open, CancellationToken cancellationToken)
    {
        await new DropFolderRequests(database, clock, logger).TakeAsync(account, cancellationToken).ConfigureAwait(false);
        await BuildAsync(account, cancellationToken).ConfigureAwait(false);
        return await SendAsync(account, open, cancellationToken).ConfigureAwait(false);
    }

    private async Task BuildAsync(ReceivingAccount account, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var requested = await context.OutgoingPartnerMessages
            .Where(m => m.Account == account.Name && m.State == OutgoingState.Requested && m.Body == null)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var request in requested)
        {
            var release = account.Options.Sending.Release;
            try
            {
                var message = Build(account, request, release);
                var body = SiviMessageWriter.Default.ToBytes(message, release, cancellationToken);
                var prefix = message.MessageName == "Documenten" ? "DOC" : "AFS";
                var verdict = await validator.ValidateAsync(new MemoryStream(body), request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), release,
                    cancellationToken).ConfigureAwait(false);
                if (!verdict.IsValid)
                {
                    throw new SendRequestException($"the {message.MessageName} built is not valid for release {release}: "
                        + string.Join("; ", verdict.Errors.Take(3).Select(e => PersonalDataScrubber.Scrub(e.ToString()))));
                }
                request.Release = release;
                request.Berrefnr = message.BrAlg!.Berrefnr;
                request.FileName = $"{prefix}_{request.Berrefnr}.xml";
                request.Body = body;
            }
            catch (Exception e) when (e is SendRequestException or SiviWriteException)
            {
                Fail(context, account, request, PersonalDataScrubber.Scrub(e.Message) ?? e.GetType().Name, now);
            }
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private SiviMessage Build(ReceivingAccount account, OutgoingPartnerMessage request, string release)
    {
        var parsed = SendRequest.Parse(request.Request);
        var link = new BrAlgOptions(account.Options.OwnIdentification ?? options.OwnIdentification, account.Options.PartnerIdentification ?? account.Name,
            options.SoftwareName, OntvangstbevestigingGevraagd: account.Options.Sending.AskRetourmelding);
        if (!SiviDefinitions.Embedded.Exists(parsed.Type!, release))
        {
            throw new SendRequestException($"release {release} has no {parsed.Type}");
        }
        return parsed.Type == "Documenten"
            ? _builder.Documenten(release, link, [parsed.Document(request.Attachment ?? throw new SendRequestException("a Documenten request needs its document"))])
            : _builder.Afspraken(release, link, [parsed.Afspraak()]);
    }

    private static void Fail(GatewayDbContext context, ReceivingAccount account, OutgoingPartnerMessage request, string reason, DateTime now)
    {
        request.State = OutgoingState.Failed;
        request.LastError = reason;
        context.Uitval.Add(new UitvalEntry
        {
            Account = account.Name,
            Stage = UitvalStage.Transformation,
            Connector = request.MessageType,
            RecordKey = $"request {request.Id}",
            Reason = $"{request.MessageType} request {request.Id} ({request.Origin}) for {account.Name} not sent: {reason}",
            Status = UitvalStatus.Open,
            CreatedUtc = now,
        });
    }

    private async Task<int> SendAsync(ReceivingAccount account, Func<CancellationToken, Task<ITransferFileSystem>> open, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var ready = await context.OutgoingPartnerMessages.AsNoTracking()
            .Where(m => m.Account == account.Name && m.State == OutgoingState.Requested && m.Body != null)
            .OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (ready.Count == 0)
        {
            return 0;
        }
        var files = await open(cancellationToken).ConfigureAwait(false);
        try
        {
            var folder = account.Options.Sending.OutgoingFolder;
            await files.CreateDirectoryAsync(folder, cancellationToken).ConfigureAwait(false);
            await using var target = new TransferFolderTarget(_ => Task.FromResult(files), folder);
            foreach (var id in ready)
            {
                var message = await context.OutgoingPartnerMessages.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
                await target.DeliverAsync(message.FileName!, message.Body!, cancellationToken).ConfigureAwait(false);
                message.State = OutgoingState.Sent;
                message.SentUtc = clock.GetUtcNow().UtcDateTime;
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                SendLog.Sent(logger, account.Name, message.Id, message.MessageType, message.Berrefnr!);
            }
        }
        finally
        {
            await TransferFileSystems.DisposeAsync(files).ConfigureAwait(false);
        }
        return ready.Count;
    }
}
