using System.Buffers;

namespace Sivi.Messages.Writing;

/// <summary>
/// A growable byte buffer on arrays rented from <see cref="ArrayPool{T}.Shared"/>: a message is written into it,
/// read back (validated, copied out) and the array goes back to the pool on <see cref="Dispose"/>, so writing many
/// messages does not allocate and zero a fresh buffer for each. Not thread-safe; use after dispose is an error.
/// </summary>
public sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private static readonly int InitialSize = 16 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _count;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _count);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _count);

    public int WrittenCount => _count;

    /// <summary>A read-only stream over the bytes written so far; valid until the next write or dispose.</summary>
    public MemoryStream OpenRead() => new(_buffer, 0, _count, writable: false);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > _buffer.Length - _count)
        {
            throw new InvalidOperationException("advanced past the end of the buffer");
        }
        _count += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_count);
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _count = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int sizeHint)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _count >= needed)
        {
            return;
        }
        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(checked(_count + needed), _buffer.Length * 2));
        _buffer.AsSpan(0, _count).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = grown;
    }
}
