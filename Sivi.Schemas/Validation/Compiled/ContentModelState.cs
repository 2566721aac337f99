using System.Runtime.CompilerServices;

namespace Sivi.Schemas.Validation.Compiled;

/// <summary>How a quick pass names the element it is at, to match it against a sequence's declarations.</summary>
internal interface IElementName
{
    bool Matches(CompiledElement candidate);
}

/// <summary>
/// The open elements of a quick pass and, for each, how far its sequence has got: which child was seen last and how
/// often. Shared by the pass over an <see cref="System.Xml.XmlReader"/> and the one over a document's bytes.
/// </summary>
internal sealed class ContentModelState
{
    private Frame[] _frames = new Frame[16];

    /// <summary>How many elements are open (the root is the first).</summary>
    public int Depth { get; private set; }

    /// <summary>The innermost open element; only valid while <see cref="Depth"/> is above 0.</summary>
    public CompiledElement Current => _frames[Depth - 1].Element;

    public void Push(CompiledElement element)
    {
        if (Depth == _frames.Length)
        {
            Array.Resize(ref _frames, Depth * 2);
        }
        _frames[Depth++] = new Frame(element);
    }

    /// <summary>The declaration the innermost element's sequence expects for <paramref name="name"/>, advancing its position; null when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CompiledElement? Child<TName>(in TName name)
        where TName : struct, IElementName
    {
        ref var parent = ref _frames[Depth - 1];
        if (parent.Element.Value is not null)
        {
            return null;
        }
        var children = parent.Element.Children;
        for (var i = parent.Index; i < children.Length; i++)
        {
            var particle = children[i];
            if (name.Matches(particle.Element))
            {
                var count = i == parent.Index ? parent.Count : 0;
                if (count >= particle.MaxOccurs)
                {
                    return null;
                }
                parent.Index = i;
                parent.Count = count + 1;
                return particle.Element;
            }
            var seen = i == parent.Index ? parent.Count : 0;
            if (seen < particle.MinOccurs)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Closes the innermost element; <paramref name="complete"/> says whether every required child has occurred.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CompiledElement Pop(out bool complete)
    {
        var frame = _frames[--Depth];
        var children = frame.Element.Children;
        complete = true;
        for (var i = frame.Index; i < children.Length; i++)
        {
            var seen = i == frame.Index ? frame.Count : 0;
            if (seen < children[i].MinOccurs)
            {
                complete = false;
                break;
            }
        }
        return frame.Element;
    }

    private struct Frame(CompiledElement element)
    {
        public readonly CompiledElement Element = element;

        /// <summary>Index in <see cref="CompiledElement.Children"/> of the child seen last (0 before any).</summary>
        public int Index;

        /// <summary>How often that child has occurred so far.</summary>
        public int Count;
    }
}
