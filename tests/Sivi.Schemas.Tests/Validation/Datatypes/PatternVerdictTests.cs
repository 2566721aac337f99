using Sivi.Schemas.Registry;
using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation.Datatypes;

/// <summary>
/// Pattern facets match whole values per character (XML Schema Part 2 §4.3.4, Appendix F): .NET's regex anchor lets a
/// final line feed through and sees a supplementary character as two; the validator's verdict does neither.
/// </summary>
public sealed class PatternVerdictTests : IAsyncLifetime
{
    private static readonly string Namespace = "urn:test:sivi:Patroon/2024";
    private readonly MiniSchemaDirectory _schemas = new();
    private SiviValidator _validator = null!;

    public async Task InitializeAsync()
    {
        _schemas.Write("2024", "Patroon", $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="{{Namespace}}" elementFormDefault="qualified">
              <xsd:element name="Patroon">
                <xsd:complexType>
                  <xsd:sequence>
                    <xsd:element name="Code">
                      <xsd:simpleType><xsd:restriction base="xsd:string"><xsd:pattern value="[A-Z]{2}"/></xsd:restriction></xsd:simpleType>
                    </xsd:element>
                    <xsd:element name="Naam">
                      <xsd:simpleType><xsd:restriction base="xsd:string"><xsd:maxLength value="3"/><xsd:pattern value="\D*"/></xsd:restriction></xsd:simpleType>
                    </xsd:element>
                  </xsd:sequence>
                </xsd:complexType>
              </xsd:element>
            </xsd:schema>
            """);
        _validator = new SiviValidator(await SchemaRegistry.LoadAsync(_schemas.Path));
    }

    public Task DisposeAsync()
    {
        _schemas.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("AB", "abc", true)]
    [InlineData("AB&#10;", "abc", false)]
    [InlineData("AB", "a\U0001F600\U0001F600", true)]
    [InlineData("AB", "a\U0001D7CE", false)]
    [InlineData("AB", "\U0001F600\U0001F600\U0001F600\U0001F600", false)]
    public async Task Patterns_and_lengths_judge_characters(string code, string naam, bool valid)
    {
        var document = $"<Patroon xmlns=\"{Namespace}\"><Code>{code}</Code><Naam>{naam}</Naam></Patroon>";

        var result = await _validator.ValidateAsync(MiniDocuments.Stream(document), "patroon.xml");

        Assert.True(valid == result.IsValid, string.Join("\n", result.Errors));
    }
}
