using System.Text.Json;

namespace Gateway.Host.Mapping.Cli;

/// <summary>
/// GetConnector JSON from disk: the response AFAS returns (<c>{"skip":..,"take":..,"rows":[...]}</c>) or a plain
/// array of rows; a directory means every *.json file in it (ordinal order), e.g. the pages of one pull.
/// </summary>
public static class AfasJsonFile
{
    /// <summary>Calls <paramref name="onRow"/> for every row with its 0-based position; returns the number of rows.</summary>
    /// <exception cref="IOException">A file cannot be read or the path does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is not GetConnector JSON.</exception>
    public static async Task<long> ReadAsync(string path, Action<JsonElement, long> onRow, CancellationToken cancellationToken)
    {
        string[] files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new FileNotFoundException($"not found: {path}", path);
        }
        long position = 0;
        foreach (var file in files)
        {
            var stream = File.OpenRead(file);
            await using (stream.ConfigureAwait(false))
            {
                JsonDocument document;
                try
                {
                    document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"{file} is not valid JSON: {e.Message}", e);
                }
                using (document)
                {
                    foreach (var row in Rows(document.RootElement, file))
                    {
                        onRow(row, position++);
                    }
                }
            }
        }
        return position;
    }

    private static JsonElement.ArrayEnumerator Rows(JsonElement root, string file)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray();
        }
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array)
        {
            return rows.EnumerateArray();
        }
        throw new InvalidDataException($"{file} is neither a GetConnector response {{\"rows\":[...]}} nor an array of rows");
    }
}
