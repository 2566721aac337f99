namespace Gateway.Outbound.Convert.Values;

/// <summary>The BSN as SIVI's Sofinummer: nine digits (an eight-digit BSN gets its leading zero) passing the 11-proef.</summary>
public static class Bsn
{
    /// <summary>The nine-digit BSN, or null when the text is not a valid BSN. Never echo the input in messages.</summary>
    public static string? Normalize(string? text)
    {
        var digits = text?.Trim();
        if (string.IsNullOrEmpty(digits) || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        if (digits.Length == 8)
        {
            digits = "0" + digits;
        }
        return digits.Length == 9 && PassesElevenTest(digits) ? digits : null;
    }

    private static bool PassesElevenTest(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (nineDigits[i] - '0') * (9 - i);
        }
        sum -= nineDigits[8] - '0';
        return sum % 11 == 0 && nineDigits != "000000000";
    }
}
