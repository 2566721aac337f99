namespace Sivi.Conformance.Tests.Support;

/// <summary>Which schema set a schema (and the corpus generated from it) comes from.</summary>
public enum SchemaOrigin
{
    /// <summary>SIVI's published XSDs: ../shared/sivi/xsd/&lt;release&gt;/&lt;type&gt;.xsd (reference data, never copied).</summary>
    Official,

    /// <summary>The project's own schema set: xsd/&lt;release&gt;/&lt;type&gt;.xsd.</summary>
    Ours,
}
