using System.Globalization;

namespace Sivi.Messages.Values;

/// <summary>An xsd:time value with the optional time-zone suffix the sender wrote.</summary>
public readonly record struct SiviTime(TimeOnly Time, string? Zone = null)
{
    public static implicit operator SiviTime(TimeOnly time) => new(time);

    public static SiviTime FromTimeOnly(TimeOnly time) => new(time);

    public static SiviTime Parse(string text)
    {
        var trimmed = text.Trim();
        var (body, zone) = ZoneSuffix.Split(trimmed);
        if (body.StartsWith("24:00:00", StringComparison.Ordinal) && (body.Length == 8 || (body[8] == '.' && body.Length > 9 && body.AsSpan(9).TrimStart('0').IsEmpty)))
        {
            // hour 24 (with a zero fraction, if any) is the first instant of the next day: XML Schema Part 2 §3.2.7.1
            return new SiviTime(TimeOnly.MinValue, zone);
        }
        string[] formats = ["HH:mm:ss", "HH:mm:ss.FFFFFFF"];
        if (body.Length > 16 && body[8] == '.')
        {
            body = body[..16]; // TimeOnly keeps 100 ns; further digits cannot change the stored value
        }
        if (!TimeOnly.TryParseExact(body, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new FormatException($"'{text}' is not an xsd:time (hh:mm:ss)");
        }
        return new SiviTime(time, zone);
    }

    public override string ToString() =>
        Time.ToString(Time.Ticks % TimeSpan.TicksPerSecond == 0 ? "HH:mm:ss" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + Zone;
}
