using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Sequencing;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>Every mapper, every release: the simulator's dataset converts without uitval into messages valid against our schema and SIVI's.</summary>
public class SimulatorValidityTests
{
    public static TheoryData<string, string> ReleasesAndTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var release in new[] { "2022", "2024", "2025", "2026" })
        {
            foreach (var type in SiviMessageTypes.All)
            {
                data.Add(release, type);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReleasesAndTypes))]
    public async Task The_simulator_dataset_converts_into_messages_valid_against_our_and_the_official_schema(string release, string messageType)
    {
        var data = await SimulatorData.GetAsync();
        var profile = Profiles.For(data.Rows<WerkgeverRow>(), release, p =>
        {
            p.MessageTypes = [messageType];
            p.UseWerknemersGegevens = messageType == SiviMessageTypes.WerknemersGegevens;
        });
        var service = new SiviConversionService(profile, await Schemas.OursAsync(), new InMemoryCaseSequenceStore(), FixedClock.SimulatorStart);

        var result = await service.ConvertAsync(data.InitialLoad(), data.Snapshot(), CancellationToken.None);

        Assert.True(result.Failures.Count == 0, string.Join("\n", result.Failures.Take(20).Select(f => f + " " + string.Join(" | ", f.SchemaErrors))));
        var produced = result.Messages.Where(m => m.MessageName == messageType).ToList();
        Assert.Equal(result.Messages.Count, produced.Count);
        var minimum = messageType == SiviMessageTypes.WerkgeversGegevens ? data.Rows<WerkgeverRow>().Count : 100;
        Assert.True(produced.Count >= minimum, $"only {produced.Count} {messageType} messages");
        var official = await Schemas.OfficialAsync();
        foreach (var message in produced)
        {
            Assert.Equal(release, message.Release);
            Assert.Equal("", await Schemas.ErrorsAsync(await Schemas.OursAsync(), message.Content, release, message.FileName));
            if (official is not null)
            {
                Assert.Equal("", await Schemas.ErrorsAsync(official, message.Content, release, message.FileName));
            }
        }
    }
}
