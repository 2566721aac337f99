using Sivi.Conformance.Tests.Support;

namespace Sivi.Conformance.Tests.Conformance;

/// <summary>
/// Our schema set has a compiling schema for every message the official set has, declaring the same root element in
/// the same namespace. A missing file fails here (and in every test needing it) rather than being skipped.
/// </summary>
public sealed class SchemaSetPresenceTests
{
    [OfficialSchemasTheory]
    [MemberData(nameof(ConformanceCases.Schemas), MemberType = typeof(ConformanceCases))]
    public void Our_schema_declares_the_official_root_element(string release, string type)
    {
        var official = SchemaCache.Model(SchemaOrigin.Official, release, type);

        var ours = SchemaCache.Model(SchemaOrigin.Ours, release, type);

        Assert.Equal(official.Name, ours.Name);
    }

    /// <summary>Also the fallback catalog when the official set is absent: it lists exactly the official messages.</summary>
    [OfficialSchemasFact]
    public void Our_descriptions_define_exactly_the_official_messages()
    {
        Assert.Equal(SiviCatalog.Schemas.Order(), SiviCatalog.Described);
    }
}
