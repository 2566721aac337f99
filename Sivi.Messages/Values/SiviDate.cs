using System.Globalization;

namespace Sivi.Messages.Values;

/// <summary>
/// An xsd:date value: a calendar date plus the optional time-zone suffix the sender wrote ("Z", "+01:00"),
/// kept so that reading then writing a message changes nothing.
/// </summary>
public readonly record struct SiviDate(DateOnly Date, string? Zone = null)
{
    public static implicit operator SiviDate(DateOnly date) => new(date);

    public static SiviDate FromDateOnly(DateOnly date) => new(date);

    public static SiviDate Parse(string text)
    {
        var trimmed = text.Trim();
        var (body, zone) = ZoneSuffix.Split(trimmed);
        if (!DateOnly.TryParseExact(body, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"'{text}' is not an xsd:date (yyyy-mm-dd)");
        }
        return new SiviDate(date, zone);
    }

    /// <summary>"yyyy-MM-dd" followed by the zone suffix, if any.</summary>
    public override string ToString() => string.Create(10 + (Zone?.Length ?? 0), this, static (text, value) =>
    {
        // written digit by digit: the custom format "yyyy-MM-dd" costs more than the rest of writing the element
        var date = value.Date;
        Digits(text[..4], date.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), date.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), date.Day);
        value.Zone.AsSpan().CopyTo(text[10..]);
    });

    private static void Digits(Span<char> text, int number)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (number % 10));
            number /= 10;
        }
    }
}
