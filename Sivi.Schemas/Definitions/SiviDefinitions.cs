using System.Collections.Concurrent;

namespace Sivi.Schemas.Definitions;

/// <summary>
/// The catalogue of message types and releases described in Definitions/*.sivi (embedded in this assembly):
/// the single place where the differences between releases are written down.
/// </summary>
public sealed class SiviDefinitions
{
    private const string TypesFile = "types.sivi";
    private const string ResourcePrefix = "Sivi.Schemas.Definitions.";
    private static readonly Lazy<SiviDefinitions> EmbeddedDefinitions = new(LoadEmbedded);
    private static readonly Lazy<Dictionary<string, string>> EmbeddedNamesByRoot = new(ReadEmbeddedNamesByRoot);

    private readonly Dictionary<string, MessageDescription> _messages;
    private readonly DescriptionResolver _resolver;
    private readonly ConcurrentDictionary<(string Message, string Release), MessageSchema> _resolved = new();

    private SiviDefinitions(IReadOnlyList<string> releases, List<TypeDescription> types, List<MessageDescription> messages)
    {
        Releases = releases;
        var byName = new Dictionary<string, TypeDescription>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (!byName.TryAdd(type.Name, type))
            {
                throw DescriptionParser.Error(type.Source, $"type {type.Name} is defined twice");
            }
        }
        _resolver = new DescriptionResolver(byName);
        _messages = messages.ToDictionary(m => m.Name, StringComparer.Ordinal);
        MessageNames = [.. messages.Select(m => m.Name).Order(StringComparer.Ordinal)];
        TypeNames = [.. byName.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The descriptions shipped in this assembly.</summary>
    public static SiviDefinitions Embedded => EmbeddedDefinitions.Value;

    /// <summary>Known releases, oldest first.</summary>
    public IReadOnlyList<string> Releases { get; }

    public IReadOnlyList<string> MessageNames { get; }

    public IReadOnlyList<string> TypeNames { get; }

    /// <summary>Parses descriptions given as (file name, text); one of them must be types.sivi.</summary>
    public static SiviDefinitions Parse(IReadOnlyDictionary<string, string> files)
    {
        if (!files.TryGetValue(TypesFile, out var typesText))
        {
            throw new FormatException($"the descriptions need a {TypesFile}");
        }
        var releases = DescriptionParser.ParseReleases(TypesFile, typesText);
        var types = DescriptionParser.ParseTypes(TypesFile, typesText, releases);
        var messages = files.Where(f => f.Key != TypesFile)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => DescriptionParser.ParseMessage(f.Key, f.Value, releases))
            .ToList();
        var definitions = new SiviDefinitions(releases, types, messages);
        foreach (var schema in definitions.All())
        {
            _ = schema; // resolving every message in every release reports description errors at load time
        }
        return definitions;
    }

    public bool Exists(string message, string release) =>
        _messages.TryGetValue(message, out var description) && DescriptionResolver.Exists(description, release);

    /// <summary>The message as it stands in a release.</summary>
    public MessageSchema Get(string message, string release)
    {
        if (!_messages.TryGetValue(message, out var description))
        {
            throw new KeyNotFoundException($"unknown SIVI message type '{message}' (known: {string.Join(", ", MessageNames)})");
        }
        if (!DescriptionResolver.Exists(description, release))
        {
            throw new KeyNotFoundException($"{message} is not described for release '{release}' (known: {string.Join(", ", Releases)})");
        }
        return _resolved.GetOrAdd((message, release), key => _resolver.Resolve(_messages[key.Message], key.Release));
    }

    /// <summary>Every message type in every release where it exists.</summary>
    public IEnumerable<MessageSchema> All()
    {
        foreach (var message in MessageNames)
        {
            foreach (var release in Releases)
            {
                if (Exists(message, release))
                {
                    yield return Get(message, release);
                }
            }
        }
    }

    /// <summary>Recognises a document's type and release from its root element's local name and namespace.</summary>
    public MessageSchema? FindByRoot(string localName, string namespaceUri)
    {
        if (!SiviNamespace.TryParse(namespaceUri, out var parsed) || !string.Equals(parsed.RootElement, localName, StringComparison.Ordinal))
        {
            return null;
        }
        return MessageNameOf(localName) is { } name && Exists(name, parsed.Release) ? Get(name, parsed.Release) : null;
    }

    /// <summary>
    /// The described release of <paramref name="message"/> nearest to <paramref name="release"/> (a release the
    /// descriptions do not have, e.g. one an operator installed): the oldest described release after it, else the
    /// newest before it; <paramref name="release"/> itself when described; null when the message is not described at all.
    /// Releases are compared as text (years).
    /// </summary>
    public string? NearestRelease(string message, string release)
    {
        var described = Releases.Where(r => Exists(message, r)).ToList();
        if (described.Contains(release, StringComparer.Ordinal))
        {
            return release;
        }
        return described.FirstOrDefault(r => string.CompareOrdinal(r, release) > 0) ?? described.LastOrDefault();
    }

    /// <summary>
    /// Like <see cref="FindByRoot"/>, but a SIVI namespace of a release the descriptions do not have gives the message
    /// as described in its <see cref="NearestRelease"/>; null when the root element is not a described message type.
    /// </summary>
    public MessageSchema? FindByRootOrNearest(string localName, string namespaceUri)
    {
        if (FindByRoot(localName, namespaceUri) is { } described)
        {
            return described;
        }
        if (!SiviNamespace.TryParse(namespaceUri, out var parsed) || !string.Equals(parsed.RootElement, localName, StringComparison.Ordinal))
        {
            return null;
        }
        return MessageNameOf(localName) is { } name && NearestRelease(name, parsed.Release) is { } nearest ? Get(name, nearest) : null;
    }

    /// <summary>The message type whose root element is <paramref name="rootElement"/> (in any release), or null.</summary>
    public string? MessageNameOf(string rootElement) =>
        _messages.Values.FirstOrDefault(m => string.Equals(m.RootElement, rootElement, StringComparison.Ordinal))?.Name;

    /// <summary>
    /// <see cref="MessageNameOf"/> of the embedded descriptions, read from their <c>message</c> lines alone: what the
    /// schema registry needs to name a type, without parsing and resolving every description (a good part of a short
    /// <c>gateway validate</c> run).
    /// </summary>
    public static string? EmbeddedMessageNameOf(string rootElement) => EmbeddedNamesByRoot.Value.GetValueOrDefault(rootElement);

    private static SiviDefinitions LoadEmbedded() => Parse(ReadEmbeddedFiles());

    private static Dictionary<string, string> ReadEmbeddedFiles()
    {
        var assembly = typeof(SiviDefinitions).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            files[resource[ResourcePrefix.Length..]] = reader.ReadToEnd();
        }
        return files;
    }

    /// <summary>Root element to message name, from each description's first line: <c>message &lt;Name&gt; root=&lt;root&gt; ...</c>.</summary>
    private static Dictionary<string, string> ReadEmbeddedNamesByRoot()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, text) in ReadEmbeddedFiles().Where(f => f.Key != TypesFile).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var header = text.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("message ", StringComparison.Ordinal));
            var words = header?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (words.Length >= 2 && words.Skip(2).FirstOrDefault(w => w.StartsWith("root=", StringComparison.Ordinal)) is { } root)
            {
                names.TryAdd(root["root=".Length..], words[1]);
            }
            else
            {
                throw new FormatException($"{file}: a message description starts with 'message <Name> root=..'");
            }
        }
        return names;
    }
}
