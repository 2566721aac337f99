namespace Gateway.Afas.Rows;

/// <summary>
/// The shapes AFAS nearly always writes, read without the general parser: "yyyy-MM-dd" and "yyyy-MM-ddTHH:mm:ss" in
/// ASCII digits. Succeeds only where <c>TryParseExact</c> with those formats gives the same value; anything else
/// (another shape, a date that does not exist) returns false, and the caller falls back to <c>TryParseExact</c>.
/// </summary>
internal static class IsoDateTime
{
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool TryParseLocal(ReadOnlySpan<char> text, out DateTime wallClock)
    {
        wallClock = default;
        if (text.Length != 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || !TryParseDate(text[..10], out var date)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        wallClock = date.ToDateTime(new TimeOnly(hour, minute, second));
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }
            value = value * 10 + digit - '0';
        }
        return true;
    }
}
