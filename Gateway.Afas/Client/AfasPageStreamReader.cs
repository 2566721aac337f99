using System.Buffers;
using System.Text.Json;

namespace Gateway.Afas.Client;

/// <summary>
/// The one reader of GetConnector JSON, for a response body and for a file alike: streams
/// {"skip":..,"take":..,"rows":[...]} (or, where allowed, a plain array of rows) with <see cref="Utf8JsonReader"/>:
/// bytes are read in chunks and each row is handed over as soon as it is complete, so a page or file is never held
/// as text or as one DOM. Truncated or invalid JSON surfaces as <see cref="JsonException"/>; JSON that is not a
/// GetConnector document (no "rows" array) as <see cref="InvalidDataException"/>.
/// </summary>
public static class AfasPageStreamReader
{
    private static readonly int InitialBufferBytes = 64 * 1024;
    private static readonly int MaxRowBytes = 16 * 1024 * 1024;
    private static readonly byte[] RowsProperty = "rows"u8.ToArray();

    /// <summary>Calls <paramref name="onRow"/> for every element of "rows", in order; returns how many there were.</summary>
    public static Task<int> ReadAsync(Stream body, Action<JsonElement> onRow, CancellationToken cancellationToken) =>
        ReadAsync(body, onRow, plainArrayAllowed: false, cancellationToken);

    /// <summary>
    /// Calls <paramref name="onRow"/> for every row, in order; returns how many there were. With
    /// <paramref name="plainArrayAllowed"/> the document may also be an array of rows (a saved GetConnector file).
    /// A row's <see cref="JsonElement"/> is valid only during its call.
    /// </summary>
    public static async Task<int> ReadAsync(Stream body, Action<JsonElement> onRow, bool plainArrayAllowed, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
        var progress = new Progress { PlainArrayAllowed = plainArrayAllowed };
        var state = new JsonReaderState();
        var filled = 0;
        var final = false;
        try
        {
            while (true)
            {
                if (!final)
                {
                    if (filled == buffer.Length)
                    {
                        buffer = Grow(buffer, filled);
                    }
                    var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                    final = read == 0;
                    filled += read;
                }
                var consumed = Process(buffer.AsSpan(0, filled), final, ref state, progress, onRow);
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;
                if (final)
                {
                    if (progress.Phase != Phase.Done)
                    {
                        throw new JsonException("The GetConnector response ended before its JSON was complete.");
                    }
                    return progress.RowsFound ? progress.Rows : throw NotRows("has no \"rows\"");
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        if (buffer.Length >= MaxRowBytes)
        {
            throw new JsonException("A GetConnector row is larger than 16 MiB.");
        }
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, 0, larger, 0, filled);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    /// <summary>Handles every complete token in <paramref name="data"/>; returns the bytes fully handled.</summary>
    private static int Process(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, Progress progress, Action<JsonElement> onRow)
    {
        var reader = new Utf8JsonReader(data, final, state);
        var consumed = 0;
        var consumedState = state;
        while (reader.Read())
        {
            switch (progress.Phase)
            {
                case Phase.Start when reader.TokenType == JsonTokenType.StartArray && progress.PlainArrayAllowed:
                    progress.RowsFound = true;
                    progress.Phase = Phase.Rows;
                    progress.PlainArray = true;
                    break;
                case Phase.Start:
                    Expect(reader.TokenType == JsonTokenType.StartObject, "does not start with an object");
                    progress.Phase = Phase.Envelope;
                    break;
                case Phase.Envelope when reader.TokenType == JsonTokenType.EndObject:
                    progress.Phase = Phase.Done;
                    break;
                case Phase.Envelope:
                    Expect(reader.TokenType == JsonTokenType.PropertyName, "has an unexpected token");
                    progress.Phase = reader.ValueTextEquals(RowsProperty) ? Phase.RowsValue : Phase.OtherValue;
                    break;
                case Phase.OtherValue:
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                    {
                        state = consumedState;
                        return consumed;
                    }
                    progress.Phase = Phase.Envelope;
                    break;
                case Phase.RowsValue:
                    Expect(reader.TokenType is JsonTokenType.StartArray or JsonTokenType.Null, "has a \"rows\" that is not an array");
                    progress.RowsFound = true;
                    progress.Phase = reader.TokenType == JsonTokenType.Null ? Phase.Envelope : Phase.Rows;
                    break;
                case Phase.Rows when reader.TokenType == JsonTokenType.EndArray:
                    progress.Phase = progress.PlainArray ? Phase.Done : Phase.Envelope;
                    break;
                case Phase.Rows:
                    var attempt = reader;
                    if (!JsonDocument.TryParseValue(ref attempt, out var row))
                    {
                        state = consumedState;
                        return consumed;
                    }
                    reader = attempt;
                    using (row)
                    {
                        onRow(row.RootElement);
                    }
                    progress.Rows++;
                    break;
                default:
                    throw new JsonException("The GetConnector response has content after its end.");
            }
            consumed = (int)reader.BytesConsumed;
            consumedState = reader.CurrentState;
        }
        state = consumedState;
        return consumed;
    }

    private static void Expect(bool condition, string problem)
    {
        if (!condition)
        {
            throw NotRows(problem);
        }
    }

    /// <summary>Valid JSON, but not a GetConnector document.</summary>
    private static InvalidDataException NotRows(string problem) =>
        new("The document is neither a GetConnector response {\"rows\":[...]} nor an array of rows: it " + problem + ".");

    private enum Phase
    {
        Start,
        Envelope,
        OtherValue,
        RowsValue,
        Rows,
        Done,
    }

    private sealed class Progress
    {
        public Phase Phase { get; set; }

        public int Rows { get; set; }

        public bool RowsFound { get; set; }

        public bool PlainArrayAllowed { get; init; }

        public bool PlainArray { get; set; }
    }
}
