namespace Afas.Simulator.Data;

/// <summary>
/// Burgerservicenummers that pass the 11-proef and are unique per employee index (below 9,000,000): seven
/// digits are a permutation of the index, the eighth is solved so that a random ninth satisfies the check.
/// </summary>
internal static class BsnGenerator
{
    private static readonly long Range = 9_000_000;

    public static string For(long seed, int employeeIndex)
    {
        var offset = (long)(SimRandom.Mix(unchecked((ulong)seed) ^ 0xB5B5B5B5UL) % (ulong)Range);
        var x = ((employeeIndex * 7919L) + offset) % Range + 1_000_000;
        Span<char> digits = stackalloc char[9];
        var weighted = 0;
        for (var i = 6; i >= 0; i--)
        {
            var digit = (int)(x % 10);
            x /= 10;
            digits[i] = (char)('0' + digit);
            weighted += (9 - i) * digit;
        }
        var ninth = SimRandom.For(seed, SimStream.Bsn, employeeIndex).Next(10);
        while (true)
        {
            var eighth = Modulo(6 * (ninth - weighted), 11);
            if (eighth <= 9)
            {
                digits[7] = (char)('0' + eighth);
                digits[8] = (char)('0' + ninth);
                return new string(digits);
            }
            ninth = (ninth + 1) % 10;
        }
    }

    /// <summary>The 11-proef for a nine-digit BSN.</summary>
    public static bool IsValid(string bsn)
    {
        if (bsn.Length != 9 || !bsn.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (bsn[i] - '0');
        }
        sum -= bsn[8] - '0';
        return sum % 11 == 0;
    }

    private static int Modulo(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
