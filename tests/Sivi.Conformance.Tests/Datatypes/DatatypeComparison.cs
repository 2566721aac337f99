using System.Collections.Concurrent;
using System.Text;
using Sivi.Conformance.Tests.Support;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>Writes cases to a scratch directory, then gets libxml2's and the gateway's verdicts on each.</summary>
internal sealed class DatatypeComparison : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sivi-datatypes-").FullName;
    private readonly Lazy<Task<GatewayVerdicts>> _gateway = new(() => GatewayVerdicts.LoadAsync(CancellationToken.None));

    public async Task<IReadOnlyList<CaseOutcome>> RunAsync(IReadOnlyList<DatatypeCase> cases, CancellationToken cancellationToken)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var c in cases)
        {
            await File.WriteAllTextAsync(Path.Combine(_directory, c.FileName), c.Document, encoding, cancellationToken);
        }
        var libxml = await Xmllint.ValidateAsync(_directory,
            cases.Select(c => (RepositoryLayout.SchemaPath(SchemaOrigin.Official, c.Release, c.Type), c.FileName)), cancellationToken);
        var gateway = await _gateway.Value;
        var outcomes = new ConcurrentDictionary<int, CaseOutcome>();
        await Parallel.ForEachAsync(cases, cancellationToken, async (c, token) =>
        {
            var path = Path.Combine(_directory, c.FileName);
            var official = await gateway.OfficialAsync(path, token);
            var officialFull = await gateway.OfficialFullAsync(path, token);
            var ours = await gateway.OursAsync(c, await File.ReadAllBytesAsync(path, token), token);
            outcomes[c.Number] = new CaseOutcome(c, libxml.TryGetValue(c.FileName, out var valid) ? valid : null, official, officialFull, ours);
        });
        return cases.Select(c => outcomes[c.Number]).ToList();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
