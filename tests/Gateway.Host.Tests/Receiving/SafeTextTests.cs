using Gateway.Host.Receiving.Processing;

namespace Gateway.Host.Tests.Receiving;

public class SafeTextTests
{
    [Theory]
    [InlineData("werknemer 123456782 onbekend", "werknemer [BSN] onbekend")]
    [InlineData("volgnummer 123456789 is geen bsn", "volgnummer 123456789 is geen bsn")]
    [InlineData("rekening NL91ABNA0417164300 en NL91 ABNA 0417 1643 00", "rekening [IBAN] en [IBAN]")]
    [InlineData("The value 'kanker' is invalid", "The value '…' is invalid")]
    [InlineData("literal 'x' en Value 'y'", "literal '…' en Value '…'")]
    [InlineData("The 'SofiNr' element", "The 'SofiNr' element")]
    public void Personal_data_is_masked_and_quoted_values_cut_out(string text, string expected) =>
        Assert.Equal(expected, SafeText.Redact(text));

    [Fact]
    public void Parser_texts_lose_every_quoted_run_and_long_texts_are_cut()
    {
        Assert.Equal("'…' is an unexpected token on line 3", SafeText.RedactAllQuoted("'diagnose: griep' is an unexpected token on line 3"));
        var cut = SafeText.Redact(new string('a', 600), 512);
        Assert.Equal(512, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_texts_keep_element_and_type_names_and_drop_every_other_quoted_token()
    {
        var text = ReceivingErrors.SchemaText(
            "The 'http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2024:PrcVrzm' element is invalid - The string 'burn-out 123456782' is not a valid 'http://www.w3.org/2001/XMLSchema:decimal' value.");
        Assert.Equal("The 'PrcVrzm' element is invalid - The string '…' is not a valid 'decimal' value.", text);
        Assert.Equal("The element 'Wrkgvr' has invalid child element 'Wrknmr'. List of possible elements expected: 'Lhnr'.",
            ReceivingErrors.SchemaText("The element 'Wrkgvr' in namespace 'http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2024' has invalid child element 'Wrknmr' in namespace 'http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2024'. List of possible elements expected: 'Lhnr' in namespace 'http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2024'."));
    }
}
