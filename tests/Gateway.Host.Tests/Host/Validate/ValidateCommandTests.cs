using System.Text.Json;
using Gateway.Host.Cli;

namespace Gateway.Host.Tests.Validate;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly ValidationWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Exits_0_and_prints_one_verdict_per_file_when_all_are_valid()
    {
        var first = _workspace.Write("a.xml", ValidationWorkspace.ValidDocument());
        var second = _workspace.Write("b.xml", ValidationWorkspace.ValidDocument(3));

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([first, second, "--schemas", _workspace.Schemas]);

        Assert.Equal(0, exitCode);
        Assert.Equal([$"VALID   {first}  (Melding 2024)", $"VALID   {second}  (Melding 2024)"], Lines(output));
    }

    [Fact]
    public async Task Exits_1_and_lists_every_error_under_an_invalid_file()
    {
        var path = _workspace.Write("fout.xml", ValidationWorkspace.InvalidDocument());

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([path, "--schemas", _workspace.Schemas]);

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal($"INVALID {path}  (Melding 2024)", lines[0]);
        Assert.StartsWith("  2:2 /Melding/Datum ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  4:2 /Melding/Regel[2] ", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Json_prints_exactly_one_object_per_file_per_line()
    {
        var valid = _workspace.Write("goed.xml", ValidationWorkspace.ValidDocument());
        var invalid = _workspace.Write("fout.xml", ValidationWorkspace.InvalidDocument());

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([valid, invalid, "--json", "--schemas", _workspace.Schemas]);

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        var good = first.RootElement;
        Assert.Equal(valid, good.GetProperty("file").GetString());
        Assert.True(good.GetProperty("valid").GetBoolean());
        Assert.Equal("Melding", good.GetProperty("type").GetString());
        Assert.Equal("2024", good.GetProperty("release").GetString());
        Assert.Equal(0, good.GetProperty("errors").GetArrayLength());
        var bad = second.RootElement;
        Assert.False(bad.GetProperty("valid").GetBoolean());
        var errors = bad.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Equal(2, errors[0].GetProperty("line").GetInt32());
        Assert.Equal(2, errors[0].GetProperty("column").GetInt32());
        Assert.Equal("/Melding/Datum", errors[0].GetProperty("path").GetString());
        Assert.Contains("morgen", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("/Melding/Regel[2]", errors[1].GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_bad_file_in_a_batch_does_not_change_the_verdicts_of_the_others()
    {
        var paths = Enumerable.Range(0, 60).Select(i => _workspace.Write($"batch/{i:D3}.xml", i switch
        {
            17 => ValidationWorkspace.InvalidDocument(),
            31 => "geen xml",
            44 => string.Empty,
            _ => ValidationWorkspace.ValidDocument(1 + (i % 7)),
        })).ToArray();

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([.. paths, "--json", "--schemas", _workspace.Schemas]);

        Assert.Equal(1, exitCode);
        var verdicts = Lines(output).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(paths, verdicts.Select(v => v.GetProperty("file").GetString()));
        Assert.Equal([17, 31, 44], verdicts.Select((v, i) => (v, i)).Where(x => !x.v.GetProperty("valid").GetBoolean()).Select(x => x.i));
    }

    [Fact]
    public async Task Directories_are_searched_recursively_for_xml_files_in_a_fixed_order()
    {
        _workspace.Write("in/b.xml", ValidationWorkspace.ValidDocument());
        _workspace.Write("in/a.xml", ValidationWorkspace.ValidDocument());
        _workspace.Write("in/sub/z.XML", ValidationWorkspace.ValidDocument());
        _workspace.Write("in/sub/deeper/c.xml", ValidationWorkspace.InvalidDocument());
        _workspace.Write("in/aa/d.xml", ValidationWorkspace.ValidDocument());
        _workspace.Write("in/notes.txt", "geen xml");
        var directory = Path.Combine(_workspace.Root, "in");

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([directory, "--schemas", _workspace.Schemas]);

        Assert.Equal(1, exitCode);
        var files = Lines(output).Where(l => !l.StartsWith(' ')).Select(l => Path.GetRelativePath(directory, l[8..].Split("  ")[0]));
        Assert.Equal(["a.xml", "b.xml", Path.Combine("aa", "d.xml"), Path.Combine("sub", "z.XML"), Path.Combine("sub", "deeper", "c.xml")], files);
    }

    [Fact]
    public async Task A_missing_path_is_reported_the_other_files_are_validated_and_the_exit_code_is_2()
    {
        var valid = _workspace.Write("goed.xml", ValidationWorkspace.ValidDocument());
        var missing = Path.Combine(_workspace.Root, "bestaat-niet.xml");
        var invalid = _workspace.Write("fout.xml", ValidationWorkspace.InvalidDocument());

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([valid, missing, invalid, "--schemas", _workspace.Schemas]);

        Assert.Equal(GatewayCli.UsageOrIoError, exitCode);
        var verdicts = Lines(output).Where(l => !l.StartsWith(' ')).ToArray();
        Assert.StartsWith($"VALID   {valid}", verdicts[0], StringComparison.Ordinal);
        Assert.Equal($"ERROR   {missing}  no such file or directory", verdicts[1]);
        Assert.StartsWith($"INVALID {invalid}", verdicts[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_is_an_io_error_in_json_too()
    {
        var missing = Path.Combine(_workspace.Root, "weg.xml");

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([missing, "--json", "--schemas", _workspace.Schemas]);

        Assert.Equal(2, exitCode);
        using var verdict = JsonDocument.Parse(Assert.Single(Lines(output)));
        Assert.False(verdict.RootElement.GetProperty("valid").GetBoolean());
        Assert.True(verdict.RootElement.GetProperty("ioError").GetBoolean());
        Assert.Equal(JsonValueKind.Null, verdict.RootElement.GetProperty("type").ValueKind);
    }

    [Fact]
    public async Task An_unknown_release_is_a_usage_error()
    {
        var path = _workspace.Write("goed.xml", ValidationWorkspace.ValidDocument());

        var (exitCode, output, error) = await ValidationWorkspace.RunAsync([path, "--release", "2019", "--schemas", _workspace.Schemas]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("unknown release 2019", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_schema_directory_is_a_usage_error()
    {
        var path = _workspace.Write("goed.xml", ValidationWorkspace.ValidDocument());

        var (exitCode, _, error) = await ValidationWorkspace.RunAsync([path, "--schemas", Path.Combine(_workspace.Root, "geen-schemas")]);

        Assert.Equal(2, exitCode);
        Assert.Contains("schema directory not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_paths_is_a_usage_error()
    {
        var exitCode = await GatewayCli.RunAsync(["validate"]);

        Assert.Equal(GatewayCli.UsageOrIoError, exitCode);
    }

    [Fact]
    public async Task The_schema_directory_can_come_from_configuration()
    {
        var path = _workspace.Write("goed.xml", ValidationWorkspace.ValidDocument());

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([path], configuredSchemas: _workspace.Schemas);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("VALID", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forced_release_is_applied_to_every_file()
    {
        var path = _workspace.Write("goed.xml", ValidationWorkspace.ValidDocument());

        var (exitCode, _, _) = await ValidationWorkspace.RunAsync([path, "--release", "2024", "--schemas", _workspace.Schemas]);

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Many_files_are_printed_in_input_order()
    {
        var directory = Path.Combine(_workspace.Root, "veel");
        var expected = Enumerable.Range(0, 500)
            .Select(i => _workspace.Write($"veel/{i:D4}.xml", i % 97 == 0 ? ValidationWorkspace.InvalidDocument() : ValidationWorkspace.ValidDocument(1 + (i % 40))))
            .ToArray();

        var (exitCode, output, error) = await ValidationWorkspace.RunAsync([directory, "--json", "--schemas", _workspace.Schemas]);

        Assert.Equal(1, exitCode);
        Assert.Equal(expected, Lines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()));
        Assert.Contains("500 files: 494 valid, 6 invalid, 0 unreadable", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gateway_command_line_offers_validate()
    {
        var parse = GatewayCli.Build().Parse(["validate", "x.xml", "--json", "--release", "2024", "--schemas", "dir"]);

        Assert.Empty(parse.Errors);
        Assert.Equal("validate", parse.CommandResult.Command.Name);
    }

    [Theory]
    [InlineData("validate", "--help")]
    [InlineData("validate")]
    [InlineData("validate", "x.xml", "--onbekend")]
    public async Task The_root_for_validate_alone_parses_and_helps_as_the_whole_command_line_does(params string[] args)
    {
        var whole = await HelpAndErrorsAsync(GatewayCli.Build(), args);
        var validateOnly = await HelpAndErrorsAsync(GatewayCli.BuildValidateOnly(), args);

        Assert.Equal(whole, validateOnly);
        Assert.NotEqual("", whole);
    }

    private static async Task<string> HelpAndErrorsAsync(System.CommandLine.RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return string.Join("\n", parse.Errors.Select(e => e.Message));
        }
        using var output = new StringWriter();
        await parse.InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = output });
        return output.ToString();
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
