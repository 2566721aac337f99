using System.Globalization;
using Gateway.Host.Cli.Progress;
using Gateway.Outbound.Convert.Conversion;

namespace Gateway.Host.Cli.Convert;

/// <summary>
/// The convert command's end of a conversion: each message is written to its file and printed as soon as its part
/// arrives, and then dropped, so a run of any size holds only the messages in flight. Uitval, skips and notes (few)
/// are kept to be printed after all messages. On a terminal a progress line counts the messages written.
/// </summary>
internal sealed class ConvertFiles(string directory, ConvertOutput output, TerminalProgress? progress = null) : IConversionSink
{
    public int Messages { get; private set; }

    /// <summary>Uitval, skips and notes so far; no messages.</summary>
    public ConversionResult Rest { get; } = new();

    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be written.</exception>
    public async ValueTask AddAsync(ConversionResult part, CancellationToken cancellationToken)
    {
        progress?.Clear();
        foreach (var message in part.Messages)
        {
            // small files gain nothing from asynchronous I/O, which costs a thread-pool hop per file
            File.WriteAllBytes(Path.Combine(directory, message.FileName), message.Content);
            await output.WriteMessageAsync(message, directory).ConfigureAwait(false);
        }
        Messages += part.Messages.Count;
        Rest.Failures.AddRange(part.Failures);
        Rest.Skipped.AddRange(part.Skipped);
        Rest.Notes.AddRange(part.Notes);
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"converted {Messages:N0} messages, {Rest.Failures.Count:N0} uitval"));
    }
}
