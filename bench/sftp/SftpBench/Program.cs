using System.Diagnostics;
using System.Globalization;
using Gateway.Core.Accounts;
using Gateway.Core.Secrets;
using Gateway.Outbound.Deliver;
using Gateway.Transport.Delivery;
using Gateway.Transport.Files;
using Microsoft.Extensions.Logging.Abstractions;

// Usage: SftpBench CLIENT SESSIONS IN_FLIGHT HOST PORT USER KEYFILE FINGERPRINT SOURCE_DIR REMOTE_DIR [warm]
// Delivers every file of SOURCE_DIR to REMOTE_DIR with the writer the service constructs for an SftpPush account
// (SftpPushTargets: the account's Transport:Client = CLIENT, LibSsh or SshNet, pinned host key; TransferFolderTarget:
// upload under ".<name>.part", rename to <name>), and prints "elapsed_ms=<n> files=<n> bytes=<n>".
// SESSIONS writers (one SSH connection each) deliver a share of the files each, side by side; IN_FLIGHT calls at once
// share one writer and its connection (1 = one file at a time, as the service's delivery loop calls it; more lets
// SSH.NET multiplex requests; libssh runs them one after the other). The bodies are read before the clock starts
// (the service has them in memory); the time covers connect, host key check, authentication, all deliveries and
// disconnect. With "warm", the same process first delivers 100 of the files to REMOTE_DIR-warmup (untimed), as a
// long-running gateway would have done before: the timed run then has no JIT or first-use costs.
if (args.Length is not (10 or 11))
{
    Console.Error.WriteLine("usage: SftpBench CLIENT SESSIONS IN_FLIGHT HOST PORT USER KEYFILE FINGERPRINT SOURCE_DIR REMOTE_DIR [warm]");
    return 2;
}
var sessions = int.Parse(args[1], CultureInfo.InvariantCulture);
var inFlight = int.Parse(args[2], CultureInfo.InvariantCulture);
var account = new PartnerAccountOptions
{
    Name = "bench",
    Transport = new AccountTransportOptions { Client = args[0] },
    Delivery = new DeliveryOptions
    {
        Kind = DeliveryKind.SftpPush,
        Sftp = new SftpPushOptions
        {
            Host = args[3],
            Port = int.Parse(args[4], CultureInfo.InvariantCulture),
            Username = args[5],
            PrivateKeyFile = args[6],
            HostKey = args[7],
        },
    },
};
var files = Directory.GetFiles(args[8], "*.xml").Order(StringComparer.Ordinal)
    .Select(path => (Name: Path.GetFileName(path), Body: File.ReadAllBytes(path))).ToList();
var remote = args[9];
var pushTargets = new SftpPushTargets(new SecretProtector(new byte[32]), NullLoggerFactory.Instance);

if (args.Length == 11 && args[10] == "warm")
{
    await DeliverAsync(files.Take(100).ToList(), remote + "-warmup");
}
var clock = Stopwatch.StartNew();
await DeliverAsync(files, remote);
clock.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"elapsed_ms={clock.Elapsed.TotalMilliseconds:F1} files={files.Count} bytes={files.Sum(f => (long)f.Body.Length)}"));
return 0;

async Task DeliverAsync(IReadOnlyList<(string Name, byte[] Body)> batch, string folder)
{
    var shares = Enumerable.Range(0, sessions).Select(s => batch.Where((_, i) => i % sessions == s).ToList()).ToList();
    await Task.WhenAll(shares.Select(share => SessionAsync(share, folder)));
}

async Task SessionAsync(List<(string Name, byte[] Body)> share, string folder)
{
    // one connection per writer, opened once and shared by the writer's concurrent calls
    var connecting = new Lazy<Task<ITransferFileSystem>>(() => pushTargets.Connect(account)(CancellationToken.None));
    await using var writer = new TransferFolderTarget(_ => connecting.Value, folder);
    await (await connecting.Value).CreateDirectoryAsync(folder); // a fresh folder per run; mkdir is idempotent
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
    {
        for (var i = Interlocked.Increment(ref next); i < share.Count; i = Interlocked.Increment(ref next))
        {
            await writer.DeliverAsync(share[i].Name, share[i].Body, CancellationToken.None);
        }
    }));
}
