using Gateway.Receiving.Processing;

namespace Gateway.Receiving.Tests;

/// <summary>What the receiving role writes into error texts: element and type names, never a value.</summary>
public class ReceivingErrorTextTests
{
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
