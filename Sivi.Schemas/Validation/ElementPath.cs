using System.Text;

namespace Sivi.Schemas.Validation;

/// <summary>
/// The open elements of the document being read, with each one's position among same-named siblings, so an error can
/// name its element as <c>/Verzuimmeldingen/Wrkgvr[1]/Wrknmr[2]/Gebdat</c>. The string is built only when asked for.
/// </summary>
internal sealed class ElementPath
{
    private Frame[] _frames = new Frame[16];
    private SiblingCounter[] _siblings = [new()];
    private int _depth;

    public int Depth => _depth;

    /// <summary>Line of the innermost open element's start tag.</summary>
    public int Line => _depth == 0 ? 0 : _frames[_depth - 1].Line;

    /// <summary>Column of the innermost open element's start tag.</summary>
    public int Column => _depth == 0 ? 0 : _frames[_depth - 1].Column;

    /// <summary>Opens an element; <paramref name="name"/> must come from the reader's name table (compared by reference).</summary>
    public void Push(string name, int line, int column)
    {
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _depth * 2);
        }
        if (_depth + 1 >= _siblings.Length)
        {
            var grown = new SiblingCounter[_siblings.Length * 2];
            Array.Copy(_siblings, grown, _siblings.Length);
            for (var i = _siblings.Length; i < grown.Length; i++)
            {
                grown[i] = new SiblingCounter();
            }
            _siblings = grown;
        }
        var index = _siblings[_depth].Next(name);
        _frames[_depth] = new Frame(name, index, line, column);
        _depth++;
        _siblings[_depth].Reset();
    }

    /// <summary>Marks the innermost element as one its parent may hold several of, so its index is always shown.</summary>
    public void MarkRepeatable() => _frames[_depth - 1].Repeatable = true;

    /// <summary>Marks the innermost element as holding only elements, where whitespace between them means nothing.</summary>
    public void MarkElementOnly() => _frames[_depth - 1].ElementOnly = true;

    /// <summary>Whether the innermost element holds only elements (as its schema declares).</summary>
    public bool InElementOnlyContent => _depth > 0 && _frames[_depth - 1].ElementOnly;

    public void Pop() => _depth--;

    public override string ToString()
    {
        if (_depth == 0)
        {
            return "/";
        }
        var text = new StringBuilder(_depth * 12);
        for (var i = 0; i < _depth; i++)
        {
            ref readonly var frame = ref _frames[i];
            text.Append('/').Append(frame.Name);
            if (i > 0 && (frame.Repeatable || frame.Index > 1))
            {
                text.Append('[').Append(frame.Index).Append(']');
            }
        }
        return text.ToString();
    }

    private struct Frame(string name, int index, int line, int column)
    {
        public readonly string Name = name;
        public readonly int Index = index;
        public readonly int Line = line;
        public readonly int Column = column;
        public bool Repeatable;
        public bool ElementOnly;
    }

    /// <summary>Counts children of one element by name: a short list for the usual few names, a dictionary past that.</summary>
    private sealed class SiblingCounter
    {
        private static readonly int ListLimit = 16;
        private readonly string[] _names = new string[ListLimit];
        private readonly int[] _counts = new int[ListLimit];
        private Dictionary<string, int>? _overflow;
        private int _count;

        public void Reset()
        {
            _count = 0;
            _overflow?.Clear();
        }

        public int Next(string name)
        {
            for (var i = 0; i < _count; i++)
            {
                if (ReferenceEquals(_names[i], name))
                {
                    return ++_counts[i];
                }
            }
            if (_count < ListLimit)
            {
                _names[_count] = name;
                _counts[_count] = 1;
                _count++;
                return 1;
            }
            _overflow ??= new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
            var next = _overflow.GetValueOrDefault(name) + 1;
            _overflow[name] = next;
            return next;
        }
    }
}
