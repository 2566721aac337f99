using System.Globalization;

namespace Gateway.Outbound.Convert.Values;

/// <summary>
/// House numbers as Dutch HR data has them (the rule and its table are in docs/mapping.md, "House numbers and
/// postcodes"). AFAS's Huisnummer arrives as a number or as text with the addition written in it ("12a", "12 A",
/// "12-3", "12bis", "12 hs", "12-II"); Huisnummer_toevoeging may be filled as well.
/// </summary>
public static class HouseNumbers
{
    private const string NumberField = "Huisnummer";
    private const string AdditionField = "Huisnummer_toevoeging";

    /// <summary>
    /// The Dutch Huisnr and HuisToev: the leading digits of <paramref name="number"/> are the number; what follows them
    /// (without the separators " ", "-", "/" or "," between) is the addition when it is letters and digits (with inner
    /// spaces or hyphens). <paramref name="addition"/> (Huisnummer_toevoeging) is taken as AFAS holds it; when both
    /// carry an addition they must be the same (ignoring case), the toevoeging's spelling is sent, and otherwise the
    /// house number is ambiguous. A problem names the field (relative to the address's fields) and the reason.
    /// </summary>
    public static DutchHouseNumber Dutch(string? number, string? addition, HouseNumberLimits limits)
    {
        var text = number?.Trim() ?? "";
        var extra = addition?.Trim() ?? "";
        if (text.Length == 0)
        {
            return DutchHouseNumber.Fails(NumberField, "is missing");
        }
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits == 0)
        {
            return DutchHouseNumber.Fails(NumberField, "does not start with a house number");
        }
        var significant = text[..digits].TrimStart('0');
        if (significant.Length is 0 || significant.Length > limits.NumberDigits)
        {
            return DutchHouseNumber.Fails(NumberField, $"is not a house number of 1 to {limits.NumberDigits} digits");
        }
        var written = text[digits..].TrimStart(' ', '-', '/', ',').Trim();
        if (written.Length > 0 && !IsAddition(written))
        {
            return DutchHouseNumber.Fails(NumberField, "is not a house number followed by an addition of letters and digits");
        }
        var (sent, field) = (written.Length, extra.Length) switch
        {
            (0, 0) => ((string?)null, NumberField),
            (0, _) => (extra, AdditionField),
            (_, 0) => (written, NumberField),
            _ when written.Equals(extra, StringComparison.OrdinalIgnoreCase) => (extra, AdditionField),
            _ => (null, ""),
        };
        if (field.Length == 0)
        {
            return DutchHouseNumber.Fails(AdditionField, "differs from the addition written in the house number; ambiguous");
        }
        if (sent is not null && limits.AdditionLength is null)
        {
            return DutchHouseNumber.Fails(field, "holds an addition, which this message and release cannot carry (no HuisToev)");
        }
        if (sent is not null && sent.Length > limits.AdditionLength)
        {
            return DutchHouseNumber.Fails(field, $"holds an addition longer than the {limits.AdditionLength} characters of HuisToev");
        }
        return new DutchHouseNumber(int.Parse(significant, CultureInfo.InvariantCulture), sent, null);
    }

    /// <summary>A foreign house number (HuisnrBtl, free text): Huisnummer and Huisnummer_toevoeging joined as written, cut at <paramref name="maxLength"/>.</summary>
    public static string? Foreign(string? number, string? addition, int maxLength)
    {
        var text = number?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return SiviText.Fit(text + addition?.Trim(), maxLength);
    }

    /// <summary>Letters and digits, with single spaces or hyphens between them ("a", "bis", "II", "3", "a-1", "3 hg").</summary>
    private static bool IsAddition(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                continue;
            }
            if (c is not (' ' or '-') || i == text.Length - 1 || !char.IsLetterOrDigit(text[i + 1]))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>What a release's StrAdrNl allows: Huisnr's digits (totalDigits) and HuisToev's length, null when it has no HuisToev.</summary>
public sealed record HouseNumberLimits(int NumberDigits, int? AdditionLength);

/// <summary>A Dutch house number split for StrAdrNl, or the problem that keeps it from being sent (field and reason, never the value).</summary>
public sealed record DutchHouseNumber(int? Number, string? Addition, MappingNote? Problem)
{
    public static DutchHouseNumber Fails(string field, string reason) => new(null, null, new MappingNote(field, reason));
}
