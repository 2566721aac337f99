using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Retour;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Demo;

/// <summary>
/// The Retourmeldingen the arbodienst's gateway wrote go back to the sending account: placed in its Retourmelding
/// folder, read and correlated — the messages acknowledged, the one the partner refused rejected (and uitval).
/// </summary>
internal static class DemoRetourRound
{
    public static async Task RunAsync(IServiceProvider services, PartnerAccountOptions account, string answers, TextWriter output, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(answers) ? Directory.GetFiles(answers, "RM_*.xml").Order(StringComparer.Ordinal).ToList() : [];
        var sftp = services.GetRequiredService<SftpPushTargets>();
        await DemoPartnerDrop.PlaceAsync(account, account.Retourmeldingen, files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))), sftp, cancellationToken)
            .ConfigureAwait(false);
        var taken = await services.GetRequiredService<RetourIntake>().RunOnceAsync(account, RetourIntake.FolderOf(account, sftp, null), cancellationToken).ConfigureAwait(false);
        await using var context = services.GetRequiredService<GatewayDatabase>().CreateContext();
        var states = await context.LedgerMessages.AsNoTracking().Where(m => m.Account == account.Name).GroupBy(m => m.State)
            .Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        int Count(LedgerState state) => states.Where(s => s.State == state).Sum(s => s.Count);
        await output.WriteLineAsync($"Retourmeldingen back at {account.Name} (folder {account.Retourmeldingen.Folder}): {taken} read — {Count(LedgerState.Acknowledged)} acknowledged, "
            + $"{Count(LedgerState.Rejected)} rejected, {Count(LedgerState.Delivered)} delivered without an answer yet").ConfigureAwait(false);
        foreach (var rejected in await context.LedgerMessages.AsNoTracking().Where(m => m.Account == account.Name && m.State == LedgerState.Rejected)
            .OrderBy(m => m.Id).Take(3).Select(m => new { m.FileName, m.LastError }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            await output.WriteLineAsync($"  rejected: {rejected.FileName} — {rejected.LastError}").ConfigureAwait(false);
        }
    }
}
