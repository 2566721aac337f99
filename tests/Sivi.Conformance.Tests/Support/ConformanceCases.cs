using System.Xml.Schema;
using Sivi.Conformance.Tests.Corpus;

namespace Sivi.Conformance.Tests.Support;

/// <summary>
/// Theory data: one case per (release, type), per origin, and per mutation kind that applies to the schema, so the
/// test count shows the coverage. Kinds come from the model of the origin's schema; when that schema cannot be loaded
/// the other set's (or every) kind stands in, and the cases then fail on the load with its message.
/// </summary>
public static class ConformanceCases
{
    public static TheoryData<string, string> Schemas()
    {
        var data = new TheoryData<string, string>();
        foreach (var (release, type) in SiviCatalog.Schemas)
        {
            data.Add(release, type);
        }
        return data;
    }

    public static TheoryData<SchemaOrigin, string, string> OriginSchemas()
    {
        var data = new TheoryData<SchemaOrigin, string, string>();
        foreach (var origin in Enum.GetValues<SchemaOrigin>())
        {
            foreach (var (release, type) in SiviCatalog.Schemas)
            {
                data.Add(origin, release, type);
            }
        }
        return data;
    }

    public static TheoryData<string, string, MutationKind> OfficialMutations() => Mutations(SchemaOrigin.Official);

    public static TheoryData<string, string, MutationKind> OurMutations() => Mutations(SchemaOrigin.Ours);

    public static TheoryData<SchemaOrigin, string, string, MutationKind> OriginMutations()
    {
        var data = new TheoryData<SchemaOrigin, string, string, MutationKind>();
        foreach (var origin in Enum.GetValues<SchemaOrigin>())
        {
            foreach (var (release, type) in SiviCatalog.Schemas)
            {
                foreach (var kind in KindsOf(origin, release, type))
                {
                    data.Add(origin, release, type, kind);
                }
            }
        }
        return data;
    }

    private static TheoryData<string, string, MutationKind> Mutations(SchemaOrigin origin)
    {
        var data = new TheoryData<string, string, MutationKind>();
        foreach (var (release, type) in SiviCatalog.Schemas)
        {
            foreach (var kind in KindsOf(origin, release, type))
            {
                data.Add(release, type, kind);
            }
        }
        return data;
    }

    private static IEnumerable<MutationKind> KindsOf(SchemaOrigin origin, string release, string type)
    {
        if ((TryModel(origin, release, type) ?? TryModel(Other(origin), release, type)) is not { } root)
        {
            return Enum.GetValues<MutationKind>();
        }
        var options = ConformanceCorpus.MutationOptionsFor(root, release);
        return Enum.GetValues<MutationKind>().Where(kind => Mutator.Targets(root, kind, options).Any()).ToList();
    }

    private static SchemaOrigin Other(SchemaOrigin origin) =>
        origin == SchemaOrigin.Official ? SchemaOrigin.Ours : SchemaOrigin.Official;

    private static ElementModel? TryModel(SchemaOrigin origin, string release, string type)
    {
        try
        {
            return SchemaCache.Model(origin, release, type);
        }
        catch (Exception e) when (e is IOException or XmlSchemaException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
