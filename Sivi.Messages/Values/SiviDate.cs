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

    public override string ToString() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + Zone;
}
