using System.Buffers;
using System.Globalization;
using System.Text;
using Sivi.Schemas.Validation;

namespace Sivi.Messages.Writing;

/// <summary>
/// Writes a SIVI document (elements that hold either child elements or text, the default namespace declared on the
/// root) as UTF-8 into a buffer, byte for byte as <see cref="System.Xml.XmlWriter"/> writes it with UTF-8 without BOM,
/// <c>Indent</c>, two spaces and "\n" line ends: the XML declaration, each element on its own line, an element without
/// children as <c>&lt;X /&gt;</c>, text with &amp;, &lt; and &gt; escaped and "\r\n" or "\r" written as "\n". A
/// character XML cannot carry is refused with the <see cref="ArgumentException"/> XmlWriter throws. Element names
/// come from the SIVI descriptions and are written as they are. A listener, when given, hears each element and text
/// with the line and column a reader of these bytes reports for it. One instance per document.
/// </summary>
internal sealed class IndentedXmlOutput(IBufferWriter<byte> output, IDocumentWriteListener? listener = null)
{
    /// <summary>What text can hold as it is: printable ASCII other than &amp;, &lt; and &gt;, and tab and line feed.</summary>
    private static readonly bool[] Plain = AsciiTable("\t\n", "&<>");

    /// <summary>What a namespace (an attribute value) can hold as it is: printable ASCII other than &amp;, &lt;, &gt; and the quote.</summary>
    private static readonly bool[] PlainInAttribute = AsciiTable("", "&<>\"");

    private static readonly int MaxIndent = 64;
    private static readonly byte[] Spaces = [.. Enumerable.Repeat((byte)' ', 2 * MaxIndent)];

    /// <summary>True while the last start tag still lacks its closing '&gt;' (it may yet become <c>&lt;X /&gt;</c>).</summary>
    private bool _startTagOpen;

    /// <summary>The line being written, 1-based.</summary>
    private int _line = 1;

    /// <summary>The root's default namespace, which every element of the document is in.</summary>
    private string _namespace = "";

    public void Declaration() => Ascii("<?xml version=\"1.0\" encoding=\"utf-8\"?>");

    public void StartRoot(string name, string defaultNamespace)
    {
        NewLine(0);
        Byte((byte)'<');
        Ascii(name);
        Ascii(" xmlns=\"");
        Escaped(defaultNamespace, inAttribute: true);
        Byte((byte)'"');
        _startTagOpen = true;
        _namespace = defaultNamespace;
        listener?.StartElement(name, defaultNamespace, _line, 2);
    }

    /// <param name="depth">The root's children are at depth 1.</param>
    public void StartElement(string name, int depth)
    {
        CloseStartTag();
        NewLine(depth);
        Byte((byte)'<');
        Ascii(name);
        _startTagOpen = true;
        listener?.StartElement(name, _namespace, _line, NameColumn(depth));
    }

    public void EndElement(string name, int depth)
    {
        if (_startTagOpen)
        {
            Ascii(" />");
            _startTagOpen = false;
        }
        else
        {
            NewLine(depth);
            Ascii("</");
            Ascii(name);
            Byte((byte)'>');
        }
        listener?.EndElement();
        if (depth == 0)
        {
            listener?.EndDocument(_line, NameColumn(depth));
        }
    }

    /// <summary>An element holding <paramref name="text"/> (an empty text gives <c>&lt;X&gt;&lt;/X&gt;</c>).</summary>
    public void Leaf(string name, string text, int depth)
    {
        CloseStartTag();
        NewLine(depth);
        Byte((byte)'<');
        Ascii(name);
        Byte((byte)'>');
        if (listener is not null)
        {
            var line = _line;
            listener.StartElement(name, _namespace, line, NameColumn(depth));
            Escaped(text, inAttribute: false);
            if (text.Length > 0)
            {
                listener.Text(AsRead(text), line, NameColumn(depth) + name.Length + 1);
            }
            listener.EndElement();
        }
        else
        {
            Escaped(text, inAttribute: false);
        }
        Ascii("</");
        Ascii(name);
        Byte((byte)'>');
    }

    /// <summary>Column of the name of an element at <paramref name="depth"/>: after its indentation and '&lt;'.</summary>
    private static int NameColumn(int depth) => 2 * depth + 2;

    /// <summary>Text as a reader gets it back: "\r\n" and a lone "\r" were written, and so are read, as "\n".</summary>
    private static string AsRead(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private void CloseStartTag()
    {
        if (_startTagOpen)
        {
            Byte((byte)'>');
            _startTagOpen = false;
        }
    }

    private void NewLine(int depth)
    {
        _line++;
        var spaces = 2 * Math.Min(depth, MaxIndent);
        var span = output.GetSpan(1 + spaces);
        span[0] = (byte)'\n';
        Spaces.AsSpan(0, spaces).CopyTo(span[1..]);
        output.Advance(1 + spaces);
        for (var deeper = depth - MaxIndent; deeper > 0; deeper--)
        {
            Ascii("  ");
        }
    }

    private void Escaped(string text, bool inAttribute)
    {
        var rest = text.AsSpan();
        while (true)
        {
            // a plain loop: texts are short, and it costs little before the JIT has optimised it
            var plain = inAttribute ? PlainInAttribute : Plain;
            var at = 0;
            while (at < rest.Length && rest[at] < plain.Length && plain[rest[at]])
            {
                at++;
            }
            Ascii(rest[..at]);
            if (listener is not null && !inAttribute)
            {
                _line += rest[..at].Count('\n');
            }
            if (at == rest.Length)
            {
                return;
            }
            var next = at + 1;
            switch (rest[at])
            {
                case '&':
                    Ascii("&amp;");
                    break;
                case '<':
                    Ascii("&lt;");
                    break;
                case '>':
                    Ascii("&gt;");
                    break;
                case '"':
                    Ascii("&quot;");
                    break;
                case '\t':
                    Ascii("&#x9;");
                    break;
                case '\n':
                    // only in an attribute: in text a line feed is plain
                    Ascii("&#xA;");
                    break;
                case '\r' when inAttribute:
                    Ascii("&#xD;");
                    break;
                case '\r':
                    // XmlWriter's NewLineHandling.Replace: "\r\n" and a lone "\r" become the new line characters
                    Byte((byte)'\n');
                    _line++;
                    if (next < rest.Length && rest[next] == '\n')
                    {
                        next++;
                    }
                    break;
                case var high when char.IsHighSurrogate(high):
                    if (next == rest.Length)
                    {
                        throw new ArgumentException("The surrogate pair is invalid. Missing a low surrogate character.");
                    }
                    if (!char.IsLowSurrogate(rest[next]))
                    {
                        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                            $"The surrogate pair (0x{(int)high:X}, 0x{(int)rest[next]:X}) is invalid. A high surrogate character (0xD800 - 0xDBFF) must always be paired with a low surrogate character (0xDC00 - 0xDFFF)."));
                    }
                    Utf8(rest.Slice(at, 2));
                    next++;
                    break;
                case var low when char.IsLowSurrogate(low):
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"Invalid high surrogate character (0x{(int)low:X}). A high surrogate character must have a value from range (0xD800 - 0xDBFF)."));
                case var other when other < ' ' || other >= '\uFFFE':
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"'{other}', hexadecimal value 0x{(int)other:X2}, is an invalid character."));
                default:
                    Utf8(rest.Slice(at, 1));
                    break;
            }
            rest = rest[next..];
        }
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    /// <summary>Text that is (nearly always) ASCII: names, markup and runs of plain characters.</summary>
    private void Ascii(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }
        var span = output.GetSpan(text.Length);
        var status = System.Text.Ascii.FromUtf16(text, span, out var written);
        output.Advance(written);
        if (status != OperationStatus.Done)
        {
            Utf8(text[written..]);
        }
    }

    private static bool[] AsciiTable(string controls, string excluded)
    {
        var table = new bool[128];
        for (var c = ' '; c < 128; c++)
        {
            table[c] = !excluded.Contains(c, StringComparison.Ordinal);
        }
        foreach (var c in controls)
        {
            table[c] = true;
        }
        return table;
    }

    private void Byte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}
