using System.Globalization;
using Gateway.Core.Time;

namespace Gateway.Afas.Rows;

/// <summary>
/// Reads AFAS date and date-time text. "2023-02-22T09:05:45Z" is Amsterdam wall-clock time despite the "Z";
/// an explicit offset ("+01:00") is honoured; date fields take only the date part.
/// </summary>
public static class AfasDateText
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss",
    ];

    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    /// <summary>
    /// A date: "yyyy-MM-dd", optionally followed by 'T' or a space and a time of day ("HH:mm", "HH:mm:ss", with up to
    /// seven fraction digits) and a zone ("Z", "+01:00"). The date is taken as written: the time and zone
    /// are checked, not applied (AFAS writes midnight with a "Z" or its local offset).
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 10 || (trimmed.Length > 10 && (trimmed[10] is not ('T' or ' ') || !IsTimeAndZone(trimmed[11..]))))
        {
            return false;
        }
        return IsoDateTime.TryParseDate(trimmed[..10], out date)
            || DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static bool TryParseDateTime(string text, out DateTimeOffset instant)
    {
        instant = default;
        var trimmed = text.Trim();
        var zulu = trimmed.EndsWith('Z') || trimmed.EndsWith('z');
        if (zulu)
        {
            trimmed = trimmed[..^1];
        }
        // the usual "yyyy-MM-ddTHH:mm:ss" has no offset: the offset formats cannot match it
        if (IsoDateTime.TryParseLocal(trimmed, out var wallClock))
        {
            return TryFromLocal(wallClock, out instant);
        }
        if (!zulu && DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            return true;
        }
        return DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out wallClock)
            && TryFromLocal(wallClock, out instant);
    }

    /// <summary>A wall-clock time on DateTime's first day ("0001-01-01") is no instant: taking off Amsterdam's offset would leave the range.</summary>
    private static bool TryFromLocal(DateTime wallClock, out DateTimeOffset instant)
    {
        instant = default;
        if (wallClock < DateTime.MinValue.AddDays(1))
        {
            return false;
        }
        instant = AmsterdamTime.FromLocal(wallClock);
        return true;
    }

    /// <summary>"HH:mm[:ss[.fffffff]]" and an optional zone: "Z" or "+HH:mm"/"-HH:mm".</summary>
    private static bool IsTimeAndZone(ReadOnlySpan<char> text)
    {
        if (text.Length < 5 || !IsTwoDigits(text, 23) || text[2] != ':' || !IsTwoDigits(text[3..], 59))
        {
            return false;
        }
        var rest = text[5..];
        if (rest.Length > 0 && rest[0] == ':')
        {
            if (rest.Length < 3 || !IsTwoDigits(rest[1..], 59))
            {
                return false;
            }
            rest = rest[3..];
            if (rest.Length > 0 && rest[0] == '.')
            {
                var digits = 1;
                while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
                {
                    digits++;
                }
                if (digits is 1 or > 8)
                {
                    return false;
                }
                rest = rest[digits..];
            }
        }
        if (rest.IsEmpty || rest is "Z" or "z")
        {
            return true;
        }
        if (rest[0] is not ('+' or '-'))
        {
            return false;
        }
        var zone = rest[1..];
        return zone.Length == 5 && IsTwoDigits(zone, 14) && zone[2] == ':' && IsTwoDigits(zone[3..], 59);
    }

    private static bool IsTwoDigits(ReadOnlySpan<char> text, int max) =>
        text.Length >= 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && (text[0] - '0') * 10 + (text[1] - '0') <= max;

    /// <summary>A date as AFAS filter value ("yyyy-MM-dd").</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as AFAS filter value: Amsterdam wall-clock time, "yyyy-MM-ddTHH:mm:ss".</summary>
    public static string Format(DateTimeOffset instant) =>
        AmsterdamTime.ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
