using System.Globalization;
using System.Text;

namespace Gateway.Transport.Files;

/// <summary>
/// A name as a partner's server (or a partner-writable folder) lists it is data, never a path: whether it can be used
/// as one plain file name, and how to show it in logs and reports without its characters acting on the reader.
/// </summary>
public static class RemoteName
{
    private const int MaxRendered = 80;

    /// <summary>
    /// Why <paramref name="name"/> is not a plain file name, or null when it is. Refused: empty, longer than 255 UTF-8
    /// bytes, only dots and blanks (".", "..", "...", ". ."), a folder separator ('/' or '\'), NUL or another control
    /// character, an invisible formatting character (bidi overrides, zero-width, line separators), or bytes that were
    /// not valid UTF-8 (shown as U+FFFD: the name could not be addressed again as listed).
    /// </summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            return "is empty";
        }
        if (name.All(c => c == '.' || char.IsWhiteSpace(c)))
        {
            return "consists of dots and blanks only";
        }
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.Value is '/' or '\\')
            {
                return "contains a folder separator";
            }
            if (Rune.IsControl(rune))
            {
                return "contains a control character";
            }
            if (rune == Rune.ReplacementChar)
            {
                return "is not valid UTF-8"; // also what an unpaired surrogate enumerates as
            }
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return "contains an invisible formatting character";
            }
        }
        return Encoding.UTF8.GetByteCount(name) > 255 ? "is longer than 255 bytes" : null;
    }

    /// <summary>Whether <paramref name="name"/> is a plain file name (<see cref="Problem"/> finds nothing).</summary>
    public static bool IsPlain(string name) => Problem(name) is null;

    /// <summary>
    /// <paramref name="name"/> in double quotes with every control, formatting, separator-like or non-ASCII character
    /// as <c>\u{XXXX}</c> (and '\' and '"' escaped), cut at 80 characters: safe in a log line, an e-mail or a UI cell.
    /// </summary>
    public static string Render(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder("\"");
        foreach (var c in name)
        {
            if (text.Length > MaxRendered)
            {
                text.Append('…');
                break;
            }
            if (c is '\\' or '"')
            {
                text.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~')
            {
                text.Append(c);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}");
            }
        }
        return text.Append('"').ToString();
    }
}
