using System.Text.Json;
using Gateway.Afas.Client;

namespace Gateway.Host.Cli.Convert;

/// <summary>
/// GetConnector JSON from disk: the response AFAS returns (<c>{"skip":..,"take":..,"rows":[...]}</c>) or a plain
/// array of rows; a directory means every *.json file in it (ordinal order), e.g. the pages of one pull. Rows are read
/// one at a time by the reader the AFAS client uses (<see cref="AfasPageStreamReader"/>).
/// </summary>
public static class AfasJsonFile
{
    /// <summary>
    /// Calls <paramref name="onRow"/> for every row with its 0-based position; returns the number of rows. A row's
    /// <see cref="JsonElement"/> is valid only during its call.
    /// </summary>
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
            // rows are read one at a time: a GetConnector file can be hundreds of megabytes
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    await AfasPageStreamReader.ReadAsync(stream, row => onRow(row, position++), plainArrayAllowed: true, cancellationToken).ConfigureAwait(false);
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"{file} is not valid JSON: {e.Message}", e);
                }
                catch (InvalidDataException e)
                {
                    throw new InvalidDataException($"{file} is neither a GetConnector response {{\"rows\":[...]}} nor an array of rows ({e.Message})", e);
                }
            }
        }
        return position;
    }
}
