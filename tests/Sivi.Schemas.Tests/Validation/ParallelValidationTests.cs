using Sivi.Schemas.Registry;
using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation;

public sealed class ParallelValidationTests : IDisposable
{
    private readonly MiniSchemaDirectory _schemas = new();

    public void Dispose() => _schemas.Dispose();

    [Fact]
    public async Task One_validator_gives_the_same_verdicts_in_parallel_as_one_at_a_time()
    {
        var registry = await SchemaRegistry.LoadAsync(_schemas.Path);
        var validator = new SiviValidator(registry);
        var documents = Enumerable.Range(0, 400).Select(i => (i % 4) switch
        {
            0 => MiniDocuments.Valid("2024", regels: 1 + (i % 50)),
            1 => MiniDocuments.Valid("2025", regels: 1 + (i % 30)),
            2 => MiniDocuments.WithThreeErrors(i % 8 == 2 ? "2024" : "2025"),
            _ => MiniDocuments.Valid(regels: 5)[..(100 + (i % 200))],
        }).Select(MiniDocuments.Utf8).ToArray();
        var results = new SiviValidationResult[documents.Length];

        await Parallel.ForAsync(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            results[i] = await validator.ValidateAsync(new MemoryStream(documents[i]), $"doc{i}", cancellationToken: ct));

        for (var i = 0; i < documents.Length; i++)
        {
            var alone = await new SiviValidator(await SchemaRegistry.LoadAsync(_schemas.Path)).ValidateAsync(new MemoryStream(documents[i]), $"doc{i}");
            Assert.Equal(Describe(alone), Describe(results[i]));
        }
        Assert.Equal(200, results.Count(r => r.IsValid));
        Assert.All(results.Where((_, i) => i % 4 == 2), r => Assert.Equal(3, r.Errors.Count));
    }

    private static string Describe(SiviValidationResult result) =>
        $"{result.DisplayName} {result.MessageType} {result.IsValid}: " + string.Join(" | ", result.Errors);
}
