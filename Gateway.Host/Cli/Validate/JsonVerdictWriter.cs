using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Host.Cli.Validate;

/// <summary>
/// One JSON object per file, one per line:
/// <c>{"file":…,"valid":…,"type":…,"release":…,"errors":[{"line":…,"column":…,"path":…,"message":…,"kind":…}]}</c>;
/// a file that could not be read also carries <c>"ioError":true</c>.
/// </summary>
internal sealed class JsonVerdictWriter(TextWriter output) : IVerdictWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);

    public async ValueTask WriteAsync(FileVerdict verdict)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, Options))
        {
            Write(json, verdict);
        }
        await output.WriteLineAsync(Encoding.UTF8.GetString(_buffer.WrittenSpan)).ConfigureAwait(false);
    }

    private static void Write(Utf8JsonWriter json, FileVerdict verdict)
    {
        var result = verdict.Result;
        json.WriteStartObject();
        json.WriteString("file", verdict.File);
        json.WriteBoolean("valid", verdict.IsValid);
        WriteNullable(json, "type", result?.MessageType?.Name);
        WriteNullable(json, "release", result?.Release);
        json.WriteStartArray("errors");
        if (verdict.IoProblem is { } problem)
        {
            WriteError(json, 0, 0, null, problem, "io");
        }
        foreach (var error in result?.Errors ?? [])
        {
            WriteError(json, error.Line, error.Column, error.Path, ShownErrorText.Of(error), JsonNamingPolicy.CamelCase.ConvertName(error.Kind.ToString()));
        }
        json.WriteEndArray();
        if (verdict.IsIoError)
        {
            json.WriteBoolean("ioError", true);
        }
        json.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter json, int line, int column, string? path, string message, string kind)
    {
        json.WriteStartObject();
        json.WriteNumber("line", line);
        json.WriteNumber("column", column);
        WriteNullable(json, "path", path);
        json.WriteString("message", message);
        json.WriteString("kind", kind);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
