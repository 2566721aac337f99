using System.Xml.Linq;
using System.Xml.Schema;
using Sivi.Conformance.Tests.Corpus;

namespace Sivi.Conformance.Tests.Generator;

public sealed class SchemaModelTests
{
    [Fact]
    public void Reads_elements_occurrences_and_facets_from_the_compiled_schema()
    {
        var root = SampleSchema.Root;

        Assert.Equal(XName.Get("Bestelling", SampleSchema.Namespace), root.Name);
        Assert.Equal(
            ["Bestelling", "Bestelling/Kop", "Bestelling/Kop/Soort", "Bestelling/Kop/Datum", "Bestelling/Kop/Tijd",
             "Bestelling/Kop/Kenmerk", "Bestelling/Regel", "Bestelling/Regel/Omschrijving", "Bestelling/Regel/Aantal",
             "Bestelling/Regel/Bedrag", "Bestelling/Regel/Landcode", "Bestelling/Opmerking"],
            root.DescendantsAndSelf().Select(e => e.Path));
        var regel = root.Find("Bestelling/Regel")!;
        Assert.Equal((1, 3), (regel.MinOccurs, regel.MaxOccurs));
        var opmerking = root.Find("Bestelling/Opmerking")!;
        Assert.Equal((0, (int?)null), (opmerking.MinOccurs, opmerking.MaxOccurs));
        var bedrag = root.Find("Bestelling/Regel/Bedrag")!.Value!;
        Assert.Equal((ValueKind.Decimal, 5, 2, 0m), (bedrag.Kind, bedrag.TotalDigits, bedrag.FractionDigits, bedrag.MinInclusive));
        Assert.Equal([["[0-9]{1,3}[.][0-9]{2}"]], bedrag.PatternGroups);
        var soort = root.Find("Bestelling/Kop/Soort")!.Value!;
        Assert.Equal(2, soort.Length);
        Assert.Equal(["01", "02", "99"], soort.Enumeration);
        var kenmerk = root.Find("Bestelling/Kop/Kenmerk")!.Value!;
        Assert.Equal((1, 12), (kenmerk.MinLength, kenmerk.MaxLength));
        Assert.Equal(ValueKind.Time, root.Find("Bestelling/Kop/Tijd")!.Value!.Kind);
        Assert.Null(root.Find("Bestelling/Kop")!.Value);
    }

    [Theory]
    [InlineData("<xs:choice><xs:element name='A' type='xs:string'/><xs:element name='B' type='xs:string'/></xs:choice>", "R: only sequences")]
    [InlineData("<xs:sequence><xs:element name='A' type='xs:string'/></xs:sequence><xs:attribute name='x' type='xs:string'/>", "R: attributes")]
    [InlineData("<xs:sequence><xs:element name='A' type='xs:string'/><xs:element name='A' type='xs:string'/></xs:sequence>", "R/A: the same element name twice")]
    [InlineData("<xs:sequence><xs:element name='A' type='xs:boolean'/></xs:sequence>", "R/A: built-in type Boolean")]
    public void Rejects_constructs_it_cannot_generate_naming_the_element(string content, string expectedMessageStart)
    {
        var set = SampleSchema.Compile(
            $"<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:element name='R'><xs:complexType>{content}</xs:complexType></xs:element></xs:schema>");

        var error = Assert.Throws<NotSupportedException>(() => SchemaModel.Roots(set));

        Assert.StartsWith(expectedMessageStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_requires_exactly_one_global_element()
    {
        var set = new XmlSchemaSet();

        Assert.Throws<ArgumentException>(() => SchemaModel.Root(set));
    }
}
