namespace Gateway.Core.Privacy;

/// <summary>
/// Reads look-alike characters as the ASCII ones they stand for, one character for one (so positions stay): decimal
/// digits of any script (full-width ０-９, Arabic-Indic, …) become 0-9, and the full-width forms of ASCII (Ａ, －, the
/// ideographic space) become their ASCII originals. Personal-data patterns then see "１２３４５６７８２" as the BSN it is.
/// </summary>
internal static class TextFolding
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    public static string ToAsciiForms(string text)
    {
        var index = IndexOfFoldable(text);
        if (index < 0)
        {
            return text;
        }
        return string.Create(text.Length, (text, index), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.index; i < span.Length; i++)
            {
                span[i] = Fold(span[i]);
            }
        });
    }

    private static int IndexOfFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007F' && Fold(text[i]) != text[i])
            {
                return i;
            }
        }
        return -1;
    }

    private static char Fold(char c)
    {
        if (c <= '\u007F')
        {
            return c;
        }
        if (c is >= FullWidthFirst and <= FullWidthLast)
        {
            return (char)(c - FullWidthOffset);
        }
        if (c == '\u3000')
        {
            return ' ';
        }
        return char.IsDigit(c) && char.GetNumericValue(c) is >= 0 and <= 9 and var value ? (char)('0' + (int)value) : c;
    }
}
