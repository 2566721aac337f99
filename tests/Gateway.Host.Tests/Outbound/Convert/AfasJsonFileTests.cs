using System.Text;
using System.Text.Json;
using Gateway.Host.Cli.Convert;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>
/// GetConnector JSON read row by row: the rows of a response object or a plain array, in order and whole whatever the
/// read buffer cuts them into, numbered across the files of a directory; anything else refused with the file's name.
/// </summary>
public sealed class AfasJsonFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-json-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_rows_of_a_response_come_in_order_and_whole_across_read_buffers_and_other_rows_properties_are_ignored()
    {
        var rows = Enumerable.Range(0, 5000).Select(i => new Dictionary<string, object?>
        {
            ["n"] = i,
            ["Naam"] = $"rij {i} met \"quotes\", [haken] en {{accolades}} " + new string('x', i % 700),
            ["Leeg"] = null,
            ["Lijst"] = new[] { i, i + 1 },
        }).ToList();
        var path = Write("response.json", JsonSerializer.Serialize(new { skip = 0, meta = new { rows = new[] { 99 } }, rows, take = 5000 }));

        var read = await ReadAsync(path);

        Assert.Equal(5000, read.Count);
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => (long)i), read.Select(r => r.Position));
        Assert.Equal(rows.Select(r => JsonSerializer.Serialize(r)), read.Select(r => r.Json));
    }

    [Fact]
    public async Task A_row_larger_than_the_read_buffer_and_a_plain_array_are_read_and_positions_run_on_across_a_directory()
    {
        var big = new string('y', 3 * 1024 * 1024);
        Write("a.json", JsonSerializer.Serialize(new { rows = new object[] { new { n = 0, Big = big }, new { n = 1 } } }));
        Write("b.json", JsonSerializer.Serialize(new object[] { new { n = 2 }, new { n = 3 } }));

        var read = await ReadAsync(_folder);

        Assert.Equal([0L, 1L, 2L, 3L], read.Select(r => r.Position));
        Assert.Equal([0, 1, 2, 3], read.Select(r => JsonDocument.Parse(r.Json).RootElement.GetProperty("n").GetInt32()));
        Assert.Equal(big, JsonDocument.Parse(read[0].Json).RootElement.GetProperty("Big").GetString());
    }

    [Theory]
    [InlineData("""{"skip":0,"rows":[{"a":1},{"a":2}""", "is not valid JSON")]
    [InlineData("""{"rows":[{"a":1}]} trailing""", "is not valid JSON")]
    [InlineData("""{"rows":[{"a":1},]}""", "is not valid JSON")]
    [InlineData("", "is not valid JSON")]
    [InlineData("""{"skip":0,"take":10}""", "is neither a GetConnector response")]
    [InlineData("""{"rows":5}""", "is neither a GetConnector response")]
    [InlineData("""{"data":{"rows":[{"a":1}]}}""", "is neither a GetConnector response")]
    [InlineData("42", "is neither a GetConnector response")]
    public async Task Anything_else_is_refused_naming_the_file(string content, string expected)
    {
        var path = Write("bad.json", content);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(path));

        Assert.StartsWith(path + " ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static async Task<List<(long Position, string Json)>> ReadAsync(string path)
    {
        var read = new List<(long, string)>();
        await AfasJsonFile.ReadAsync(path, (row, position) => read.Add((position, row.GetRawText())), CancellationToken.None);
        return read;
    }
}
