using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Gateway.Host.Receiving.Processing;

/// <summary>
/// Keeps personal data out of every text the receiving role sends or logs (Toelichting of a Retourmelding, error
/// reasons, log lines). The texts are built from keys, positions and rules, never from values; this is the second
/// line: values quoted by parser or schema messages are cut out, and anything shaped like a BSN (nine digits passing
/// the elfproef) or an IBAN (mod-97) is masked. Medical content can only reach a text as a quoted value or free text,
/// and neither survives.
/// </summary>
public static partial class SafeText
{
    public const string BsnMask = "[BSN]";

    public const string IbanMask = "[IBAN]";

    /// <summary>The text with quoted values removed and BSN/IBAN-shaped content masked.</summary>
    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        var result = QuotedValue().Replace(text, "$1'…'");
        result = IbanShape().Replace(result, MaskIbanPrefix);
        return NineDigits().Replace(result, m => IsBsn(m.Value) ? BsnMask : m.Value);
    }

    /// <summary>
    /// For parser texts, which may quote any content: every quoted run is cut out (positions and paths stay), then
    /// <see cref="Redact(string)"/>.
    /// </summary>
    public static string RedactAllQuoted(string text) =>
        string.IsNullOrEmpty(text) ? text : Redact(AnyQuoted().Replace(text, "'…'"));

    /// <summary><see cref="Redact(string)"/>, then cut to <paramref name="maxLength"/> characters (ending in '…' when cut).</summary>
    public static string Redact(string text, int maxLength)
    {
        var redacted = Redact(text);
        return redacted.Length <= maxLength ? redacted : redacted[..(maxLength - 1)] + "…";
    }

    /// <summary>The "elfproef" every BSN passes: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (not all zeros).</summary>
    public static bool IsBsn(string digits)
    {
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit) || digits.All(c => c == '0'))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }
        return (sum - (digits[8] - '0')) % 11 == 0;
    }

    // a match may run on into following text: mask the longest prefix that passes the IBAN check
    private static string MaskIbanPrefix(Match match)
    {
        var value = match.Value;
        for (var end = value.Length; end >= 15; end--)
        {
            if (char.IsAsciiLetterOrDigit(value[end - 1]) && IsIban(value[..end]))
            {
                return IbanMask + value[end..];
            }
        }
        return value;
    }

    private static bool IsIban(string candidate)
    {
        var compact = candidate.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length is < 15 or > 34)
        {
            return false;
        }
        var rearranged = compact[4..] + compact[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiLetter(c)
            ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture)
            : c.ToString()));
        return BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97 == 1;
    }

    // "The value '123456782' is invalid…", "literal '…'", "Value '…'": schema and parser messages quoting content
    [GeneratedRegex("((?:[Vv]alue|literal|value of|[Ww]aarde) )'[^']*'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuotedValue();

    [GeneratedRegex("'[^']*'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnyQuoted();

    [GeneratedRegex(@"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{1,4}){3,8}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IbanShape();

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NineDigits();
}
