using System.Xml;
using System.Xml.Schema;

namespace Sivi.Schemas.Registry;

/// <summary>
/// The message types of every release in a schema directory laid out as <c>&lt;dir&gt;/&lt;release&gt;/&lt;Bericht&gt;.xsd</c>.
/// Discovery reads only each file's head; each type's schema set is compiled once, on first use, and shared.
/// </summary>
public sealed class SchemaRegistry
{
    // plain dictionaries, read-only after construction: for a few dozen types, freezing costs more at start-up (a
    // short `gateway validate` run) than it saves in the one or two lookups per document
    private readonly Dictionary<(string Release, string Name), SiviMessageType> _byReleaseAndName;
    private readonly Dictionary<(string RootElement, string Namespace), SiviMessageType> _byRoot;
    private readonly Dictionary<SiviMessageType, Lazy<XmlSchemaSet>> _schemaSets;

    private SchemaRegistry(IReadOnlyList<string> directories, IReadOnlyList<SiviMessageType> types)
    {
        Directories = directories;
        Directory = string.Join(Path.PathSeparator, directories);
        var byRelease = types.OrderBy(t => t.Release, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToArray();
        MessageTypes = byRelease;
        Releases = byRelease.Select(t => t.Release).Distinct(StringComparer.Ordinal).ToArray();
        _byReleaseAndName = types.ToDictionary(t => (t.Release, t.Name));
        _byRoot = types.ToDictionary(t => (t.RootElement, t.Namespace));
        _schemaSets = types.ToDictionary(
            t => t,
            t => new Lazy<XmlSchemaSet>(() => SchemaSetCompiler.Compile(t), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>The directory the schemas were read from; several are joined by <see cref="Path.PathSeparator"/>.</summary>
    public string Directory { get; }

    /// <summary>The directories the schemas were read from, in the order given.</summary>
    public IReadOnlyList<string> Directories { get; }

    /// <summary>Release folder names that hold at least one schema, in ordinal order (oldest first for years).</summary>
    public IReadOnlyList<string> Releases { get; }

    /// <summary>Every message type, ordered by release and then by name.</summary>
    public IReadOnlyList<SiviMessageType> MessageTypes { get; }

    /// <summary>Reads the head of every <c>&lt;release&gt;/*.xsd</c> below <paramref name="directory"/>.</summary>
    /// <exception cref="SchemaRegistryException">The directory is missing, or a schema file is unreadable, ambiguous or
    /// in a SIVI namespace that does not match its root element or release folder.</exception>
    public static Task<SchemaRegistry> LoadAsync(string directory, CancellationToken cancellationToken = default) =>
        LoadAsync([directory], cancellationToken);

    /// <summary>Reads several schema directories as one set, e.g. the shipped one and one holding releases an operator installed.</summary>
    /// <exception cref="SchemaRegistryException">As for one directory; also when two directories declare the same root element and namespace.</exception>
    public static Task<SchemaRegistry> LoadAsync(IReadOnlyList<string> directories, CancellationToken cancellationToken = default)
    {
        // only the heads of local files are read: synchronously, which costs far less than the asynchronous reader;
        // failures still come back in the task, as from an asynchronous method
        try
        {
            if (directories.Count == 0)
            {
                throw new SchemaRegistryException("no schema directory given");
            }
            var roots = directories.Select(Path.GetFullPath).ToArray();
            var types = SchemaDirectoryScan.Read(roots, cancellationToken);
            return Task.FromResult(new SchemaRegistry(roots, types));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<SchemaRegistry>(cancellationToken);
        }
        catch (Exception e) when (e is SchemaRegistryException or ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Task.FromException<SchemaRegistry>(e);
        }
    }

    /// <summary>Loads the directories the options name, or the schema set shipped next to the executable.</summary>
    public static Task<SchemaRegistry> LoadAsync(SchemaRegistryOptions options, CancellationToken cancellationToken = default) =>
        LoadAsync(options.ResolvedDirectories, cancellationToken);

    /// <summary>The message types of one release, ordered by name; empty for an unknown release.</summary>
    public IReadOnlyList<SiviMessageType> TypesOf(string release) =>
        MessageTypes.Where(t => string.Equals(t.Release, release, StringComparison.Ordinal)).ToArray();

    public bool HasRelease(string release) => Releases.Contains(release, StringComparer.Ordinal);

    /// <summary>Whether release <paramref name="release"/> of message type <paramref name="name"/> has a schema here.</summary>
    public bool IsInstalled(string name, string release) => Find(release, name) is not null;

    /// <summary>The releases that have message type <paramref name="name"/>, oldest first; empty when none has.</summary>
    public IReadOnlyList<string> ReleasesOf(string name) =>
        MessageTypes.Where(t => string.Equals(t.Name, name, StringComparison.Ordinal)).Select(t => t.Release).ToArray();

    /// <summary>The newest installed release of message type <paramref name="name"/>, or null when it has none.</summary>
    public SiviMessageType? Newest(string name) =>
        MessageTypes.LastOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

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
