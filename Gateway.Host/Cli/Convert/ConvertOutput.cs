using System.Text;
using System.Text.Json;
using Gateway.Outbound.Convert.Conversion;

namespace Gateway.Host.Cli.Convert;

/// <summary>
/// Prints what a conversion did: one line per message, uitval, skip and note; as text or one JSON object per line.
/// Messages are printed as they are written, the other lines after all messages. Lines are passed on in blocks
/// (a console writes each call through at once), all of them by the end of <see cref="WriteRestAsync"/>.
/// </summary>
public sealed class ConvertOutput(TextWriter output, bool json)
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };
    private static readonly int BlockSize = 32 * 1024;

    private readonly StringBuilder _block = new();

    public Task WriteMessageAsync(ConvertedMessage message, string directory) =>
        Line(json ? Json(w =>
        {
            w.WriteString("kind", "message");
            w.WriteString("file", Path.Combine(directory, message.FileName));
            w.WriteString("type", message.MessageName);
            w.WriteString("release", message.Release);
            w.WriteString("subject", message.SubjectKey);
            w.WriteString("berrefnr", message.Berrefnr);
            w.WriteString("connector", message.Connector);
            if (message.VrwrkCd is not null)
            {
                w.WriteString("vrwrkCd", message.VrwrkCd);
                w.WriteNumber("sequence", message.Sequence ?? 0);
            }
        }) : $"WROTE   {message.FileName}  {message.MessageName} {message.Release}  {message.SubjectKey}{CaseSuffix(message)}");

    /// <summary>Prints the uitval, skips and notes of <paramref name="result"/> (not its messages) and flushes.</summary>
    public async Task WriteRestAsync(ConversionResult result)
    {
        foreach (var failure in result.Failures)
        {
            await Line(json ? Json(w =>
            {
                w.WriteString("kind", "uitval");
                w.WriteString("connector", failure.Connector);
                w.WriteString("recordKey", failure.RecordKey);
                w.WriteString("field", failure.Field);
                w.WriteString("reason", failure.Reason);
                w.WriteString("stage", failure.Stage.ToString());
                w.WriteStartArray("schemaErrors");
                foreach (var error in failure.SchemaErrors)
                {
                    w.WriteStringValue(error);
                }
                w.WriteEndArray();
            }) : $"UITVAL  {failure.Connector} {failure.RecordKey ?? "(no key)"}  {failure.Field}: {failure.Reason}").ConfigureAwait(false);
            if (!json)
            {
                foreach (var error in failure.SchemaErrors)
                {
                    await Line("  " + error).ConfigureAwait(false);
                }
            }
        }
        foreach (var skip in result.Skipped)
        {
            await Line(json ? Json(w =>
            {
                w.WriteString("kind", "skipped");
                w.WriteString("connector", skip.Connector);
                w.WriteString("recordKey", skip.RecordKey);
                w.WriteString("reason", skip.Reason);
            }) : $"SKIPPED {skip.Connector} {skip.RecordKey ?? "(all)"}  {skip.Reason}").ConfigureAwait(false);
        }
        foreach (var note in result.Notes)
        {
            await Line(json ? Json(w =>
            {
                w.WriteString("kind", "note");
                w.WriteString("connector", note.Connector);
                w.WriteString("recordKey", note.RecordKey);
                w.WriteString("field", note.Field);
                w.WriteString("reason", note.Reason);
            }) : $"NOTE    {note.Connector} {note.RecordKey}  {note.Field}: {note.Reason}").ConfigureAwait(false);
        }
        await WriteBlockAsync().ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    private static string CaseSuffix(ConvertedMessage message) =>
        message.VrwrkCd is null ? "" : $"  VrwrkCd {message.VrwrkCd} #{message.Sequence}";

    private Task Line(string text)
    {
        _block.Append(text).Append(output.NewLine);
        return _block.Length < BlockSize ? Task.CompletedTask : WriteBlockAsync();
    }

    private async Task WriteBlockAsync()
    {
        await output.WriteAsync(_block).ConfigureAwait(false);
        _block.Clear();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
