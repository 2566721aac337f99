using Sivi.Conformance.Tests.Generator;

namespace Sivi.Conformance.Tests.Validation;

public sealed class HardenedValidatorTests
{
    private static readonly string Valid = """
        <Bestelling xmlns="urn:example:bestelling:1">
          <Kop><Soort>01</Soort><Datum>2024-01-31</Datum><Kenmerk>K1</Kenmerk></Kop>
          <Regel><Omschrijving>Pen</Omschrijving><Aantal>2</Aantal></Regel>
        </Bestelling>
        """;

    [Fact]
    public void Accepts_a_valid_message() => Assert.Equal(Verdict.Valid, HardenedValidator.Validate(SampleSchema.Set, Valid));

    [Fact]
    public void Reports_schema_errors_with_their_position()
    {
        var verdict = HardenedValidator.Validate(SampleSchema.Set, Valid.Replace("<Aantal>2</Aantal>", "<Aantal>2000</Aantal>", StringComparison.Ordinal));

        Assert.False(verdict.IsValid);
        Assert.Contains(verdict.Errors, e => e.StartsWith("3:", StringComparison.Ordinal) && e.Contains("Aantal", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_document_type_definition()
    {
        var withDtd = "<!DOCTYPE Bestelling [<!ENTITY x \"y\">]>\n" + Valid;

        var verdict = HardenedValidator.Validate(SampleSchema.Set, withDtd);

        Assert.False(verdict.IsValid);
        Assert.StartsWith("not well-formed", verdict.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Treats_an_undeclared_root_as_invalid_rather_than_unvalidated()
    {
        var verdict = HardenedValidator.Validate(SampleSchema.Set, Valid.Replace("urn:example:bestelling:1", "urn:example:bestelling:2", StringComparison.Ordinal));

        Assert.False(verdict.IsValid);
    }

    [Fact]
    public void Ignores_schema_locations_named_in_the_document()
    {
        var pointing = Valid.Replace(
            "<Bestelling xmlns=\"urn:example:bestelling:1\">",
            "<Bestelling xmlns=\"urn:example:bestelling:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:example:bestelling:1 http://127.0.0.1:9/evil.xsd\">",
            StringComparison.Ordinal);

        Assert.True(HardenedValidator.Validate(SampleSchema.Set, pointing).IsValid);
    }
}
