using System.Text;

namespace Sivi.Schemas.Tests.Support;

/// <summary>
/// A valid mini Melding of about <c>targetBytes</c> bytes, produced on the fly as it is read, so a test can feed a very
/// large document without ever holding it. Not seekable; counts what was read.
/// </summary>
public sealed class GeneratedMeldingStream(long targetBytes, string release = "2024") : Stream
{
    private static readonly byte[] Regel = Encoding.UTF8.GetBytes("  <Regel><Nr>7</Nr><Tekst>regel</Tekst><Bedrag>12.50</Bedrag></Regel>\n");
    private static readonly byte[] Footer = Encoding.UTF8.GetBytes("</Melding>\n");

    private readonly byte[] _header = Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Melding xmlns=\"{MiniSchemaDirectory.Namespace(release)}\">\n  <Kop><Datum>2026-03-02</Datum><Code>B</Code></Kop>\n");

    private long _position;

    /// <summary>Total size of the document.</summary>
    public long DocumentLength => _header.Length + (RegelCount * Regel.Length) + Footer.Length;

    private long RegelCount => Math.Max(1, (targetBytes - _header.Length - Footer.Length) / Regel.Length);

    public long BytesRead => _position;

    /// <summary>Called after every read with the number of bytes read so far.</summary>
    public Action<long>? OnRead { get; init; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < DocumentLength)
        {
            var (source, offset) = Locate(_position);
            var chunk = Math.Min(buffer.Length - written, source.Length - offset);
            source.AsSpan(offset, chunk).CopyTo(buffer[written..]);
            written += chunk;
            _position += chunk;
        }
        OnRead?.Invoke(_position);
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    private (byte[] Source, int Offset) Locate(long position)
    {
        if (position < _header.Length)
        {
            return (_header, (int)position);
        }
        var inBody = position - _header.Length;
        var body = RegelCount * Regel.Length;
        return inBody < body ? (Regel, (int)(inBody % Regel.Length)) : (Footer, (int)(inBody - body));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
