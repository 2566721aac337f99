using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Register;
using Gateway.Transport.Hosted;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Receiving.Hosted;

/// <summary>
/// The logins of hosted receiving accounts (the partner pushes to the gateway's sshd): issuing (and rotating) a key pair
/// for the partner, and what provisioning needs of each account — its user name, the keys allowed to log in (the
/// configured <c>Transport:AuthorizedPublicKey</c> and the issued one) and the folders of its chroot.
/// </summary>
public sealed class HostedLogins(ReceivingAccountCatalog catalog, GatewayDatabase gateway, ReceivingDatabase register, TimeProvider clock)
{
    /// <summary>
    /// Issues a new Ed25519 key pair for <paramref name="account"/>'s partner, replacing one issued before, and stores its
    /// public half; the audit entry (<c>account.key.issue</c> or <c>account.key.rotate</c>, with the fingerprint) commits
    /// in the same transaction. The result holds the private key and passphrase: hand them over once, never keep them.
    /// </summary>
    public async Task<(IssuedSshKey Key, bool Rotated)> IssueAsync(string account, string user, string? reason, CancellationToken cancellationToken)
    {
        var hosted = Hosted(account);
        var userName = UserName(hosted);
        var now = clock.GetUtcNow().UtcDateTime;
        var key = await SshKeyIssuer.IssueAsync($"{userName}@gateway {now:yyyy-MM-dd}", cancellationToken).ConfigureAwait(false);
        await using var context = gateway.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var logins = register.CreateContext(context.Database.GetDbConnection(), transaction.GetDbTransaction());
        var login = await logins.HostedLogins.SingleOrDefaultAsync(l => l.Account == account, cancellationToken).ConfigureAwait(false);
        var rotated = login is not null;
        if (login is null)
        {
            login = new HostedLogin { Account = account };
            logins.HostedLogins.Add(login);
        }
        login.UserName = userName;
        login.PublicKey = key.PublicKey;
        login.Fingerprint = key.Fingerprint;
        login.IssuedUtc = now;
        login.IssuedBy = user;
        await logins.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.AuditLog.Add(new AuditEntry
        {
            AtUtc = now,
            User = user,
            Action = rotated ? "account.key.rotate" : "account.key.issue",
            Target = account,
            Reason = string.IsNullOrWhiteSpace(reason) ? key.Fingerprint : $"{key.Fingerprint}: {reason}",
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (key, rotated);
    }

    /// <summary>The key issued to the account's partner, or null.</summary>
    public async Task<HostedLogin?> IssuedAsync(string account, CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        return await context.HostedLogins.AsNoTracking().SingleOrDefaultAsync(l => l.Account == account, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every hosted receiving account as provisioning sees it: user, allowed keys, import and Retourmelding folders.</summary>
    public async Task<IReadOnlyList<HostedSftpAccount>> ProvisioningAsync(CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        var issued = await context.HostedLogins.AsNoTracking().ToDictionaryAsync(l => l.Account, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        return [.. catalog.Accounts.Where(a => a.Options.Kind == ReceivingAccountKind.HostedSftp).OrderBy(a => a.Name, StringComparer.Ordinal).Select(a =>
            new HostedSftpAccount(a.Name, UserName(a), [.. KeysOf(a, issued.GetValueOrDefault(a.Name))])
            {
                Folders = [.. a.Options.ImportConfigurations.Select(c => c.Folder).Append(a.Options.Transport.RetourmeldingFolder)],
            })];
    }

    private static IEnumerable<string> KeysOf(ReceivingAccount account, HostedLogin? issued)
    {
        if (!string.IsNullOrWhiteSpace(account.Options.Transport.AuthorizedPublicKey))
        {
            yield return account.Options.Transport.AuthorizedPublicKey;
        }
        if (issued is not null)
        {
            yield return issued.PublicKey;
        }
    }

    private ReceivingAccount Hosted(string account)
    {
        if (!catalog.TryGet(account, out var found) || found is null)
        {
            throw new ArgumentException($"receiving account '{account}' is not configured (known: {string.Join(", ", catalog.Names.Order(StringComparer.Ordinal))})");
        }
        return found.Options.Kind == ReceivingAccountKind.HostedSftp
            ? found
            : throw new ArgumentException($"receiving account '{account}' is not hosted (Kind {found.Options.Kind}): its partner gives us a login, we issue none");
    }

    private static string UserName(ReceivingAccount account) => account.Options.Transport.UserName ?? account.Name;
}
