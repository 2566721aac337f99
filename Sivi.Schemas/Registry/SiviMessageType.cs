namespace Sivi.Schemas.Registry;

/// <summary>One message type of one release, as found in a schema directory (<c>&lt;dir&gt;/&lt;Release&gt;/&lt;Name&gt;.xsd</c>).</summary>
/// <param name="Name">File base name, e.g. <c>WerknemersGegevens</c>.</param>
/// <param name="Release">Release (jaargang) folder name, e.g. <c>2024</c>.</param>
/// <param name="RootElement">Local name of the schema's top-level element, e.g. <c>WerknemerGegevens</c>.</param>
/// <param name="Namespace">The schema's target namespace.</param>
/// <param name="SchemaPath">Full path of the schema file.</param>
public sealed record SiviMessageType(string Name, string Release, string RootElement, string Namespace, string SchemaPath)
{
    public override string ToString() => $"{Name} {Release}";
}
