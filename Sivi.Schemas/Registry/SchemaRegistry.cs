using System.Collections.Frozen;
using System.Xml;
using System.Xml.Schema;

namespace Sivi.Schemas.Registry;

/// <summary>
/// The message types of every release in a schema directory laid out as <c>&lt;dir&gt;/&lt;release&gt;/&lt;Bericht&gt;.xsd</c>.
/// Discovery reads only each file's head; each type's schema set is compiled once, on first use, and shared.
/// </summary>
public sealed class SchemaRegistry
{
    private readonly FrozenDictionary<(string Release, string Name), SiviMessageType> _byReleaseAndName;
    private readonly FrozenDictionary<(string RootElement, string Namespace), SiviMessageType> _byRoot;
    private readonly FrozenDictionary<SiviMessageType, Lazy<XmlSchemaSet>> _schemaSets;

    private SchemaRegistry(string directory, IReadOnlyList<SiviMessageType> types)
    {
        Directory = directory;
        MessageTypes = types;
        Releases = types.Select(t => t.Release).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _byReleaseAndName = types.ToFrozenDictionary(t => (t.Release, t.Name));
        _byRoot = types.ToFrozenDictionary(t => (t.RootElement, t.Namespace));
        _schemaSets = types.ToFrozenDictionary(
            t => t,
            t => new Lazy<XmlSchemaSet>(() => SchemaSetCompiler.Compile(t), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>The directory the schemas were read from.</summary>
    public string Directory { get; }

    /// <summary>Release folder names that hold at least one schema, in ordinal order.</summary>
    public IReadOnlyList<string> Releases { get; }

    /// <summary>Every message type, ordered by release and then by name.</summary>
    public IReadOnlyList<SiviMessageType> MessageTypes { get; }

    /// <summary>Reads the head of every <c>&lt;release&gt;/*.xsd</c> below <paramref name="directory"/>.</summary>
    /// <exception cref="SchemaRegistryException">The directory is missing, or a schema file is unreadable or ambiguous.</exception>
    public static async Task<SchemaRegistry> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(root))
        {
            throw new SchemaRegistryException($"schema directory not found: {root}");
        }
        var types = new List<SiviMessageType>();
        var seen = new Dictionary<(string, string), string>();
        try
        {
            foreach (var releaseDirectory in System.IO.Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                var release = Path.GetFileName(releaseDirectory);
                foreach (var file in System.IO.Directory.GetFiles(releaseDirectory, "*.xsd").Order(StringComparer.Ordinal))
                {
                    var header = await SchemaFileHeader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
                    var key = (header.RootElement, header.TargetNamespace);
                    if (seen.TryGetValue(key, out var other))
                    {
                        throw new SchemaRegistryException(
                            $"{file} and {other} both declare element {header.RootElement} in namespace {header.TargetNamespace}");
                    }
                    seen.Add(key, file);
                    types.Add(new SiviMessageType(Path.GetFileNameWithoutExtension(file), release, header.RootElement, header.TargetNamespace, file));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SchemaRegistryException($"schema directory {root} is not readable: {e.Message}", e);
        }
        return new SchemaRegistry(root, types);
    }

    /// <summary>Loads the directory the options name, or the schema set shipped next to the executable.</summary>
    public static Task<SchemaRegistry> LoadAsync(SchemaRegistryOptions options, CancellationToken cancellationToken = default) =>
        LoadAsync(options.ResolvedDirectory, cancellationToken);

    /// <summary>The message types of one release, ordered by name; empty for an unknown release.</summary>
    public IReadOnlyList<SiviMessageType> TypesOf(string release) =>
        MessageTypes.Where(t => string.Equals(t.Release, release, StringComparison.Ordinal)).ToArray();

    public bool HasRelease(string release) => Releases.Contains(release, StringComparer.Ordinal);

    /// <summary>The type named <paramref name="name"/> (file base name) in <paramref name="release"/>, or null.</summary>
    public SiviMessageType? Find(string release, string name) =>
        _byReleaseAndName.GetValueOrDefault((release, name));

    /// <summary>The type whose schema declares <paramref name="rootElement"/> in <paramref name="namespaceUri"/>, or null.</summary>
    public SiviMessageType? FindByRoot(string rootElement, string namespaceUri) =>
        _byRoot.GetValueOrDefault((rootElement, namespaceUri));

    /// <summary>Every type whose schema declares a root element of this local name, in any release.</summary>
    public IReadOnlyList<SiviMessageType> FindByRootElement(string rootElement) =>
        MessageTypes.Where(t => string.Equals(t.RootElement, rootElement, StringComparison.Ordinal)).ToArray();

    /// <summary>Identifies a document's type and release from its root element and namespace, reading only up to the root start tag.</summary>
    /// <exception cref="XmlException">The document is empty or its head is not well-formed XML (DTDs are refused).</exception>
    public async Task<RecognizedDocument> RecognizeAsync(Stream document, CancellationToken cancellationToken = default)
    {
        var settings = HardenedXml.ReaderSettings(async: true);
        settings.CloseInput = false;
        settings.MaxCharactersInDocument = 1024 * 1024;
        using var reader = XmlReader.Create(document, settings);
        cancellationToken.ThrowIfCancellationRequested();
        if (await reader.MoveToContentAsync().ConfigureAwait(false) != XmlNodeType.Element)
        {
            throw new XmlException("the document has no root element");
        }
        return new RecognizedDocument(reader.LocalName, reader.NamespaceURI, FindByRoot(reader.LocalName, reader.NamespaceURI));
    }

    /// <summary>The compiled schema set of <paramref name="type"/>; compiled on first use, then shared by all callers.</summary>
    /// <exception cref="SchemaRegistryException">The schema does not compile.</exception>
    public XmlSchemaSet GetSchemaSet(SiviMessageType type)
    {
        if (!_schemaSets.TryGetValue(type, out var set))
        {
            throw new ArgumentException($"{type} does not belong to the registry of {Directory}", nameof(type));
        }
        return set.Value;
    }
}
