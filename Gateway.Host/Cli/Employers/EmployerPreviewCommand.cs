using System.CommandLine;
using System.Text.Json;
using Gateway.Afas;
using Gateway.Core.Configuration;
using Gateway.Core.Employers;
using Gateway.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Cli.Employers;

/// <summary>
/// <c>gateway employers preview CODE --account A [--samples N] [--json]</c>: what activating the employer would send to
/// the account — messages per type, the uitval it would raise, sample messages with personal data masked — from a
/// live read of AFAS, without sending or storing anything. Exit 0 when activation would go through cleanly, 1 when it
/// would raise uitval or AFAS has no such employer or cannot be read, 2 for usage errors.
/// </summary>
public static class EmployerPreviewCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(Option<string?> config)
    {
        var code = new Argument<string>("code") { Description = "Werkgeverscode" };
        var account = new Option<string>("--account") { Description = "The partner account whose messages to preview", Required = true };
        var samples = new Option<int>("--samples") { Description = "Sample messages to show (personal data masked)", DefaultValueFactory = _ => 3 };
        var json = new Option<bool>("--json") { Description = "The preview as one JSON object" };
        var command = new Command("preview", "Show what activating an employer would send (nothing is sent or stored)") { code, account, samples, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            GoLivePreview preview;
            try
            {
                var configuration = GatewayConfiguration.Build(parse.GetValue(config));
                var schemas = await SchemaRegistry.LoadAsync(new SchemaRegistryOptions { SchemaDirectory = configuration[SchemaRegistryOptions.SchemaDirectoryKey] },
                    cancellationToken).ConfigureAwait(false);
                var (_, services) = await CliServices.OpenAsync(parse.GetValue(config), cancellationToken, (s, c) =>
                {
                    s.AddSingleton(new SiviValidator(schemas));
                    s.AddGatewayAfas(c);
                    s.AddGatewayOutbound(c);
                }).ConfigureAwait(false);
                preview = await services.GetRequiredService<IGoLivePreview>()
                    .PreviewAsync(parse.GetValue(account)!, parse.GetValue(code)!, parse.GetValue(samples), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException or SchemaRegistryException)
            {
                await error.WriteLineAsync("gateway employers preview: " + e.Message).ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(preview, Json)).ConfigureAwait(false);
            }
            else
            {
                await WriteAsync(output, preview).ConfigureAwait(false);
            }
            return preview.PullError is null && preview.Found && preview.Uitval.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, GoLivePreview p)
    {
        await output.WriteLineAsync($"Go-live preview of employer {p.Employer}{(p.EmployerName is null ? "" : $" ({p.EmployerName})")} for account {p.Account} "
            + $"(integration {p.Integration}); nothing was sent or stored").ConfigureAwait(false);
        if (p.PullError is not null)
        {
            await output.WriteLineAsync("AFAS could not be read: " + p.PullError).ConfigureAwait(false);
            return;
        }
        if (!p.Found)
        {
            await output.WriteLineAsync($"AFAS has no employer {p.Employer} in the Werkgevers connector").ConfigureAwait(false);
            return;
        }
        if (p.AlreadyActive)
        {
            await output.WriteLineAsync("The employer is active already: this is what a first activation would send.").ConfigureAwait(false);
        }
        await output.WriteLineAsync("AFAS rows read: " + string.Join(", ", p.RowsRead.Select(r => $"{r.Key} {r.Value}"))).ConfigureAwait(false);
        await output.WriteLineAsync($"Messages activation would send: {p.MessageCount}").ConfigureAwait(false);
        foreach (var count in p.Messages)
        {
            await output.WriteLineAsync($"  {count.MessageType,-36} {count.Count,6}").ConfigureAwait(false);
        }
        await output.WriteLineAsync($"Uitval it would raise: {p.Uitval.Count}").ConfigureAwait(false);
        foreach (var u in p.Uitval)
        {
            await output.WriteLineAsync($"  {u.Stage,-14} {u.Connector} {u.RecordKey ?? "(no key)"} {u.Field}: {u.Reason}").ConfigureAwait(false);
        }
        if (p.Skipped > 0)
        {
            await output.WriteLineAsync($"Records the account's profile leaves out: {p.Skipped}").ConfigureAwait(false);
        }
        foreach (var sample in p.Samples)
        {
            await output.WriteLineAsync($"--- sample {sample.MessageType} {sample.FileName} (personal data masked)").ConfigureAwait(false);
            await output.WriteLineAsync(sample.MaskedXml).ConfigureAwait(false);
        }
    }
}
