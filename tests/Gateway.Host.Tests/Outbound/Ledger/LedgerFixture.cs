using System.Text;
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

    private LedgerFixture(TempSqliteDatabase sqlite)
    {
        _sqlite = sqlite;
        Receiver = Path.Combine(Path.GetTempPath(), "gateway-receiver-" + Guid.NewGuid().ToString("N"));
        Dispatcher = new DeliveryDispatcher(sqlite.Database, TimeProvider.System, Retry, NullLogger<DeliveryDispatcher>.Instance);
    }

    public Gateway.Core.Persistence.GatewayDatabase Database => _sqlite.Database;

    public string Receiver { get; }

    public DeliveryRetryPolicy Retry { get; } = new() { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero, MaxAttempts = 3 };

    public DeliveryDispatcher Dispatcher { get; }

    public static async Task<LedgerFixture> CreateAsync() => new(await TempSqliteDatabase.CreateAsync());

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

/// <summary>A target that fails for chosen file names (transiently a number of times, or for good) and records the order of deliveries.</summary>
internal sealed class ScriptedTarget(IDeliveryTarget inner) : IDeliveryTarget
{
    public Dictionary<string, int> TransientFailures { get; } = [];

    public HashSet<string> PermanentFailures { get; } = [];

    public List<string> Order { get; } = [];

    public async Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
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
