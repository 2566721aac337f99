using System.CommandLine;
using Gateway.Receiving;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Receive;

/// <summary>
/// <c>gateway receive --once [--account A] [--config FILE]</c>: one round of the receiving role (the service does this on
/// the import schedules): takes every waiting file, processes it, answers with Retourmeldingen, and prints per account
/// how many files were processed, refused, held or are waiting, and what it could not take in (a folder that failed,
/// files left at the partner).
/// </summary>
public static class ReceiveCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "One round, then exit", Required = true };
        var account = new Option<string?>("--account") { Description = "Only this receiving account" };
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var profile = new Option<bool>("--profile") { Description = "Also print where the run spent its time (per import step, register work, Retourmeldingen)" };
        var command = new Command("receive", "Run the receiving role once for the configured partner accounts") { once, account, config, profile };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (_, provider) = await CliServices.OpenAsync(parse.GetValue(config), cancellationToken, (s, c) => s.AddGatewayReceiving(c)).ConfigureAwait(false);
            await provider.GetRequiredService<ReceivingDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            var catalog = provider.GetRequiredService<ReceivingAccountCatalog>();
            var intake = provider.GetRequiredService<ReceivingIntake>();
            var folders = provider.GetRequiredService<ReceivingFolders>();
            var only = parse.GetValue(account);
            var output = parse.InvocationConfiguration.Output;
            foreach (var receiving in catalog.Accounts.Where(a => only is null || a.Name == only))
            {
                var run = await intake.RunAsync(receiving, folders.Open(receiving), cancellationToken).ConfigureAwait(false);
                var outcomes = run.Outcomes;
                var counts = outcomes.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
                await output.WriteLineAsync($"{receiving.Name}: {outcomes.Count} files — {counts.GetValueOrDefault(ReceivedFileStatus.Processed)} processed, "
                    + $"{counts.GetValueOrDefault(ReceivedFileStatus.Refused)} refused, {counts.GetValueOrDefault(ReceivedFileStatus.Held)} held, "
                    + $"{counts.GetValueOrDefault(ReceivedFileStatus.Waiting)} waiting; {outcomes.Count(o => o.RetourmeldingDue)} Retourmeldingen sent").ConfigureAwait(false);
                foreach (var problem in run.Problems)
                {
                    await output.WriteLineAsync($"{receiving.Name}: not taken in — {problem}").ConfigureAwait(false);
                }
                if (parse.GetValue(profile))
                {
                    foreach (var step in run.Timings)
                    {
                        await output.WriteLineAsync($"{receiving.Name}: profile {step.Folder} {step.Pattern}: {step.Timings}").ConfigureAwait(false);
                    }
                    await output.WriteLineAsync($"{receiving.Name}: profile register: {provider.GetRequiredService<ReceivedFileProcessor>().Profile}").ConfigureAwait(false);
                    await output.WriteLineAsync($"{receiving.Name}: profile Retourmeldingen: {run.RetourmeldingenDelivered} delivered in "
                        + $"{(long)run.RetourmeldingDeliveryTime.TotalMilliseconds} ms").ConfigureAwait(false);
                }
            }
            return 0;
        });
        return command;
    }
}
