namespace Gateway.Transport.Sftp.SshNet;

/// <summary>
/// Wraps the caller's stream for an SSH.NET upload (read side) or download (write side): counts the bytes, reports
/// each written chunk as progress, and throws <see cref="OperationCanceledException"/> at the next chunk once the
/// caller cancelled — cancellation between chunks, which leaves the session usable, as on the libssh client.
/// </summary>
internal sealed class TransferStream(Stream inner, CancellationToken callerToken, Action? progress = null) : Stream
{
    public long Transferred { get; private set; }

    public override bool CanRead => inner.CanRead;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Transferred;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        callerToken.ThrowIfCancellationRequested();
        var read = inner.Read(buffer);
        Transferred += read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        callerToken.ThrowIfCancellationRequested();
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Transferred += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        callerToken.ThrowIfCancellationRequested();
        inner.Write(buffer);
        Transferred += buffer.Length;
        progress?.Invoke();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        callerToken.ThrowIfCancellationRequested();
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        Transferred += buffer.Length;
        progress?.Invoke();
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
