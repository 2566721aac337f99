namespace Sivi.Messages.Values;

/// <summary>Splits the optional xsd time-zone suffix (Z, +hh:mm, -hh:mm) off a date or time literal.</summary>
internal static class ZoneSuffix
{
    public static (string Body, string? Zone) Split(string text)
    {
        if (text.EndsWith('Z'))
        {
            return (text[..^1], "Z");
        }
        if (text.Length > 6 && text[^3] == ':' && (text[^6] == '+' || text[^6] == '-'))
        {
            return (text[..^6], text[^6..]);
        }
        return (text, null);
    }
}
