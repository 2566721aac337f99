namespace Gateway.Transport.Tests.Support;

/// <summary>A read-only stream over bytes that runs an action once, when reading first passes a given offset.</summary>
internal sealed class TriggerStream(byte[] content, long triggerAt, Action trigger, int maxRead = 8 * 1024) : Stream
{
    private long _position;
    private bool _triggered;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => content.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (!_triggered && _position >= triggerAt)
        {
            _triggered = true;
            trigger();
        }
        var n = (int)Math.Min(Math.Min(count, maxRead), content.Length - _position);
        Array.Copy(content, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
