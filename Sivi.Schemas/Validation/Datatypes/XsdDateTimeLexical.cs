using System.Runtime.CompilerServices;

namespace Sivi.Schemas.Validation.Datatypes;

/// <summary>
/// The lexical spaces of xs:date and xs:time as XML Schema 1.0 Part 2 (Second Edition) defines them, checked on the
/// value after whitespace collapsing (§3.2.8, §3.2.9, §3.2.7.1 and the time zones of §3.2.7.3):
/// <list type="bullet">
/// <item>date: <c>'-'? yyyy '-' mm '-' dd zone?</c>; the year has four or more digits, no leading zero beyond four, and
/// is not 0000; the day exists in that month (29 February only in leap years, by the year's value);</item>
/// <item>time: <c>hh ':' mm ':' ss ('.' s+)? zone?</c>; hh 00–23, or 24 when minutes, seconds and fraction are zero;</item>
/// <item>zone: <c>Z</c> or <c>('+'|'-') hh ':' mm</c> with hh 00–14, mm 00–59, and mm 00 when hh is 14.</item>
/// </list>
/// The framework's parser differs: it trims any Unicode white space (a no-break space too), accepts zones past ±14:00,
/// minute 60 and a lower-case z, refuses years before 0001 or after 9999, and refuses hour 24.
/// </summary>
internal static class XsdDateTimeLexical
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsDate(ReadOnlySpan<char> value)
    {
        var text = Collapse(value);
        var position = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            position++;
        }
        var yearStart = position;
        while (position < text.Length && IsDigit(text[position]))
        {
            position++;
        }
        var year = text[yearStart..position];
        if (year.Length < 4 || (year.Length > 4 && year[0] == '0') || !year.ContainsAnyExcept('0'))
        {
            return false;
        }
        if (!Literal(text, ref position, '-') || !TwoDigits(text, ref position, out var month) || !Literal(text, ref position, '-')
            || !TwoDigits(text, ref position, out var day))
        {
            return false;
        }
        return month is >= 1 and <= 12 && day >= 1 && day <= DaysIn(month, YearModulo400(year, negative)) && Zone(text[position..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsTime(ReadOnlySpan<char> value)
    {
        var text = Collapse(value);
        var position = 0;
        if (!TwoDigits(text, ref position, out var hour) || !Literal(text, ref position, ':')
            || !TwoDigits(text, ref position, out var minute) || !Literal(text, ref position, ':')
            || !TwoDigits(text, ref position, out var second))
        {
            return false;
        }
        var fractionIsZero = true;
        if (position < text.Length && text[position] == '.')
        {
            var fractionStart = ++position;
            while (position < text.Length && IsDigit(text[position]))
            {
                fractionIsZero &= text[position] == '0';
                position++;
            }
            if (position == fractionStart)
            {
                return false;
            }
        }
        var clock = hour <= 23 || (hour == 24 && minute == 0 && second == 0 && fractionIsZero);
        return clock && minute <= 59 && second <= 59 && Zone(text[position..]);
    }

    /// <summary>The value without the leading and trailing XML white space (#x20, #x9, #xA, #xD) collapsing removes.</summary>
    internal static ReadOnlySpan<char> Collapse(ReadOnlySpan<char> value) => value.Trim(" \t\n\r");

    private static bool Zone(ReadOnlySpan<char> zone)
    {
        if (zone.IsEmpty || zone is "Z")
        {
            return true;
        }
        var position = 1;
        return zone.Length == 6 && zone[0] is '+' or '-'
            && TwoDigits(zone, ref position, out var hours) && Literal(zone, ref position, ':') && TwoDigits(zone, ref position, out var minutes)
            && minutes <= 59 && (hours < 14 || (hours == 14 && minutes == 0));
    }

    private static int DaysIn(int month, int yearModulo400) => month switch
    {
        2 => IsLeap(yearModulo400) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool IsLeap(int yearModulo400) =>
        yearModulo400 % 400 == 0 || (yearModulo400 % 100 != 0 && yearModulo400 % 4 == 0);

    /// <summary>The year's value modulo 400 (mathematical modulo, so -1 gives 399), for years of any length.</summary>
    private static int YearModulo400(ReadOnlySpan<char> digits, bool negative)
    {
        var remainder = 0;
        foreach (var digit in digits)
        {
            remainder = ((remainder * 10) + (digit - '0')) % 400;
        }
        return negative ? (400 - remainder) % 400 : remainder;
    }

    private static bool Literal(ReadOnlySpan<char> text, ref int position, char expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }
        return false;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, ref int position, out int value)
    {
        value = 0;
        if (position + 2 > text.Length || !IsDigit(text[position]) || !IsDigit(text[position + 1]))
        {
            return false;
        }
        value = ((text[position] - '0') * 10) + (text[position + 1] - '0');
        position += 2;
        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
