using System.Collections.Concurrent;
using Sivi.Schemas.Definitions;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// The one place mappers ask what a release has: whether an element exists in the message type's release and whether
/// it is required, read from the SIVI descriptions. Mappers leave out what a release does not have instead of relying
/// on the writer's <c>SiviWriteException</c> (which the validation gate still turns into uitval as a safety net).
/// </summary>
public sealed class ReleaseShape
{
    private static readonly ConcurrentDictionary<(SiviDefinitions, string, string), ReleaseShape> Cache = new();
    private readonly MessageSchema _schema;
    private readonly ConcurrentDictionary<string, ElementDefinition?> _paths = new(StringComparer.Ordinal);

    private ReleaseShape(MessageSchema schema) => _schema = schema;

    public string MessageName => _schema.Name;

    public string Release => _schema.Release;

    public static ReleaseShape For(SiviDefinitions definitions, string messageName, string release) =>
        Cache.GetOrAdd((definitions, messageName, release), key => new ReleaseShape(key.Item1.Get(key.Item2, key.Item3)));

    /// <summary>True when the element exists; <paramref name="path"/> is relative to the root, e.g. "Wrkgvr/Wrknmr/BnkGiro".</summary>
    public bool Has(string path) => Find(path) is not null;

    /// <summary>True when the element exists and must occur at least once within its parent.</summary>
    public bool Requires(string path) => Find(path) is { MinOccurs: > 0 };

    /// <summary>The value space (base type and facets) of a leaf element, or null when the release does not have it.</summary>
    public SimpleTypeDefinition? TypeOf(string path) => Find(path)?.SimpleType;

    private ElementDefinition? Find(string path) => _paths.GetOrAdd(path, p => _schema.Find("/" + _schema.Root.Name + "/" + p));
}
