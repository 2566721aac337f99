using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Sivi.Schemas.Validation.Compiled;

// Utf8ValidityProof, part: Character data between tags, and the predefined entities in it.
internal sealed partial class Utf8ValidityProof
{
    /// <summary>Character data between tags: white space in element-only content, an element's value otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Text(ReadOnlySpan<byte> text)
    {
        var element = _model.Current;
        if (element.Value is null)
        {
            return element.Children.Length > 0 && text.IndexOfAnyExcept(Whitespace) < 0;
        }
        if (text.IndexOfAny(TextToInspect) < 0)
        {
            _text = Encoding.ASCII.GetString(text);
            return true;
        }
        // a carriage return would be turned into a line feed by the reader: left to it, as is the rest here
        if (text.IndexOfAny(ForbiddenControls) >= 0 || text.Contains((byte)'\r') || text.IndexOf("]]>"u8) >= 0 || !Utf8.IsValid(text)
            || text.IndexOf("\uFFFE"u8) >= 0 || text.IndexOf("\uFFFF"u8) >= 0)
        {
            return false;
        }
        var value = Encoding.UTF8.GetString(text);
        _text = value.Contains('&', StringComparison.Ordinal) ? ExpandEntities(value) : value;
        return _text is not null;
    }

    /// <summary>The value with the five predefined entities replaced; null for any other reference.</summary>
    private static string? ExpandEntities(string value)
    {
        var expanded = new StringBuilder(value.Length);
        var at = 0;
        while (at < value.Length)
        {
            var ampersand = value.IndexOf('&', at);
            if (ampersand < 0)
            {
                expanded.Append(value, at, value.Length - at);
                break;
            }
            expanded.Append(value, at, ampersand - at);
            var semicolon = value.IndexOf(';', ampersand);
            if (semicolon < 0)
            {
                return null;
            }
            var character = value.AsSpan(ampersand + 1, semicolon - ampersand - 1) switch
            {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "apos" => '\'',
                "quot" => '"',
                _ => '\0',
            };
            if (character == '\0')
            {
                return null;
            }
            expanded.Append(character);
            at = semicolon + 1;
        }
        return expanded.ToString();
    }
}
