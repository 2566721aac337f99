using System.Diagnostics;
using System.Globalization;
using Gateway.Transport.Delivery;
using Gateway.Transport.Files;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.HostKeys;

// Usage: SftpBench HOST PORT USER KEYFILE FINGERPRINT SOURCE_DIR REMOTE_DIR [warm]
// Delivers every file of SOURCE_DIR (named <prefix>_<berrefnr>_<yyyyMMddHHmmss>.xml) to REMOTE_DIR over ONE session,
// through the delivery target the service uses for SFTP push accounts (TransferFolderTarget over FileDelivery: upload
// under ".<name>.part", rename to <name>), and prints "elapsed_ms=<n> files=<n> bytes=<n>".
// The time covers connect, host key check, authentication, reading the files, all deliveries and disconnect.
// With "warm", the same process first delivers 100 of the files to REMOTE_DIR-warmup over another session (untimed),
// as a long-running gateway would have done before: the timed run then has no JIT or first-use costs.
if (args.Length is not (7 or 8))
{
    Console.Error.WriteLine("usage: SftpBench HOST PORT USER KEYFILE FINGERPRINT SOURCE_DIR REMOTE_DIR [warm]");
    return 2;
}
var settings = new SftpConnectionSettings
{
    Host = args[0],
    Port = int.Parse(args[1], CultureInfo.InvariantCulture),
    UserName = args[2],
    Credential = SftpPrivateKeyCredential.FromFile(args[3]),
    HostKey = HostKeyPin.Parse(args[4]),
    KeepAliveInterval = TimeSpan.Zero,
};
var sourceFiles = Directory.GetFiles(args[5], "*.xml").Order(StringComparer.Ordinal).ToList();
var remote = args[6];

if (args.Length == 8 && args[7] == "warm")
{
    await DeliverAsync(sourceFiles.Take(100), remote + "-warmup");
}
var clock = Stopwatch.StartNew();
var (delivered, bytes) = await DeliverAsync(sourceFiles, remote);
clock.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed_ms={clock.Elapsed.TotalMilliseconds:F1} files={delivered} bytes={bytes}"));
return 0;

async Task<(int Delivered, long Bytes)> DeliverAsync(IEnumerable<string> files, string folder)
{
    long bytes = 0;
    var delivered = 0;
    var connection = await new SftpClient().ConnectAsync(settings);
    await connection.CreateDirectoryAsync(folder);
    await using var target = new TransferFolderTarget(_ => Task.FromResult<ITransferFileSystem>(connection), folder);
    foreach (var path in files)
    {
        var content = await File.ReadAllBytesAsync(path);
        await target.DeliverAsync(Path.GetFileName(path), content, CancellationToken.None);
        bytes += content.Length;
        delivered++;
    }
    return (delivered, bytes);
}
