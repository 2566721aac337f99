using System.Runtime.CompilerServices;

namespace Sivi.Schemas.Validation.Compiled;

// Utf8ValidityProof, part: Names and white space at the byte level.
internal sealed partial class Utf8ValidityProof
{
    /// <summary>An ASCII name, with at most one colon inside (prefix and local name); lengths of the prefix (0 for none) and of the whole name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool QualifiedName(ReadOnlySpan<byte> text, int start, out int prefixLength, out int length)
    {
        prefixLength = 0;
        length = 0;
        var at = start;
        if (at >= text.Length || !IsNameStart(text[at]))
        {
            return false;
        }
        at++;
        while (at < text.Length && IsNameCharacter(text[at]))
        {
            at++;
        }
        if (at < text.Length && text[at] == ':')
        {
            prefixLength = at - start;
            at++;
            if (at >= text.Length || !IsNameStart(text[at]))
            {
                return false;
            }
            at++;
            while (at < text.Length && IsNameCharacter(text[at]))
            {
                at++;
            }
        }
        length = at - start;
        // a name must end at white space, '=', '/' or the end of the tag
        return at == text.Length || IsWhitespace(text[at]) || text[at] is (byte)'=' or (byte)'/';
    }

    /// <summary>Moves past white space; true when there was any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SkipSpaces(ReadOnlySpan<byte> text, ref int at)
    {
        var start = at;
        while (at < text.Length && IsWhitespace(text[at]))
        {
            at++;
        }
        return at > start;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhitespace(byte value) => value is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameStart(byte value) => value is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (byte)'_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameCharacter(byte value) => IsNameStart(value) || value is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.';

    /// <summary>An element's local name in the window's buffer and its namespace, to match against declarations.</summary>
    private readonly struct Utf8Name(byte[] buffer, int start, int length, string namespaceUri) : IElementName
    {
        public ReadOnlySpan<byte> Local => buffer.AsSpan(start, length);

        public bool Matches(CompiledElement candidate) =>
            candidate.Utf8LocalName.AsSpan().SequenceEqual(buffer.AsSpan(start, length))
            && string.Equals(candidate.NamespaceUri, namespaceUri, StringComparison.Ordinal);
    }
}
