using System.Collections.Concurrent;
using System.Xml.Linq;
using Sivi.Conformance.Tests.Corpus;

namespace Sivi.Conformance.Tests.Support;

/// <summary>
/// The corpus of one (origin, release, type): valid documents and the mutations of each kind, each part generated
/// lazily once per test run with a fixed seed and kept serialized.
/// </summary>
internal sealed class ConformanceCorpus
{
    public const string ValidKind = "valid";

    /// <summary>Fixed so that a failure reproduces run after run.</summary>
    public const int Seed = 20261122;

    /// <summary>
    /// Unbounded elements occur this often in their max-occurs document: enough to catch a wrong small bound (SIVI's
    /// usual bounds are 9 and 99), few enough to stay fast.
    /// </summary>
    public static CorpusOptions Options { get; } = new() { UnboundedOccurs = 100 };

    private static readonly ConcurrentDictionary<(SchemaOrigin, string, string), Lazy<ConformanceCorpus>> Cache = new();

    private readonly Lazy<IReadOnlyList<CorpusEntry>> _valid;
    private readonly Dictionary<MutationKind, Lazy<IReadOnlyList<CorpusEntry>>> _invalid;

    private ConformanceCorpus(SchemaOrigin origin, string release, string type)
    {
        _valid = new(() => GenerateValid(origin, release, type));
        _invalid = Enum.GetValues<MutationKind>().ToDictionary(
            kind => kind,
            kind => new Lazy<IReadOnlyList<CorpusEntry>>(() => GenerateInvalid(origin, release, type, kind)));
    }

    public IReadOnlyList<CorpusEntry> Valid => _valid.Value;

    public static ConformanceCorpus Get(SchemaOrigin origin, string release, string type) =>
        Cache.GetOrAdd((origin, release, type), key => new Lazy<ConformanceCorpus>(() => new ConformanceCorpus(key.Item1, key.Item2, key.Item3))).Value;

    public static MutationOptions MutationOptionsFor(ElementModel root, string release) =>
        new() { ForeignNamespace = SiviCatalog.ForeignNamespace(root.Name.NamespaceName, release) };

    public IReadOnlyList<CorpusEntry> Invalid(MutationKind kind) => _invalid[kind].Value;

    private static List<CorpusEntry> GenerateValid(SchemaOrigin origin, string release, string type) =>
        CorpusGenerator.Valid(SchemaCache.Model(origin, release, type), Seed, Options)
            .Select(d => new CorpusEntry(origin, release, type, ValidKind, d.Path, d.Name, "", Serialize(d.Document)))
            .ToList();

    private static List<CorpusEntry> GenerateInvalid(SchemaOrigin origin, string release, string type, MutationKind kind)
    {
        var root = SchemaCache.Model(origin, release, type);
        return Mutator.Apply(root, kind, Seed, MutationOptionsFor(root, release))
            .Select(d => new CorpusEntry(origin, release, type, kind.ToString(), d.Path, d.Name, d.Description, Serialize(d.Document)))
            .ToList();
    }

    private static string Serialize(XDocument document) => document.ToString(SaveOptions.DisableFormatting);
}
