using System.Buffers;
using System.Text.Json;

namespace Gateway.Host.Mapping.Cli;

/// <summary>
/// Reads the rows of one GetConnector JSON file (<c>{"skip":..,"take":..,"rows":[...]}</c> or a plain array of rows)
/// one by one from a stream: each row is parsed on its own and handed on, so a file of any size needs memory for one
/// row and a read buffer, not for the whole document. The rest of the document is still read to its end, so a file
/// that is not valid JSON is refused as a whole. One instance per file.
/// </summary>
internal sealed class AfasRowStream(Stream stream, string file)
{
    private static readonly int InitialBuffer = 256 * 1024;
    private static readonly byte[] RowsProperty = "rows"u8.ToArray();

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    private int _filled;
    private bool _final;
    private JsonReaderState _state;
    private Phase _phase = Phase.Root;
    private bool _rowsFound;

    private enum Phase
    {
        /// <summary>Before the root value.</summary>
        Root,

        /// <summary>Inside the root object, at its properties (looking for "rows").</summary>
        Properties,

        /// <summary>Inside the rows array.</summary>
        Rows,

        /// <summary>After the rows: the rest is only checked.</summary>
        Rest,
    }

    /// <summary>Calls <paramref name="onRow"/> for every row, numbering them from <paramref name="position"/>; returns the next position.</summary>
    /// <exception cref="JsonException">The file is not valid JSON.</exception>
    /// <exception cref="InvalidDataException">The file is JSON but no GetConnector response or array of rows.</exception>
    public async Task<long> ReadAsync(Action<JsonElement, long> onRow, long position, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(_buffer.AsMemory(_filled), cancellationToken).ConfigureAwait(false);
                _filled += read;
                _final = read == 0;
                var consumed = Consume(onRow, ref position);
                _buffer.AsSpan(consumed, _filled - consumed).CopyTo(_buffer);
                _filled -= consumed;
                if (_final)
                {
                    return _rowsFound ? position : throw NotRows();
                }
                if (_filled == _buffer.Length)
                {
                    // one token or row larger than the buffer: make room for it
                    var grown = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                    _buffer.AsSpan(0, _filled).CopyTo(grown);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = grown;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <summary>Reads what the buffer holds; returns how many bytes were used up (the rest waits for more data).</summary>
    private int Consume(Action<JsonElement, long> onRow, ref long position)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(0, _filled), _final, _state);
        while (true)
        {
            if (_phase != Phase.Rows)
            {
                if (!reader.Read())
                {
                    return Stop(ref reader);
                }
                Step(ref reader);
                continue;
            }
            // between rows: the next row is taken whole, or the reader goes back here and waits for more data
            var beforeRow = reader;
            if (!reader.Read())
            {
                return Stop(ref beforeRow);
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                _phase = Phase.Rest;
                continue;
            }
            if (!JsonDocument.TryParseValue(ref reader, out var row))
            {
                return Stop(ref beforeRow);
            }
            using (row)
            {
                onRow(row.RootElement, position++);
            }
        }
    }

    /// <summary>Moves through the tokens outside the rows, finding where they begin.</summary>
    private void Step(ref Utf8JsonReader reader)
    {
        switch (_phase)
        {
            case Phase.Root when reader.TokenType == JsonTokenType.StartArray:
                _rowsFound = true;
                _phase = Phase.Rows;
                break;
            case Phase.Root when reader.TokenType == JsonTokenType.StartObject:
                _phase = Phase.Properties;
                break;
            case Phase.Root:
                throw NotRows();
            case Phase.Properties when reader.CurrentDepth != 1:
                break;
            case Phase.Properties when _rowsFound:
                // the value of "rows"
                _phase = reader.TokenType == JsonTokenType.StartArray ? Phase.Rows : throw NotRows();
                break;
            case Phase.Properties when reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(RowsProperty):
                _rowsFound = true;
                break;
        }
    }

    private int Stop(ref Utf8JsonReader reader)
    {
        _state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private InvalidDataException NotRows() => new($"{file} is neither a GetConnector response {{\"rows\":[...]}} nor an array of rows");
}
