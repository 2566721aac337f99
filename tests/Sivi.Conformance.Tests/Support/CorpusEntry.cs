using Sivi.Conformance.Tests.Validation;

namespace Sivi.Conformance.Tests.Support;

/// <summary>
/// One serialized corpus document with what it is meant to be (<see cref="Kind"/> "valid" or a mutation kind) and its
/// verdicts under both schema sets, each computed once.
/// </summary>
internal sealed class CorpusEntry
{
    private readonly Lazy<Verdict> _official;
    private readonly Lazy<Verdict> _ours;

    public CorpusEntry(SchemaOrigin origin, string release, string type, string kind, string path, string name, string description, string xml)
    {
        Origin = origin;
        Release = release;
        Type = type;
        Kind = kind;
        Path = path;
        Name = name;
        Description = description;
        Xml = xml;
        _official = new(() => HardenedValidator.Validate(SchemaCache.Get(SchemaOrigin.Official, release, type), xml));
        _ours = new(() => HardenedValidator.Validate(SchemaCache.Get(SchemaOrigin.Ours, release, type), xml));
    }

    /// <summary>The schema set the document was generated from.</summary>
    public SchemaOrigin Origin { get; }

    public string Release { get; }

    public string Type { get; }

    public string Kind { get; }

    public string Path { get; }

    public string Name { get; }

    public string Description { get; }

    public string Xml { get; }

    public Verdict VerdictUnder(SchemaOrigin schemas) => schemas == SchemaOrigin.Official ? _official.Value : _ours.Value;

    public override string ToString() =>
        $"[{Kind}] {Release}/{Type} {Path} (document '{Name}' from {(Origin == SchemaOrigin.Official ? "the official" : "our")} schema"
        + (Description.Length > 0 ? $"; {Description}" : "") + ")";
}
