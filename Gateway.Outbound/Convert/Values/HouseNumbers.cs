namespace Gateway.Outbound.Convert.Values;

/// <summary>
/// House numbers written as one text ("12a", "12-3", "12 bis"): the leading digits are the number, the rest (without
/// leading separators) the addition. No leading digits means no number.
/// </summary>
public static class HouseNumbers
{
    public static (int? Number, string? Addition) Split(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return (null, null);
        }
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits > 9)
        {
            return (null, null);
        }
        var number = int.Parse(trimmed.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        var rest = trimmed[digits..].TrimStart(' ', '-', '/', ',').Trim();
        return (number, rest.Length == 0 ? null : rest);
    }

    /// <summary>A foreign house number (free text, max 9): number and addition joined as written locally.</summary>
    public static string? Foreign(int? number, string? addition)
    {
        if (number is null)
        {
            return null;
        }
        var text = number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var extra = addition?.Trim();
        return SiviText.Fit(string.IsNullOrEmpty(extra) ? text : text + extra, 9);
    }
}
