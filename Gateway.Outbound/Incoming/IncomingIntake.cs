using Gateway.Core.Accounts;
using Gateway.Outbound.Inbox;
using Gateway.Transport.Files;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Incoming;

/// <summary>
/// Polls an account's folder of incoming messages (<see cref="IncomingMessagesOptions"/>, the same pickup as its
/// Retourmeldingen: <see cref="PartnerInbox"/>) and hands each file to the <see cref="IncomingMessageProcessor"/>; the
/// partner's file is removed (or archived) only once its outcome is committed.
/// </summary>
public sealed class IncomingIntake(IncomingMessageProcessor processor, string stateDirectory, ILoggerFactory loggers, TimeProvider clock)
{
    private readonly PartnerInbox _inbox = new(stateDirectory, loggers, clock);

    public Task<int> RunOnceAsync(PartnerAccountOptions account, Func<CancellationToken, Task<ITransferFileSystem>> open, CancellationToken cancellationToken) =>
        _inbox.RunOnceAsync(account, account.Incoming, "incoming", open, async (file, content, token) =>
        {
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, token).ConfigureAwait(false);
            await processor.ProcessAsync(account, file.Name, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), token).ConfigureAwait(false);
        }, cancellationToken);
}
