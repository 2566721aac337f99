using Sivi.Schemas.Definitions;

namespace Sivi.Schemas.Registry;

/// <summary>
/// Finds the message types in schema directories laid out as <c>&lt;dir&gt;/&lt;release&gt;/*.xsd</c>, reading only each
/// file's head. A schema in a SIVI namespace (<c>…/Verzuimmanagement/&lt;Root&gt;/&lt;release&gt;</c>) must declare that
/// root element and lie in the folder of that release; it is named after its message type (WerknemersGegevens for
/// root WerknemerGegevens) whatever the file is called. Other schemas take the folder as release and the file name
/// as name. A root element and namespace, and a type name within a release, may occur once over all directories.
/// </summary>
internal static class SchemaDirectoryScan
{
    public static List<SiviMessageType> Read(IReadOnlyList<string> directories, CancellationToken cancellationToken)
    {
        var types = new List<SiviMessageType>();
        var seen = new Dictionary<(string, string), string>();
        var named = new Dictionary<(string, string), string>();
        foreach (var root in directories)
        {
            if (!Directory.Exists(root))
            {
                throw new SchemaRegistryException($"schema directory not found: {root}");
            }
            try
            {
                foreach (var releaseDirectory in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
                {
                    foreach (var file in Directory.GetFiles(releaseDirectory, "*.xsd").Order(StringComparer.Ordinal))
                    {
                        var header = SchemaFileHeader.Read(file, cancellationToken);
                        var key = (header.RootElement, header.TargetNamespace);
                        if (seen.TryGetValue(key, out var other))
                        {
                            throw new SchemaRegistryException(
                                $"{file} and {other} both declare element {header.RootElement} in namespace {header.TargetNamespace}");
                        }
                        seen.Add(key, file);
                        var type = Describe(file, Path.GetFileName(releaseDirectory), header);
                        if (!named.TryAdd((type.Release, type.Name), file))
                        {
                            throw new SchemaRegistryException(
                                $"{file} and {named[(type.Release, type.Name)]} are both message type {type.Name} of release {type.Release}");
                        }
                        types.Add(type);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SchemaRegistryException($"schema directory {root} is not readable: {e.Message}", e);
            }
        }
        return types;
    }

    private static SiviMessageType Describe(string file, string folder, SchemaFileHeader header)
    {
        var fileName = Path.GetFileNameWithoutExtension(file);
        if (!header.TargetNamespace.StartsWith(SiviNamespace.Prefix, StringComparison.Ordinal))
        {
            return new SiviMessageType(fileName, folder, header.RootElement, header.TargetNamespace, file);
        }
        if (!SiviNamespace.TryParse(header.TargetNamespace, out var sivi))
        {
            throw new SchemaRegistryException(
                $"{file}: namespace {header.TargetNamespace} is not of the form {SiviNamespace.Prefix}<root element>/<release>");
        }
        if (!string.Equals(sivi.RootElement, header.RootElement, StringComparison.Ordinal))
        {
            throw new SchemaRegistryException(
                $"{file}: declares element {header.RootElement}, but its namespace {header.TargetNamespace} is that of {sivi.RootElement}");
        }
        if (!string.Equals(sivi.Release, folder, StringComparison.Ordinal))
        {
            throw new SchemaRegistryException(
                $"{file}: its namespace {header.TargetNamespace} is release {sivi.Release}, so it belongs in a folder named {sivi.Release}, not {folder}");
        }
        var name = SiviDefinitions.EmbeddedMessageNameOf(header.RootElement) ?? fileName;
        return new SiviMessageType(name, sivi.Release, header.RootElement, header.TargetNamespace, file);
    }
}
