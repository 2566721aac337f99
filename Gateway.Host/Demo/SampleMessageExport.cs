using Gateway.Host.Samples;
using Gateway.Outbound.Deliver;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Gateway.Host.Demo;

/// <summary>Writes the sample message of every type for every release under <c>&lt;dir&gt;/&lt;release&gt;/</c>.</summary>
internal sealed class SampleMessageExport(SiviDefinitions definitions, TimeProvider clock)
{
    public async Task<int> WriteAsync(string directory, CancellationToken cancellationToken)
    {
        var factory = new SampleMessageFactory(definitions, clock);
        var writer = new SiviMessageWriter(definitions);
        var count = 0;
        foreach (var release in definitions.Releases)
        {
            var releaseDirectory = Directory.CreateDirectory(Path.Combine(directory, release)).FullName;
            foreach (var message in factory.All(release))
            {
                var bytes = await writer.ToBytesAsync(message, release, cancellationToken).ConfigureAwait(false);
                var path = Path.Combine(releaseDirectory, OutgoingFileNames.For(message.MessageName, message.BrAlg?.Berrefnr ?? "sample"));
                await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
                count++;
            }
        }
        return count;
    }
}
