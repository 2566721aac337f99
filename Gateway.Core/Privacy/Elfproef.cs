namespace Gateway.Core.Privacy;

/// <summary>The "elfproef" (11-test) that every Dutch citizen service number (BSN) passes.</summary>
public static class Elfproef
{
    /// <summary>
    /// Whether nine digits form a valid BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros).
    /// </summary>
    public static bool IsBsn(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }
        var sum = 0;
        var allZero = true;
        for (var i = 0; i < 9; i++)
        {
            var c = digits[i];
            if (c is < '0' or > '9')
            {
                return false;
            }
            var digit = c - '0';
            allZero &= digit == 0;
            sum += i < 8 ? (9 - i) * digit : -digit;
        }
        return !allZero && sum % 11 == 0;
    }
}
