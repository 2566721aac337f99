using System.Buffers;
using Gateway.Transport.Sftp.Interop;

namespace Gateway.Transport.Sftp;

public sealed partial class SftpConnection
{
    /// <summary>
    /// Creates or truncates <paramref name="path"/> and writes <paramref name="content"/> into it in writes of at
    /// most 32 KiB, checking cancellation between them. The stream is read synchronously on the connection's worker.
    /// Returns the number of bytes written. The server's verdict on the last writes arrives at close and is checked.
    /// </summary>
    public async Task<long> UploadAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await RunAsync("upload", () => UploadCore(path, content, cancellationToken), cancellationToken).ConfigureAwait(false);
        SftpLog.Uploaded(_logger, Endpoint, path, bytes);
        return bytes;
    }

    /// <summary>Reads <paramref name="path"/> into <paramref name="destination"/> (written synchronously); returns the bytes read.</summary>
    public Task<long> DownloadAsync(string path, Stream destination, CancellationToken cancellationToken = default) =>
        DownloadAsync(path, destination, listedBytes: null, cancellationToken);

    /// <summary>
    /// Reads the regular file <paramref name="path"/>, listed at <paramref name="listedBytes"/>, into
    /// <paramref name="destination"/>: open, reads, close. The first read asks for one byte more than listed (up to
    /// 32 KiB); a read that returns fewer bytes than asked for when the listed size is reached is the end of the file
    /// (a regular file is read "up to the specified number of bytes, or up to end of file", SFTP draft 02, 6.4), so a
    /// small file takes three round trips instead of four. A file that grew returns more bytes than listed.
    /// </summary>
    public Task<long> DownloadAsync(string path, Stream destination, long listedBytes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(listedBytes);
        return DownloadAsync(path, destination, (long?)listedBytes, cancellationToken);
    }

    private async Task<long> DownloadAsync(string path, Stream destination, long? listedBytes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(destination);
        var bytes = await RunAsync("download", () => DownloadCore(path, destination, listedBytes, cancellationToken), cancellationToken).ConfigureAwait(false);
        SftpLog.Downloaded(_logger, Endpoint, path, bytes);
        return bytes;
    }

    private long UploadCore(string path, Stream content, CancellationToken cancellationToken)
    {
        using var file = OpenFile(path, PosixOpenFlags.WriteOnly | PosixOpenFlags.Create | PosixOpenFlags.Truncate, (uint)_settings.NewFileMode, "upload");
        var buffer = ArrayPool<byte>.Shared.Rent(LibSsh.MaxWriteChunk);
        long total = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = content.Read(buffer, 0, LibSsh.MaxWriteChunk);
                if (read == 0)
                {
                    break;
                }
                WriteChunk(file, buffer.AsSpan(0, read), path);
                total += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        file.Dispose();
        if (!file.ClosedCleanly)
        {
            throw Failure("upload (close)", path);
        }
        return total;
    }

    private unsafe void WriteChunk(SafeSftpFileHandle file, ReadOnlySpan<byte> chunk, string path)
    {
        fixed (byte* start = chunk)
        {
            var offset = 0;
            while (offset < chunk.Length)
            {
                // sftp_write may accept fewer bytes than offered; keep writing the rest.
                var written = (long)LibSsh.SftpFile.Write(file, start + offset, (nuint)(chunk.Length - offset));
                if (written <= 0)
                {
                    throw Failure("upload (write)", path);
                }
                _watchdog.Progress();
                offset += (int)written;
            }
        }
    }

    private unsafe long DownloadCore(string path, Stream destination, long? listedBytes, CancellationToken cancellationToken)
    {
        using var file = OpenFile(path, PosixOpenFlags.ReadOnly, 0, "download");
        var buffer = ArrayPool<byte>.Shared.Rent(LibSsh.MaxWriteChunk);
        long total = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var remaining = listedBytes - total;
                var asked = remaining is >= 0 and < LibSsh.MaxWriteChunk ? (int)remaining.Value + 1 : LibSsh.MaxWriteChunk;
                long read;
                fixed (byte* start = buffer)
                {
                    read = LibSsh.SftpFile.Read(file, start, (nuint)asked);
                }
                if (read < 0)
                {
                    throw Failure("download (read)", path);
                }
                _watchdog.Progress();
                if (read == 0)
                {
                    return total;
                }
                destination.Write(buffer, 0, (int)read);
                total += read;
                if (read < asked && total == listedBytes)
                {
                    // a short read at the listed size: the end of the file
                    return total;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private SafeSftpFileHandle OpenFile(string path, PosixOpenFlags flags, uint mode, string operation)
    {
        var file = LibSsh.SftpFile.Open(_sftp, path, flags, mode);
        if (file.IsInvalid)
        {
            file.Dispose();
            throw Failure($"{operation} (open)", path);
        }
        file.KeepParentAlive(_sftp);
        return file;
    }
}
