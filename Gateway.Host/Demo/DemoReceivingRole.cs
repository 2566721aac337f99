using System.Text;
using System.Text.Json.Nodes;
using Gateway.Core.Accounts;
using Gateway.Receiving;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Demo;

/// <summary>
/// The demo's second role: a hosted receiving account, <c>arbodienst-in</c>, whose partner folder gets what the first
/// account delivered — as an arbodienst running the gateway would receive it. It walks the start-up procedure (files
/// held while the account starts blocked, then a restart that processes them in order), answers with Retourmeldingen
/// (a copy sent twice is refused), and ends with the account blocked again and one file held, to restart from the
/// admin UI (<c>/ui/receiving</c>, the account's page) or <c>gateway accounts restart</c>.
/// </summary>
internal static class DemoReceivingRole
{
    public const string Account = "arbodienst-in";
    private const string UserName = "demo-partner";
    private const string Inbox = "inbox";
    private const string Retour = "outbox";
    private static readonly (string Type, string Filter)[] Imports =
        [("WerkgeversGegevensBasisregistratie", "WG_*.xml"), ("Dienstverbanden", "DV_*.xml"), ("Verzuimmeldingen", "VZ_*.xml")];

    /// <summary>The role's part of the demo configuration (under <c>Gateway</c>): the hosted folders' root and the account.</summary>
    public static JsonObject Configuration(string workDirectory, string release, IEnumerable<string> employerIds) => new()
    {
        ["HostedSftp"] = new JsonObject { ["ChrootRoot"] = Path.Combine(workDirectory, "hosted") },
        ["ReceivingAccounts"] = new JsonObject
        {
            [Account] = new JsonObject
            {
                ["Kind"] = "HostedSftp",
                ["Transport"] = new JsonObject { ["UserName"] = UserName, ["RetourmeldingFolder"] = Retour },
                ["AuthorisedEmployers"] = new JsonArray([.. employerIds.Select(id => JsonValue.Create(id))]),
                ["ImportConfigurations"] = new JsonArray([.. Imports.Select(i => new JsonObject
                {
                    ["MessageType"] = i.Type, ["Release"] = release, ["Folder"] = Inbox, ["FileFilter"] = i.Filter,
                })]),
            },
        },
    };

    /// <summary>The folder the role's Retourmeldingen are written to (the partner's side of the hosted account).</summary>
    public static string RetourmeldingenFolder(JsonObject configuration) =>
        Path.Combine(configuration["HostedSftp"]!["ChrootRoot"]!.GetValue<string>(), UserName, Retour);

    /// <param name="delivered">The files the first account delivered, in the order it made them.</param>
    /// <param name="lost">Delivered files that never reach this partner (the demo's lost ziekmelding).</param>
    public static async Task RunAsync(IConfiguration settings, JsonObject configuration, SiviValidator validator, IReadOnlyList<string> delivered,
        IReadOnlySet<string> lost, TextWriter output, CancellationToken cancellationToken)
    {
        var json = new JsonObject { ["Gateway"] = configuration.DeepClone() }.ToJsonString();
        var config = new ConfigurationBuilder().AddConfiguration(settings).AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        await using var services = new ServiceCollection().AddSingleton(validator).AddGatewayReceiving(config).BuildServiceProvider();
        await services.GetRequiredService<ReceivingDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        var account = services.GetRequiredService<ReceivingAccountCatalog>().Get(Account);
        var intake = services.GetRequiredService<ReceivingIntake>();
        var open = services.GetRequiredService<ReceivingFolders>().Open(account);
        var control = services.GetRequiredService<AccountControl>();
        var chroot = Path.Combine(configuration["HostedSftp"]!["ChrootRoot"]!.GetValue<string>(), UserName);
        var inbox = Directory.CreateDirectory(Path.Combine(chroot, Inbox)).FullName;
        Directory.CreateDirectory(Path.Combine(chroot, Retour));

        // the partner drops them in the order it made them; the intake takes a folder's files in name order
        var files = delivered.Where(path => File.Exists(path) && !lost.Contains(path)).Select((path, i) => (Path: path, Name: Ordered(Path.GetFileName(path), i))).ToList();
        var last = files.LastOrDefault(f => f.Name.StartsWith("VZ_", StringComparison.Ordinal));
        foreach (var (path, name) in files.Where(f => f != last))
        {
            File.Copy(path, Path.Combine(inbox, name));
        }
        var held = await intake.RunOnceAsync(account, open, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Receiving account {Account} (hosted, partner folder {inbox}): {held.Count} files arrived while it starts blocked, "
            + $"{held.Count(o => o.Status == ReceivedFileStatus.Held)} held").ConfigureAwait(false);

        await control.RestartAsync(Account, PendingChoice.Process, "demo", "start-up procedure done", cancellationToken).ConfigureAwait(false);
        var processed = await intake.RunOnceAsync(account, open, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"  restarted with process: {Count(processed)}").ConfigureAwait(false);
        if (files.FirstOrDefault(f => f != last && f.Name.StartsWith("VZ_", StringComparison.Ordinal)) is { Path: not null } again)
        {
            File.Copy(again.Path, Path.Combine(inbox, "VZ_sent_twice.xml"));
            var refused = await intake.RunOnceAsync(account, open, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"  a file sent twice: {Count(refused)} — {string.Join("; ", refused.SelectMany(o => o.Errors).Select(e => e.Toelichting).Distinct())}")
                .ConfigureAwait(false);
        }
        await control.BlockAsync(Account, "demo", "blocked by the demo: restart it yourself", cancellationToken).ConfigureAwait(false);
        if (last.Path is not null)
        {
            File.Copy(last.Path, Path.Combine(inbox, last.Name));
            await intake.RunOnceAsync(account, open, cancellationToken).ConfigureAwait(false);
        }
        var retours = Directory.GetFiles(Path.Combine(chroot, Retour), "RM_*.xml").Length;
        await output.WriteLineAsync($"  blocked again with {(last.Path is null ? 0 : 1)} file held; {retours} Retourmeldingen in {Path.Combine(chroot, Retour)}").ConfigureAwait(false);
        await output.WriteLineAsync($"  see them in the admin UI (Ontvangst) or `gateway receiving files --config …`; restart: `gateway accounts restart {Account} --pending process`")
            .ConfigureAwait(false);
    }

    /// <summary><c>VZ_berrefnr.xml</c> as <c>VZ_00012_berrefnr.xml</c>: its type prefix kept, its place in the order after it.</summary>
    private static string Ordered(string name, int index) =>
        name.IndexOf('_', StringComparison.Ordinal) is var cut and > 0 ? $"{name[..(cut + 1)]}{index:D6}_{name[(cut + 1)..]}" : name;

    private static string Count(IReadOnlyList<ReceivedFileOutcome> outcomes) =>
        string.Join(", ", outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
}
