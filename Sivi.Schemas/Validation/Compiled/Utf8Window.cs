using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sivi.Schemas.Validation.Compiled;

/// <summary>
/// A document's bytes as the quick pass over bytes reads them: either all of them in memory, or a window over a stream
/// that is moved on and refilled as the pass goes (grown when one token does not fit, up to a limit).
/// </summary>
internal sealed class Utf8Window : IDisposable
{
    private static readonly int StreamWindowBytes = 64 * 1024;
    private static readonly int LargestWindowBytes = 16 * 1024 * 1024;

    private readonly Stream? _source;
    private byte[] _buffer;
    private bool _rented;

    /// <summary>All of a document, already in memory: <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
    public Utf8Window(byte[] buffer, int offset, int count)
    {
        _buffer = buffer;
        Position = offset;
        End = offset + count;
        BytesRead = count;
        AtEndOfInput = true;
    }

    /// <summary>A document read from <paramref name="source"/>'s current position.</summary>
    public Utf8Window(Stream source)
    {
        _source = source;
        _buffer = ArrayPool<byte>.Shared.Rent(StreamWindowBytes);
        _rented = true;
    }

    public byte[] Buffer => _buffer;

    /// <summary>Where the pass is in <see cref="Buffer"/>.</summary>
    public int Position { get; set; }

    /// <summary>Where the bytes read so far end in <see cref="Buffer"/>.</summary>
    public int End { get; private set; }

    /// <summary>No more bytes will come after <see cref="End"/>.</summary>
    public bool AtEndOfInput { get; private set; }

    /// <summary>Bytes read from the source in all (for the document size limit).</summary>
    public long BytesRead { get; private set; }

    public ReadOnlySpan<byte> Rest => _buffer.AsSpan(Position, End - Position);

    /// <summary>
    /// Index in <see cref="Buffer"/> of the next <paramref name="value"/> at or after <see cref="Position"/>, reading
    /// more when needed (which may move the bytes, so indexes taken before are stale); -1 when the input ends first or
    /// the window would grow past its limit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int IndexOf(byte value)
    {
        var searched = 0;
        while (true)
        {
            var found = _buffer.AsSpan(Position + searched, End - Position - searched).IndexOf(value);
            if (found >= 0)
            {
                return Position + searched + found;
            }
            searched = End - Position;
            if (!ReadMore())
            {
                return -1;
            }
        }
    }

    /// <summary>Moves past white space, reading more when needed; false when the input ends first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SkipWhitespace(SearchValues<byte> whitespace)
    {
        while (true)
        {
            var other = Rest.IndexOfAnyExcept(whitespace);
            if (other >= 0)
            {
                Position += other;
                return true;
            }
            Position = End;
            if (!ReadMore())
            {
                return false;
            }
        }
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available from <see cref="Position"/>; false when the input ends first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Ensure(int count)
    {
        while (End - Position < count)
        {
            if (!ReadMore())
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Reads more of the source, keeping the bytes from <see cref="Position"/> on; false at its end or past the window limit.</summary>
    private bool ReadMore()
    {
        if (AtEndOfInput || _source is null)
        {
            return false;
        }
        var kept = End - Position;
        if (kept == _buffer.Length)
        {
            if (_buffer.Length >= LargestWindowBytes)
            {
                return false;
            }
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(Position, kept).CopyTo(larger);
            ReturnBuffer();
            _buffer = larger;
            _rented = true;
        }
        else if (Position > 0)
        {
            _buffer.AsSpan(Position, kept).CopyTo(_buffer);
        }
        Position = 0;
        End = kept;
        var read = _source.Read(_buffer, End, _buffer.Length - End);
        if (read == 0)
        {
            AtEndOfInput = true;
            return false;
        }
        End += read;
        BytesRead += read;
        return true;
    }

    public void Dispose() => ReturnBuffer();

    private void ReturnBuffer()
    {
        if (_rented)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _rented = false;
        }
    }
}
