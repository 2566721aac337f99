using System.CommandLine;
using System.Text.Json;
using Gateway.Core.Accounts;
using Gateway.Core.Persistence;
using Gateway.Core.ReceivingRegister;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Accounts;

/// <summary>
/// <c>gateway accounts show NAME [--json]</c>: one account of either role — state (who changed it when), where its
/// files go or come from, its counts, its last received files (receiving accounts) and its last audit entries.
/// </summary>
public static class ShowAccountCommand
{
    private const int AuditShown = 20;
    private const int FilesShown = 10;

    public static Command Create(Option<string?> config)
    {
        var name = new Argument<string>("account");
        var json = new Option<bool>("--json") { Description = "One JSON object" };
        var command = new Command("show", "One account: state, target or source, counts, audit entries") { name, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var services = await AccountsCommand.OpenServicesAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var control = services.GetRequiredService<AccountControl>();
            var account = AccountsCommand.Known(control, parse.GetValue(name)!);
            var status = await control.StatusAsync(account, cancellationToken).ConfigureAwait(false);
            await using var context = services.GetRequiredService<GatewayDatabase>().CreateContext();
            var state = await context.AccountStates.AsNoTracking().SingleOrDefaultAsync(a => a.Account == account, cancellationToken).ConfigureAwait(false);
            var prefix = account + "/";
            var audit = await context.AuditLog.AsNoTracking().Where(a => a.Target == account || a.Target.StartsWith(prefix))
                .OrderByDescending(a => a.Id).Take(AuditShown).ToListAsync(cancellationToken).ConfigureAwait(false);
            var place = control.Receiving(account)?.Source ?? Target(services.GetRequiredService<AccountCatalog>().Get(account));
            var files = status.Role == AccountRole.Receiving
                ? (await services.GetRequiredService<IReceivingRegisterQueries>().FilesAsync(new ReceivedFileFilter(account, null, null, null, null, null, 0, FilesShown),
                    cancellationToken).ConfigureAwait(false)).Items
                : [];
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    status = AccountsCommand.Json(status),
                    changedUtc = state?.ChangedUtc,
                    changedBy = state?.ChangedBy,
                    place,
                    files,
                    audit = audit.Select(a => new { atUtc = a.AtUtc, user = a.User, action = a.Action, target = a.Target, reason = a.Reason }),
                }, JsonSerializerOptions.Web)).ConfigureAwait(false);
                return 0;
            }
            await output.WriteLineAsync($"{account} ({status.Role.ToString().ToLowerInvariant()}): {(status.Blocked ? "BLOCKED" : "active")}"
                + (state?.ChangedBy is { } by ? $" since {state.ChangedUtc:yyyy-MM-dd HH:mm:ss} UTC by {by}" : " (initial state)")).ConfigureAwait(false);
            await output.WriteLineAsync("  " + place).ConfigureAwait(false);
            await output.WriteLineAsync("  " + (status.Files is { } f
                ? $"held {f.Held}, waiting {f.Waiting}, processed {f.Processed}, refused {f.Refused}, discarded {f.Discarded}"
                : $"held {status.Held}, queued {status.Queued}, delivered {status.Delivered}, failed {status.Failed}")).ConfigureAwait(false);
            foreach (var file in files)
            {
                await output.WriteLineAsync($"  file {file.Id} {file.ReceivedUtc:yyyy-MM-dd HH:mm:ss} {file.FileName} {file.State} Berrefnr {file.Berrefnr}").ConfigureAwait(false);
            }
            foreach (var entry in audit)
            {
                await output.WriteLineAsync($"  {entry.AtUtc:yyyy-MM-dd HH:mm:ss} {entry.User} {entry.Action} {entry.Target} {entry.Reason}".TrimEnd()).ConfigureAwait(false);
            }
            return 0;
        });
        return AccountsCommand.WithUsageErrors(command);
    }

    private static string Target(PartnerAccountOptions account) => account.Delivery.Kind switch
    {
        DeliveryKind.SftpPush => $"delivers to sftp://{account.Delivery.Sftp.Username}@{account.Delivery.Sftp.Host}:{account.Delivery.Sftp.Port}{account.Delivery.Sftp.RemoteFolder}",
        DeliveryKind.Hosted => "delivers to hosted SFTP login " + account.Delivery.Hosted.SystemUser,
        _ => "delivers to folder " + (account.Delivery.Folder ?? Path.Combine("var", "outbox", account.Name)),
    };
}
