using System.Text;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// One lexical value to put into an element: <see cref="Xml"/> is the element's content exactly as written in the
/// file (character references included), <see cref="Label"/> says what the value probes.
/// </summary>
public sealed record EdgeValue(string Label, string Xml)
{
    /// <summary>The label of the generator's own valid value, the baseline every message starts from.</summary>
    public const string GeneratedLabel = "generated valid value";

    /// <summary>A value written as plain text: markup characters escaped, everything else (spaces, line ends) literal.</summary>
    public static EdgeValue Text(string label, string value) => new(label, Escape(value));

    public override string ToString() => $"{Label}: '{Shown(Xml)}'";

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>The value with control characters and non-ASCII shown as escapes, shortened, for messages.</summary>
    private static string Shown(string xml)
    {
        var text = new StringBuilder();
        foreach (var rune in xml.EnumerateRunes())
        {
            if (text.Length > 60)
            {
                text.Append('…');
                break;
            }
            text.Append(rune.Value is < 0x20 or > 0x7E ? $"\\u{{{rune.Value:X}}}" : rune.ToString());
        }
        return text.ToString();
    }
}
