namespace Gateway.Outbound.Convert.Values;

/// <summary>
/// Descriptive text (names, descriptions, places) trimmed to what an element holds: empty becomes null, longer text
/// is cut at the element's maximum length. Codes and identifiers are never cut; they go through <see cref="Code"/>.
/// </summary>
public static class SiviText
{
    public static string? Fit(string? text, int maxLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        return trimmed.Length <= maxLength ? trimmed : trimmed[..maxLength].TrimEnd();
    }

    /// <summary>A code or identifier: trimmed, null when empty, and a <see cref="MappingException"/> when too long.</summary>
    public static string? Code(string? text, int maxLength, string field)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new MappingException(field, $"is longer than the {maxLength} characters SIVI allows");
    }

    /// <summary>Text without digits (SIVI's \D* pattern for names and initials): null when it holds a digit.</summary>
    public static string? WithoutDigits(string? text, int maxLength)
    {
        var fitted = Fit(text, maxLength);
        return fitted is not null && fitted.Any(char.IsDigit) ? null : fitted;
    }
}
