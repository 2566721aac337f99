using System.Xml.Linq;
using System.Xml.Schema;
using Sivi.Conformance.Tests.Corpus;
using Sivi.Conformance.Tests.Validation;

namespace Sivi.Conformance.Tests.Generator;

/// <summary>
/// A small order-message schema written for these tests (not SIVI's) that uses every construct the generator
/// supports: nested sequences, optional and repeated elements, named and anonymous restrictions, code lists, \D*
/// and decimal patterns, length/minLength/maxLength, totalDigits/fractionDigits/minInclusive, dates and times.
/// </summary>
internal static class SampleSchema
{
    public const string Namespace = "urn:example:bestelling:1";
    public const string OtherNamespace = "urn:example:bestelling:2";

    public const string Xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:b="urn:example:bestelling:1"
                   targetNamespace="urn:example:bestelling:1" elementFormDefault="qualified">
          <xs:element name="Bestelling">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="Kop">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="Soort" type="b:Soort"/>
                      <xs:element name="Datum" type="xs:date"/>
                      <xs:element name="Tijd" type="xs:time" minOccurs="0"/>
                      <xs:element name="Kenmerk">
                        <xs:simpleType>
                          <xs:restriction base="xs:string">
                            <xs:minLength value="1"/>
                            <xs:maxLength value="12"/>
                          </xs:restriction>
                        </xs:simpleType>
                      </xs:element>
                    </xs:sequence>
                  </xs:complexType>
                </xs:element>
                <xs:element name="Regel" maxOccurs="3">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="Omschrijving" type="b:Tekst10"/>
                      <xs:element name="Aantal" type="b:Aantal3"/>
                      <xs:element name="Bedrag" type="b:Bedrag" minOccurs="0"/>
                      <xs:element name="Landcode" minOccurs="0">
                        <xs:simpleType>
                          <xs:restriction base="xs:string">
                            <xs:length value="2"/>
                            <xs:pattern value="[A-Z]*"/>
                          </xs:restriction>
                        </xs:simpleType>
                      </xs:element>
                    </xs:sequence>
                  </xs:complexType>
                </xs:element>
                <xs:element name="Opmerking" type="b:Tekst10" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <xs:simpleType name="Soort">
            <xs:restriction base="xs:string">
              <xs:length value="2"/>
              <xs:enumeration value="01"/>
              <xs:enumeration value="02"/>
              <xs:enumeration value="99"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="Tekst10">
            <xs:restriction base="xs:string">
              <xs:maxLength value="10"/>
              <xs:pattern value="\D*"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="Aantal3">
            <xs:restriction base="xs:nonNegativeInteger">
              <xs:totalDigits value="3"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="Bedrag">
            <xs:restriction base="xs:decimal">
              <xs:totalDigits value="5"/>
              <xs:fractionDigits value="2"/>
              <xs:minInclusive value="0"/>
              <xs:pattern value="[0-9]{1,3}[.][0-9]{2}"/>
            </xs:restriction>
          </xs:simpleType>
        </xs:schema>
        """;

    private static readonly Lazy<XmlSchemaSet> LazySet = new(() => Compile(Xsd));

    public static XmlSchemaSet Set => LazySet.Value;

    public static ElementModel Root => SchemaModel.Root(Set);

    public static XmlSchemaSet Compile(string xsd) => SchemaLoader.Load(XDocument.Parse(xsd), "sample schema");

    public static Verdict Validate(XDocument document) =>
        HardenedValidator.Validate(Set, document.ToString(SaveOptions.DisableFormatting));
}
