using System.Text;
using System.Xml.Linq;
using Sivi.Conformance.Tests.Support;
using Sivi.Messages.Reading;
using Sivi.Messages.Writing;

namespace Sivi.Conformance.Tests.RoundTrip;

/// <summary>
/// Reading then writing any valid message loses nothing: every valid corpus document (generated from our schema set
/// and from SIVI's official one, covering every optional element and code value) is read into the typed model, written
/// back, and must carry the same elements in the same order with the same values, and still be valid.
/// </summary>
public sealed class ReadWriteRoundTripTests
{
    [OfficialSchemasTheory]
    [MemberData(nameof(ConformanceCases.OriginSchemas), MemberType = typeof(ConformanceCases))]
    public async Task Every_valid_document_survives_read_then_write(SchemaOrigin origin, string release, string type)
    {
        var entries = ConformanceCorpus.Get(origin, release, type).Valid
            .Where(e => e.VerdictUnder(SchemaOrigin.Ours).IsValid)
            .ToList();
        Assert.NotEmpty(entries);
        var failures = new List<string>();
        foreach (var entry in entries)
        {
            var failure = await RoundTripAsync(entry);
            if (failure is not null)
            {
                failures.Add($"{entry.Name}: {failure}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {entries.Count} documents changed in a round trip:\n" + string.Join('\n', failures.Take(10)));
    }

    private static async Task<string?> RoundTripAsync(CorpusEntry entry)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(entry.Xml));
        var message = await SiviMessageReader.Default.ReadAsync(input);
        Assert.Equal(entry.Release, message.Release);
        var written = await SiviMessageWriter.Default.ToBytesAsync(message);
        var rewritten = Encoding.UTF8.GetString(written);
        var difference = XmlValueComparer.FirstDifference(XDocument.Parse(entry.Xml).Root!, XDocument.Parse(rewritten).Root!);
        if (difference is not null)
        {
            return difference;
        }
        var verdict = Validation.HardenedValidator.Validate(SchemaCache.Get(SchemaOrigin.Ours, entry.Release, entry.Type), rewritten);
        return verdict.IsValid ? null : "written document is invalid: " + string.Join("; ", verdict.Errors.Take(3));
    }
}
