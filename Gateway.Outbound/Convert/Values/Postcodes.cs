namespace Gateway.Outbound.Convert.Values;

/// <summary>Dutch postcodes: "1234 ab", "1234AB " → "1234AB"; anything else is not a Dutch postcode.</summary>
public static class Postcodes
{
    public static string? Dutch(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return compact.Length == 6
            && compact[0] is >= '1' and <= '9'
            && compact[..4].All(char.IsAsciiDigit)
            && compact[4..].All(char.IsAsciiLetterUpper)
            ? compact
            : null;
    }
}
