using Gateway.Core.Accounts;
using Gateway.Core.Persistence;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Retourmeldingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Gateway.Receiving.Accounts;

/// <summary>
/// The receiving accounts for account control (<see cref="IReceivingAccounts"/>): their configuration, their files
/// per status, and what a restart does with the files held while an account was blocked — nothing at once when they
/// are to be processed (the account's next run applies them in arrival order), or, when they are discarded, each
/// marked <see cref="ReceivedFileStatus.Discarded"/> with its content kept for audit, its Berrefnr released (the sender
/// may send again under it), a Retourmelding saying it was not processed made due and an audit entry, all in account
/// control's transaction.
/// </summary>
public sealed class ReceivingAccountRole(ReceivingAccountCatalog catalog, ReceivingDatabase register, RetourmeldingBuilder retourmeldingen,
    ILogger<ReceivingAccountRole> logger) : IReceivingAccounts
{
    public IReadOnlyList<ReceivingAccountInfo> Accounts { get; } = [.. catalog.Accounts.Select(Describe)];

    public async Task<IReadOnlyDictionary<string, ReceivingCounts>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        var rows = await context.Files.AsNoTracking().GroupBy(f => new { f.Account, f.Status })
            .Select(g => new { g.Key.Account, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.Account, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            var by = g.ToDictionary(r => r.Status, r => r.Count);
            return new ReceivingCounts(by.GetValueOrDefault(ReceivedFileStatus.Held), by.GetValueOrDefault(ReceivedFileStatus.Waiting),
                by.GetValueOrDefault(ReceivedFileStatus.Processed), by.GetValueOrDefault(ReceivedFileStatus.Refused), by.GetValueOrDefault(ReceivedFileStatus.Discarded));
        }, StringComparer.Ordinal);
    }

    public async Task<int> RestartAsync(GatewayDbContext context, string account, PendingChoice pending, string user, string? reason, DateTime now,
        CancellationToken cancellationToken)
    {
        var receiving = catalog.Get(account);
        await using var files = register.CreateContext(context.Database.GetDbConnection(), context.Database.CurrentTransaction!.GetDbTransaction());
        var held = await files.Files.Where(f => f.Account == account && f.Status == ReceivedFileStatus.Held).OrderBy(f => f.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (pending == PendingChoice.Discard)
        {
            IReadOnlyList<ReceivingError> errors = [ReceivingErrors.DiscardedAtRestart()];
            foreach (var file in held)
            {
                file.Status = ReceivedFileStatus.Discarded;
                file.CompletedUtc = now;
                file.Errors = StoredErrors.Write(errors);
                if (file.Berrefnr is { } berrefnr)
                {
                    await files.Berrefnrs.Where(b => b.Account == account && b.Berrefnr == berrefnr && b.FileId == file.Id)
                        .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                }
                var header = ReceivedHeaderReader.Read(file.Content ?? []);
                if (retourmeldingen.Build(receiving, header, processed: false, errors) is { } answer)
                {
                    RetourmeldingOutbox.Add(files, account, file.Id, answer, now, cancellationToken);
                }
                context.AuditLog.Add(AccountControl.DiscardEntry(account, file.Berrefnr, user, reason, now));
            }
            await files.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Receiving {Account}: restarted by {User}, {HeldCount} held files {Pending}", account, user, held.Count, pending);
        }
        return held.Count;
    }

    private static ReceivingAccountInfo Describe(ReceivingAccount account)
    {
        var options = account.Options;
        var transport = options.Transport;
        var hosted = options.Kind == ReceivingAccountKind.HostedSftp;
        var source = hosted
            ? $"hosted SFTP login {transport.UserName ?? account.Name}"
            : $"sftp://{transport.UserName}@{transport.Host}:{transport.Port}";
        return new ReceivingAccountInfo(account.Name, options.Kind.ToString(), source, hosted ? transport.UserName ?? account.Name : null, options.ProcessingBlocked);
    }
}
