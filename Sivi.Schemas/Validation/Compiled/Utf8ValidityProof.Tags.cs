using System.Runtime.CompilerServices;
using System.Text;

namespace Sivi.Schemas.Validation.Compiled;

// Utf8ValidityProof, part: Start tags with their namespace declarations, and end tags.
internal sealed partial class Utf8ValidityProof
{
    /// <summary>
    /// The start tag at the window's position (which is at its '&lt;'), with its namespace declarations taken into
    /// scope at the new element's depth; moves past it. Null when it is not of the plain shape.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private StartTagInfo? StartTag(out Utf8Name name)
    {
        name = default;
        var greaterThan = _window.IndexOf((byte)'>');
        if (greaterThan < 0)
        {
            return null;
        }
        var buffer = _window.Buffer;
        var start = _window.Position + 1;
        var tag = buffer.AsSpan(start, greaterThan - start);
        _window.Position = greaterThan + 1;
        var depth = _model.Depth;
        if (!QualifiedName(tag, 0, out var prefixLength, out var nameLength))
        {
            return null;
        }
        var at = nameLength;
        var isEmpty = false;
        while (at < tag.Length)
        {
            if (tag[at] == '/' && at == tag.Length - 1)
            {
                isEmpty = true;
                break;
            }
            if (!SkipSpaces(tag, ref at))
            {
                return null;
            }
            if (at == tag.Length)
            {
                break;
            }
            if (tag[at] == '/' && at == tag.Length - 1)
            {
                isEmpty = true;
                break;
            }
            if (!NamespaceDeclaration(tag, ref at, depth))
            {
                return null;
            }
        }
        var prefix = prefixLength == 0 ? null : tag[..prefixLength];
        if (Resolve(prefix) is not { } namespaceUri)
        {
            return null;
        }
        var localStart = prefixLength == 0 ? 0 : prefixLength + 1;
        name = new Utf8Name(buffer, start + localStart, nameLength - localStart, namespaceUri);
        return new StartTagInfo(namespaceUri, prefixLength == 0 ? null : Encoding.ASCII.GetString(prefix), isEmpty);
    }

    /// <summary><c>xmlns="uri"</c> or <c>xmlns:p="uri"</c>, taken into scope at <paramref name="depth"/>; any other attribute gives false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NamespaceDeclaration(ReadOnlySpan<byte> tag, ref int at, int depth)
    {
        if (!QualifiedName(tag, at, out var prefixLength, out var nameLength))
        {
            return false;
        }
        var attribute = tag.Slice(at, nameLength);
        string declared;
        if (prefixLength == 0 && attribute.SequenceEqual("xmlns"u8))
        {
            declared = "";
        }
        else if (prefixLength > 0 && attribute[..prefixLength].SequenceEqual("xmlns"u8))
        {
            declared = Encoding.ASCII.GetString(attribute[(prefixLength + 1)..]);
            if (declared is "xml" or "xmlns")
            {
                return false;
            }
        }
        else
        {
            return false;
        }
        at += nameLength;
        SkipSpaces(tag, ref at);
        if (at >= tag.Length || tag[at] != '=')
        {
            return false;
        }
        at++;
        SkipSpaces(tag, ref at);
        if (at >= tag.Length || tag[at] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }
        var quote = tag[at++];
        var length = tag[at..].IndexOf(quote);
        if (length < 0)
        {
            return false;
        }
        var value = tag.Slice(at, length);
        at += length + 1;
        // printable ASCII without markup characters: the value is the namespace name as it stands
        if (value.IndexOfAnyExceptInRange((byte)0x21, (byte)0x7E) >= 0 || value.IndexOfAny("<&"u8) >= 0 || (value.IsEmpty && declared.Length > 0))
        {
            return false;
        }
        var uri = Encoding.ASCII.GetString(value);
        if (uri == XmlNamespace || uri == XmlnsNamespace)
        {
            return false;
        }
        for (var i = _bindings.Count - 1; i >= 0 && _bindings[i].Depth == depth; i--)
        {
            if (_bindings[i].Prefix == declared)
            {
                return false;
            }
        }
        _bindings.Add(new Binding(declared, uri, depth));
        return true;
    }

    /// <summary>The namespace bound to <paramref name="prefix"/> (null: the default namespace, "" when none is declared); null when unbound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? Resolve(ReadOnlySpan<byte> prefix)
    {
        if (prefix.SequenceEqual("xml"u8) || prefix.SequenceEqual("xmlns"u8))
        {
            return null;
        }
        for (var i = _bindings.Count - 1; i >= 0; i--)
        {
            if (Ascii.Equals(prefix, _bindings[i].Prefix))
            {
                return _bindings[i].Uri;
            }
        }
        return prefix.IsEmpty ? "" : null;
    }

    /// <summary>The end tag at the window's position; it must close the innermost element, with the same prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool EndTag()
    {
        var greaterThan = _window.IndexOf((byte)'>');
        if (greaterThan < 0)
        {
            return false;
        }
        var start = _window.Position + 2;
        var tag = _window.Buffer.AsSpan(start, greaterThan - start);
        _window.Position = greaterThan + 1;
        if (!QualifiedName(tag, 0, out var prefixLength, out var nameLength))
        {
            return false;
        }
        var at = nameLength;
        SkipSpaces(tag, ref at);
        if (at != tag.Length)
        {
            return false;
        }
        var prefix = _prefixes[_model.Depth - 1];
        var samePrefix = prefix is null ? prefixLength == 0 : prefixLength > 0 && Ascii.Equals(tag[..prefixLength], prefix);
        var local = prefixLength == 0 ? tag[..nameLength] : tag[(prefixLength + 1)..nameLength];
        return samePrefix && local.SequenceEqual(_model.Current.Utf8LocalName) && Close();
    }
}
