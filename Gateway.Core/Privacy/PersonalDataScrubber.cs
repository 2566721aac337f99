using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Gateway.Core.Privacy;

/// <summary>
/// The one rule set for personal data in free text, for everything that leaves the gateway or is shown to someone who
/// may not see personal data (uitval reasons and e-mails, schema errors, Retourmelding texts, receiving errors and
/// logs, what auditors see): cuts out values that schema and parser messages quote ("The value '…' is invalid"),
/// masks BSNs (nine digits passing the elfproef, also written with single spaces, dots or dashes between digits:
/// 1234.56.789, 123 456 789, 409-260-137, 4092 60 137), IBANs (Dutch ones by shape, others when the mod-97 check
/// holds; also in groups separated by spaces or dashes) and medical content (a list of Dutch and English medical terms,
/// and any quoted value in a text that names a medical field). Digits and letters in other scripts' forms (full-width
/// １２３, Arabic-Indic digits) are read as the ASCII ones they stand for, so they cannot slip past. A nine-digit run
/// inside a long hexadecimal id (a Berrefnr, a GUID written without dashes) is not a BSN. The producers of these texts
/// should never put such data in them; this catches the mistakes.
/// </summary>
public static partial class PersonalDataScrubber
{
    public const string BsnMask = "[BSN]";

    public const string IbanMask = "[IBAN]";

    public const string MedicalMask = "[medisch]";

    /// <summary>The text with quoted values cut out and personal data masked; <c>null</c> stays <c>null</c>.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        return MaskShapes(QuotedByValueWordPattern().Replace(text, "$1'…'"));
    }

    /// <summary>
    /// Only the masking half of <see cref="Scrub(string?)"/>: BSNs, IBANs and medical content masked, quoted values that
    /// are none of those left as they are (for texts whose values are needed, such as a schema error about a code).
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? MaskShapes(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        var result = DutchIbanPattern().Replace(TextFolding.ToAsciiForms(text), IbanMask);
        result = ForeignIbanPattern().Replace(result, MaskValidIbanPrefix);
        result = BsnPattern().Replace(result, m => Elfproef.IsBsn(Digits(m.Value)) && !InsideHexId(m) ? BsnMask : m.Value);
        if (MedicalFieldPattern().IsMatch(result))
        {
            result = QuotedValuePattern().Replace(result, m => m.Groups["q"].Value + MedicalMask + m.Groups["q"].Value);
        }
        return MedicalTermPattern().Replace(result, MedicalMask);
    }

    /// <summary>
    /// For parser texts, which may quote any content: every quoted run is cut out (positions and paths stay), then
    /// <see cref="Scrub(string?)"/>.
    /// </summary>
    public static string ScrubAllQuoted(string text) =>
        string.IsNullOrEmpty(text) ? text : Scrub(AnyQuotedPattern().Replace(text, "'…'"));

    /// <summary><see cref="Scrub(string?)"/>, then cut to <paramref name="maxLength"/> characters (ending in '…' when cut).</summary>
    public static string Scrub(string text, int maxLength)
    {
        var scrubbed = Scrub(text);
        return scrubbed.Length <= maxLength ? scrubbed : scrubbed[..(maxLength - 1)] + "…";
    }

    /// <summary>Whether <see cref="Scrub(string?)"/> would change the text.</summary>
    public static bool ContainsPersonalData(string? text) => !string.Equals(Scrub(text), text, StringComparison.Ordinal);

    /// <summary>
    /// Masks the longest prefix of an IBAN-shaped match that passes the mod-97 check (a match may run on into the
    /// following word when no space separates them); leaves it alone when none does.
    /// </summary>
    private static string MaskValidIbanPrefix(Match match)
    {
        var value = match.Value;
        for (var end = value.Length; end > 0; end--)
        {
            if (!char.IsAsciiLetterOrDigit(value[end - 1]))
            {
                continue;
            }
            var compact = value[..end].Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (compact.Length < 15)
            {
                break;
            }
            if (compact.Length <= 34 && Mod97(compact[4..] + compact[..4]) == 1)
            {
                return IbanMask + value[end..];
            }
        }
        return value;
    }

    private static int Mod97(string rearranged)
    {
        var digits = string.Concat(rearranged.Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        return (int)(BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97);
    }

    private static string Digits(string value) => string.Concat(value.Where(char.IsAsciiDigit));

    /// <summary>
    /// Whether the match lies in an id rather than a number someone typed: a run of hexadecimal characters (and the
    /// dashes of a GUID) holding at least 16 of them.
    /// </summary>
    private static bool InsideHexId(Match match)
    {
        if (match.Value.Any(c => c is ' ' or '.'))
        {
            return false;
        }
        var text = match.Result("$_");
        var start = match.Index;
        var end = match.Index + match.Length;
        while (start > 0 && (char.IsAsciiHexDigit(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }
        while (end < text.Length && (char.IsAsciiHexDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }
        return text.AsSpan(start, end - start).Count('-') <= 4 && end - start - text.AsSpan(start, end - start).Count('-') >= 16;
    }

    // "The value '123456782' is invalid…", "literal '…'", "Value '…'": schema and parser messages quoting content
    // (and "The string .…. is not a valid xs:date value")
    [GeneratedRegex("((?:[Vv]alue|literal|value of|[Ww]aarde|[Ss]tring) )'[^']*'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuotedByValueWordPattern();

    [GeneratedRegex("'[^']*'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnyQuotedPattern();

    // NLkk BBBB 0123 4567 89, with or without spaces or dashes, masked whatever its check digits
    [GeneratedRegex(@"\bNL[0-9]{2}[ -]?[A-Z]{4}(?:[ -]?[0-9]){10}(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DutchIbanPattern();

    // any other country: code, check digits, then 11-30 capitals/digits, optionally in groups separated by one space or dash
    [GeneratedRegex(@"\b[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]){11,30}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ForeignIbanPattern();

    // nine digits, each pair separated by at most one space, dot or dash, not part of a longer number written the same
    // way: 123456782, 1234.56.782, 123 456 782, 409-260-137, 4092 60 137
    [GeneratedRegex(@"(?<![0-9][ .\-]?)[0-9](?:[ .\-]?[0-9]){8}(?![ .\-]?[0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BsnPattern();

    [GeneratedRegex(@"(?<q>['""]).*?\k<q>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuotedValuePattern();

    [GeneratedRegex(@"\b(diagnose|diagnosis|klacht(en)?|aandoening|medisch(e)?|medical|ziektebeeld|oorzaak|toelichting|opmerking(en)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MedicalFieldPattern();

    [GeneratedRegex(@"\b(burn[- ]?out|overspannen(heid)?|depressie[f]?|depression|psychisch(e)?|psychiatrisch(e)?|angststoornis|kanker|cancer|tumor|chemo(therapie)?|hernia|griep|influenza|covid(-19)?|corona|zwanger|pregnan(t|cy)|miskraam|surgery|ziekenhuis(opname)?|hospital|fractuur|whiplash|verslaving|addiction|alcohol|diabetes|hartinfarct|beroerte|migraine|rugklachten|dementie)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MedicalTermPattern();
}
