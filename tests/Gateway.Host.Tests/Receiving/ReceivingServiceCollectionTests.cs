using Gateway.Receiving.Accounts;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Receiving.Tests;

/// <summary>The receiving core as the host wires it: configuration in, a processed file out.</summary>
public class ReceivingServiceCollectionTests
{
    [Fact]
    public async Task The_services_resolve_from_configuration_and_process_a_file_end_to_end()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-recv-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Gateway:Database:Provider"] = "Sqlite",
                ["Gateway:Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "gateway.db")};Pooling=False",
                ["Sivi:SchemaDirectory"] = Path.Combine(RepoPaths.Root, "xsd"),
                ["Gateway:Receiving:OwnIdentification"] = "ARBO",
                ["Gateway:Receiving:Classifications:OverigeRedenen"] = "ZIEK",
                ["Gateway:ReceivingAccounts:acme:AuthorisedEmployers:0"] = "WG-0001",
                ["Gateway:ReceivingAccounts:acme:ImportConfigurations:0:MessageType"] = "Verzuimmeldingen",
                ["Gateway:ReceivingAccounts:acme:ImportConfigurations:0:Release"] = "2024",
                ["Gateway:ReceivingAccounts:acme:ImportConfigurations:0:Folder"] = "inbox",
            }).Build();
            await using var services = new ServiceCollection().AddGatewayReceiving(configuration).BuildServiceProvider();

            await services.GetRequiredService<ReceivingDatabase>().MigrateAsync(CancellationToken.None);
            var account = services.GetRequiredService<ReceivingAccountCatalog>().Get("acme");
            var processor = services.GetRequiredService<ReceivedFileProcessor>();
            using var content = new MemoryStream(ReceivingMessages.Bytes(ReceivingMessages.Absence("CASE-1", 1)));

            var held = await processor.ProcessAsync(account, "inbox/a.xml", content, account.Options.ProcessingBlocked, CancellationToken.None);
            var applied = await processor.ApplyHeldAsync(account, CancellationToken.None);

            Assert.Equal(ReceivedFileStatus.Held, held.Status);
            var outcome = Assert.Single(applied);
            Assert.Equal(ReceivedFileStatus.Processed, outcome.Status);
            Assert.Equal("ZIEK", Assert.Single(outcome.Event!.Absences).Classification.ReceiverCode);
            Assert.Equal("ARBODIENST-DEMO", outcome.Retourmelding!.BrAlg!.IdInzndr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_waiting_expiry_that_is_not_positive_is_refused_with_its_configuration_path()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Receiving:WaitingExpiryHours"] = "0",
        }).Build();
        using var services = new ServiceCollection().AddGatewayReceiving(configuration).BuildServiceProvider();

        var error = Assert.Throws<ReceivingConfigurationException>(() => services.GetRequiredService<ReceivingOptions>());

        Assert.Contains("Gateway:Receiving:WaitingExpiryHours must be a positive number of hours", error.Message, StringComparison.Ordinal);
    }
}
