using System.Collections.Concurrent;
using System.Xml.Schema;
using Sivi.Conformance.Tests.Corpus;
using Sivi.Conformance.Tests.Validation;

namespace Sivi.Conformance.Tests.Support;

/// <summary>
/// Every schema is loaded and compiled once per test run. A failure (missing file, compile error) is cached too, so
/// every test that needs that schema fails with the same clear message.
/// </summary>
internal static class SchemaCache
{
    private static readonly ConcurrentDictionary<(SchemaOrigin, string, string), Lazy<XmlSchemaSet>> Sets = new();
    private static readonly ConcurrentDictionary<(SchemaOrigin, string, string), Lazy<ElementModel>> Models = new();

    public static XmlSchemaSet Get(SchemaOrigin origin, string release, string type) =>
        Sets.GetOrAdd((origin, release, type), key => new Lazy<XmlSchemaSet>(() => Load(key.Item1, key.Item2, key.Item3))).Value;

    public static ElementModel Model(SchemaOrigin origin, string release, string type) =>
        Models.GetOrAdd((origin, release, type), key => new Lazy<ElementModel>(() => SchemaModel.Root(Get(key.Item1, key.Item2, key.Item3)))).Value;

    private static XmlSchemaSet Load(SchemaOrigin origin, string release, string type)
    {
        var path = RepositoryLayout.SchemaPath(origin, release, type);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(origin == SchemaOrigin.Ours
                ? $"our schema xsd/{release}/{type}.xsd is missing, but the official SIVI set has {release}/{type}"
                : $"official schema {path} is missing", path);
        }
        return SchemaLoader.Load(path);
    }
}
