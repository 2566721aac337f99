using System.Text;

namespace Sivi.Schemas.Validation.Compiled;

// Utf8ValidityProof, part: The prolog: byte order mark, XML declaration, white space before the root.
internal sealed partial class Utf8ValidityProof
{
    /// <summary>An optional byte order mark and XML declaration, then white space up to the root's start tag.</summary>
    private bool Prolog()
    {
        if (_window.Ensure(3) && _window.Rest.StartsWith("\uFEFF"u8))
        {
            _window.Position += 3;
        }
        if (_window.Ensure(6) && _window.Rest.StartsWith("<?xml"u8) && IsWhitespace(_window.Rest[5]) && !XmlDeclaration())
        {
            return false;
        }
        return _window.SkipWhitespace(Whitespace) && _window.Ensure(2) && _window.Rest[0] == '<' && IsNameStart(_window.Rest[1]);
    }

    /// <summary><c>&lt;?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"] ?&gt;</c>, nothing else.</summary>
    private bool XmlDeclaration()
    {
        var greaterThan = _window.IndexOf((byte)'>');
        if (greaterThan < 0 || _window.Buffer[greaterThan - 1] != '?')
        {
            return false;
        }
        var declaration = _window.Buffer.AsSpan(_window.Position + 5, greaterThan - 1 - (_window.Position + 5));
        _window.Position = greaterThan + 1;
        var at = 0;
        if (!SkipSpaces(declaration, ref at) || !Pseudo(declaration, ref at, "version"u8, out var version) || !version.SequenceEqual("1.0"u8))
        {
            return false;
        }
        var spaced = SkipSpaces(declaration, ref at);
        if (spaced && declaration[at..].StartsWith("encoding"u8))
        {
            if (!Pseudo(declaration, ref at, "encoding"u8, out var encoding) || !Ascii.EqualsIgnoreCase(encoding, "UTF-8"u8))
            {
                return false;
            }
            spaced = SkipSpaces(declaration, ref at);
        }
        if (spaced && declaration[at..].StartsWith("standalone"u8))
        {
            if (!Pseudo(declaration, ref at, "standalone"u8, out var standalone) || !(standalone.SequenceEqual("yes"u8) || standalone.SequenceEqual("no"u8)))
            {
                return false;
            }
            SkipSpaces(declaration, ref at);
        }
        return at == declaration.Length;
    }

    /// <summary><c>name S? = S? "value"</c> (or single quotes) in the XML declaration.</summary>
    private static bool Pseudo(ReadOnlySpan<byte> text, ref int at, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (!text[at..].StartsWith(name))
        {
            return false;
        }
        at += name.Length;
        SkipSpaces(text, ref at);
        if (at >= text.Length || text[at] != '=')
        {
            return false;
        }
        at++;
        SkipSpaces(text, ref at);
        if (at >= text.Length || text[at] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }
        var quote = text[at++];
        var length = text[at..].IndexOf(quote);
        if (length < 0)
        {
            return false;
        }
        value = text.Slice(at, length);
        at += length + 1;
        return true;
    }
}
