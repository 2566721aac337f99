namespace Sivi.Schemas.Tests.Support;

/// <summary>
/// A throw-away schema directory with handwritten mini schemas in the SIVI layout, so registry and validator logic is
/// tested without any official file: <c>2024/Melding.xsd</c>, <c>2025/Melding.xsd</c> (root <c>Melding</c>) and
/// <c>2025/Retour.xsd</c> (file name and root element differ, like WerknemersGegevens/WerknemerGegevens).
/// </summary>
public sealed class MiniSchemaDirectory : IDisposable
{
    public MiniSchemaDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sivi-mini-" + Guid.NewGuid().ToString("N"));
        Write("2024", "Melding", MeldingSchema("2024"));
        Write("2025", "Melding", MeldingSchema("2025"));
        Write("2025", "Retour", RetourSchema);
    }

    public string Path { get; }

    public static string Namespace(string release) => "urn:test:sivi:Melding/" + release;

    public const string RetourNamespace = "urn:test:sivi:Retourbericht/2025";

    public void Write(string release, string name, string content)
    {
        var directory = System.IO.Path.Combine(Path, release);
        Directory.CreateDirectory(directory);
        File.WriteAllText(System.IO.Path.Combine(directory, name + ".xsd"), content);
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    /// <summary>Melding: Kop (Datum date, Code enum) then 1..n Regel (Nr int, Tekst 1..10 chars, optional Bedrag decimal).</summary>
    private static string MeldingSchema(string release) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- handwritten test schema -->
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:m="{Namespace(release)}"
                    targetNamespace="{Namespace(release)}" elementFormDefault="qualified">
          <xsd:annotation><xsd:documentation>mini Melding, release {release}</xsd:documentation></xsd:annotation>
          <xsd:element name="Melding">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="Kop">
                  <xsd:complexType>
                    <xsd:sequence>
                      <xsd:element name="Datum" type="xsd:date"/>
                      <xsd:element name="Code">
                        <xsd:simpleType>
                          <xsd:restriction base="xsd:string">
                            <xsd:enumeration value="A"/>
                            <xsd:enumeration value="B"/>
                          </xsd:restriction>
                        </xsd:simpleType>
                      </xsd:element>
                    </xsd:sequence>
                  </xsd:complexType>
                </xsd:element>
                <xsd:element name="Regel" maxOccurs="unbounded">
                  <xsd:complexType>
                    <xsd:sequence>
                      <xsd:element name="Nr" type="xsd:int"/>
                      <xsd:element name="Tekst" type="m:Tekst10"/>
                      <xsd:element name="Bedrag" type="xsd:decimal" minOccurs="0"/>
                    </xsd:sequence>
                  </xsd:complexType>
                </xsd:element>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:simpleType name="Tekst10">
            <xsd:restriction base="xsd:string">
              <xsd:minLength value="1"/>
              <xsd:maxLength value="10"/>
            </xsd:restriction>
          </xsd:simpleType>
        </xsd:schema>
        """;

    private static readonly string RetourSchema = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="{RetourNamespace}" elementFormDefault="qualified">
          <xsd:simpleType name="Unused"><xsd:restriction base="xsd:string"/></xsd:simpleType>
          <xsd:element name="Retourbericht">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="Ok" type="xsd:boolean"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
        </xsd:schema>
        """;
}
