using Gateway.Afas.Tests.Client;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Classifications;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Retourmeldingen;
using Sivi.Messages;
using Sivi.Schemas.Definitions;

namespace Gateway.Receiving.Tests.Support;

/// <summary>
/// A migrated receiving register on a real database (SQLite or PostgreSQL) with a processor over our schema set and
/// one account, <c>acme</c>: Verzuimmeldingen 2022–2026 in <c>inbox/VZ*.xml</c>, Dienstverbanden 2024 in
/// <c>inbox/DV*.xml</c>, WerkgeversGegevens 2024 in <c>werkgevers</c>; authorised for WG-0001.
/// </summary>
internal sealed class ReceivingHarness : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private ReceivingHarness(TestDatabase database, ReceivingDatabase register, ReceivedFileProcessor processor, ReceivingAccount account,
        RecordingLogger<ReceivedFileProcessor> log)
    {
        _database = database;
        Register = register;
        Processor = processor;
        Account = account;
        Log = log;
    }

    public ReceivingDatabase Register { get; }

    public ReceivedFileProcessor Processor { get; }

    public ReceivingAccount Account { get; }

    public RecordingLogger<ReceivedFileProcessor> Log { get; }

    public static ReceivingAccountOptions DefaultAccountOptions() => new()
    {
        AuthorisedEmployers = [ReceivingMessages.Employer],
        ProcessingBlocked = false,
        ImportConfigurations =
        [
            .. new[] { "2022", "2024", "2025", "2026" }.Select(r => new ImportConfigurationOptions { MessageType = "Verzuimmeldingen", Release = r, Folder = "/inbox", FileFilter = "VZ*.xml" }),
            new ImportConfigurationOptions { MessageType = "Dienstverbanden", Release = "2024", Folder = "/inbox", FileFilter = "DV*.xml" },
            new ImportConfigurationOptions { MessageType = "WerkgeversGegevensBasisregistratie", Release = "2024", Folder = "werkgevers" },
        ],
        ClassificationOverrides = new(StringComparer.OrdinalIgnoreCase) { ["OverigeRedenen"] = "ACME-OVERIG" },
    };

    public static async Task<ReceivingHarness> CreateAsync(string provider, PostgresServer postgres, ReceivingAccountOptions? account = null,
        ReceivingOptions? options = null, TimeProvider? clock = null)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres);
        var register = ReceivingDatabase.On(database.Database);
        await register.MigrateAsync(CancellationToken.None);
        var receiving = options ?? new ReceivingOptions
        {
            OwnIdentification = "ARBODIENST-TEST",
            Classifications = new(StringComparer.OrdinalIgnoreCase) { ["OverigeRedenen"] = "ZIEK-OVERIG", ["1"] = "ZIEK-AO" },
        };
        var validator = await ReceivingSchemas.OursAsync();
        var log = new RecordingLogger<ReceivedFileProcessor>();
        var processor = new ReceivedFileProcessor(
            new ReceivedFileInterpreter(validator, receiving),
            register,
            new ClassificationMapper(receiving),
            new RetourmeldingBuilder(SiviDefinitions.Embedded, TimeProvider.System, receiving),
            receiving,
            clock ?? TimeProvider.System,
            log);
        return new ReceivingHarness(database, register, processor, ReceivingAccount.Create("acme", account ?? DefaultAccountOptions()), log);
    }

    public Task<ReceivedFileOutcome> SendAsync(SiviMessage message, string path = "/inbox/VZ0001.xml", bool blocked = false) =>
        SendAsync(ReceivingMessages.Bytes(message), path, blocked);

    public async Task<ReceivedFileOutcome> SendAsync(byte[] content, string path = "/inbox/VZ0001.xml", bool blocked = false)
    {
        using var stream = new MemoryStream(content);
        return await Processor.ProcessAsync(Account, path, stream, blocked, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
