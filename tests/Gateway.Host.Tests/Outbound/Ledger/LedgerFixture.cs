using System.Text;
using Gateway.Core.Outages;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Ledger;
using Gateway.Transport.Delivery;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Outbound.Tests.Ledger;

/// <summary>A gateway database, a receiver folder and a dispatcher; messages are small fake bodies named by case and sequence.</summary>
internal sealed class LedgerFixture : IAsyncDisposable
{
    private readonly TempSqliteDatabase _sqlite;

    private LedgerFixture(TempSqliteDatabase sqlite, TimeProvider clock)
    {
        _sqlite = sqlite;
        Receiver = Path.Combine(Path.GetTempPath(), "gateway-receiver-" + Guid.NewGuid().ToString("N"));
        Outages = new PartnerOutages(sqlite.Database, clock, new OutageProbeOptions(), NullLogger<PartnerOutages>.Instance);
        Dispatcher = new DeliveryDispatcher(sqlite.Database, clock, Retry, Outages, NullLogger<DeliveryDispatcher>.Instance);
    }

    public Gateway.Core.Persistence.GatewayDatabase Database => _sqlite.Database;

    public string Receiver { get; }

    public DeliveryRetryPolicy Retry { get; } = new() { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero, MaxAttempts = 3 };

    public DeliveryDispatcher Dispatcher { get; }

    /// <summary>The partner outages the dispatcher records (default probe delays: 10 s doubling to 5 min).</summary>
    public PartnerOutages Outages { get; }

    public static async Task<LedgerFixture> CreateAsync(TimeProvider? clock = null) => new(await TempSqliteDatabase.CreateAsync(), clock ?? TimeProvider.System);

    public static string FileName(string caseKey, int sequence) => $"VZ_{caseKey}-{sequence:D3}.xml";

    public async Task AddAsync(string account, string caseKey, int sequence)
    {
        await using var context = Database.CreateContext();
        var body = Encoding.UTF8.GetBytes($"<Verzuimmeldingen case=\"{caseKey}\" seq=\"{sequence}\"/>");
        await LedgerWriter.AddAsync(context, new NewLedgerMessage(account, "Verzuimmeldingen", "2025", caseKey, $"{caseKey}-{sequence:D3}", FileName(caseKey, sequence), body), DateTime.UtcNow, default);
        await context.SaveChangesAsync();
    }

    public TransferFolderTarget Target() => TransferFolderTarget.LocalFolder(Receiver);

    public string[] Delivered() => Directory.Exists(Receiver) ? [.. Directory.GetFiles(Receiver).Select(Path.GetFileName).Order()!] : [];

    public async ValueTask DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        if (Directory.Exists(Receiver))
        {
            Directory.Delete(Receiver, recursive: true);
        }
    }
}

/// <summary>
/// A target that fails for chosen file names (transiently a number of times, or for good), or for every file while the
/// partner is <see cref="Unreachable"/> (connection refused), and records the order of deliveries and the attempts.
/// </summary>
internal sealed class ScriptedTarget(IDeliveryTarget inner) : IDeliveryTarget
{
    public bool Unreachable { get; set; }

    public int Attempts { get; private set; }

    public Dictionary<string, int> TransientFailures { get; } = [];

    public HashSet<string> PermanentFailures { get; } = [];

    public List<string> Order { get; } = [];

    public async Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        Attempts++;
        if (Unreachable)
        {
            throw new Gateway.Transport.Sftp.Errors.SftpConnectionException("acme@sftp.arbo.example:22", "connect", null, "libssh: Connection refused");
        }
        if (PermanentFailures.Contains(fileName))
        {
            throw new DeliveryFailureException($"receiver refuses {fileName}", transient: false);
        }
        if (TransientFailures.TryGetValue(fileName, out var left) && left > 0)
        {
            TransientFailures[fileName] = left - 1;
            throw new IOException("connection reset");
        }
        await inner.DeliverAsync(fileName, content, cancellationToken);
        Order.Add(fileName);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
