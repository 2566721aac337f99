using System.Buffers;
using Sivi.Schemas.Registry;

namespace Sivi.Schemas.Validation;

/// <summary>
/// Validates SIVI documents against the schemas of a <see cref="SchemaRegistry"/>, recognising each document's type
/// and release from its root element and namespace. Thread-safe: one instance serves any number of parallel calls.
/// </summary>
public sealed class SiviValidator(SchemaRegistry registry, SiviValidationOptions? options = null)
{
    /// <summary>Buffer for files too large to read whole; sized so the reader rarely waits on small reads.</summary>
    private static readonly int StreamingBufferSize = 64 * 1024;

    public SchemaRegistry Registry { get; } = registry;

    public SiviValidationOptions Options { get; } = options ?? SiviValidationOptions.Default;

    /// <summary>
    /// Validates <paramref name="document"/> (read from its current position, left open) against its recognised release,
    /// or against <paramref name="release"/> when given. Content problems of any kind (not XML, empty, truncated, DTDs,
    /// limits, unknown namespace, schema errors) come back as errors in the result, never as exceptions.
    /// </summary>
    /// <param name="displayName">How the result names the document, usually its path.</param>
    /// <exception cref="IOException">Reading the stream itself failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<SiviValidationResult> ValidateAsync(Stream document, string displayName, string? release = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        if (document.CanSeek && document.Position >= document.Length)
        {
            return Task.FromResult(Empty(displayName, release));
        }
        var inMemory = document is MemoryStream or UnmanagedMemoryStream;
        return new DocumentValidation(Registry, Options).RunAsync(document, synchronous: inMemory, displayName, release, cancellationToken);
    }

    /// <summary>Validates the file at <paramref name="path"/>; the result's display name is the path as given.</summary>
    /// <remarks>
    /// A local file's reads hardly wait, so it is read synchronously: whole into a pooled buffer when it is at most
    /// <see cref="SiviValidationOptions.MaxBufferedFileBytes"/>, else streamed through a buffer. A pipe or device
    /// (no length) is streamed with the asynchronous reader.
    /// </remarks>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<SiviValidationResult> ValidateFileAsync(string path, string? release = null, CancellationToken cancellationToken = default)
    {
        // unbuffered: a small file is read in one call into the pooled buffer, a large one through a BufferedStream
        var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            BufferSize = 0,
            Options = FileOptions.SequentialScan,
        });
        await using (stream.ConfigureAwait(false))
        {
            if (!stream.CanSeek)
            {
                // a pipe or device: its length is unknown, so stream it
                var piped = new BufferedStream(stream, StreamingBufferSize);
                await using (piped.ConfigureAwait(false))
                {
                    return await new DocumentValidation(Registry, Options).RunAsync(piped, synchronous: false, path, release, cancellationToken).ConfigureAwait(false);
                }
            }
            var length = stream.Length;
            if (length == 0)
            {
                return Empty(path, release);
            }
            if (length > Options.MaxBufferedFileBytes)
            {
                var buffered = new BufferedStream(stream, StreamingBufferSize);
                await using (buffered.ConfigureAwait(false))
                {
                    return await new DocumentValidation(Registry, Options).RunAsync(buffered, synchronous: true, path, release, cancellationToken).ConfigureAwait(false);
                }
            }
            var buffer = ArrayPool<byte>.Shared.Rent((int)length);
            try
            {
                var read = stream.ReadAtLeast(buffer.AsSpan(0, (int)length), (int)length, throwOnEndOfStream: false);
                using var content = new MemoryStream(buffer, 0, read, writable: false, publiclyVisible: true);
                return await new DocumentValidation(Registry, Options).RunAsync(content, synchronous: true, path, release, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// A validation to hand to a writer (as its <see cref="IDocumentWriteListener"/>) that validates the document while
    /// it is written; its <see cref="WrittenDocumentValidation.Result"/> is the verdict <see cref="ValidateAsync"/>
    /// would give for the written bytes.
    /// </summary>
    public WrittenDocumentValidation StartWritten(string displayName, string? release = null) => new(Registry, Options, displayName, release);

    private static SiviValidationResult Empty(string displayName, string? release) =>
        new(displayName, null, release, [new SiviValidationError(0, 0, null, "the document is empty (0 bytes)", ValidationErrorKind.NotWellFormed)]);
}
