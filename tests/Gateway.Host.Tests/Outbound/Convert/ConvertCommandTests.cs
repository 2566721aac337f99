using System.CommandLine;
using System.Text.Json;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Host.Cli.Convert;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.Extensions.Configuration;

namespace Gateway.Outbound.Tests.Convert;

/// <summary><c>gateway convert</c> end to end on simulator JSON: files named as delivery names them, uitval per record, exit codes.</summary>
public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "convert-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Verzuim_with_its_context_becomes_one_valid_VZ_file_per_message_named_by_Berrefnr()
    {
        var input = await InputsAsync();
        var output = Path.Combine(_root, "out");

        var (exitCode, stdout, stderr) = await RunAsync(
            "--input", Json(input, AfasConnectorIds.Verzuim), "--connector", "Verzuim",
            "--with", "Medewerker_Gegevens=" + Json(input, AfasConnectorIds.MedewerkerGegevens),
            "--with", AfasConnectorIds.Werkgevers + "=" + Json(input, AfasConnectorIds.Werkgevers),
            "--with", "accounts=" + Json(input, AfasConnectorIds.AccountsAutorisaties),
            "--profile", await ProfileAsync(), "--release", "2025", "--out", output);

        Assert.True(exitCode == 0, stdout + stderr);
        var files = Directory.GetFiles(output);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Length, lines.Count(l => l.StartsWith("WROTE", StringComparison.Ordinal)));
        Assert.True(files.Length > 300, $"{files.Length} files");
        var validator = await Schemas.OursAsync();
        foreach (var file in files.Take(60))
        {
            var name = Path.GetFileName(file);
            Assert.StartsWith("VZ_", name, StringComparison.Ordinal);
            var content = await File.ReadAllBytesAsync(file);
            var berrefnr = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(content)).Descendants().First(e => e.Name.LocalName == "Berrefnr").Value;
            Assert.Equal("VZ_" + berrefnr + ".xml", name);
            Assert.Equal("", await Schemas.ErrorsAsync(validator, content, "2025", name));
        }
    }

    [Fact]
    public async Task Without_a_profile_employers_go_by_their_code_and_cases_without_any_contact_person_fall_out_with_exit_1()
    {
        var input = await InputsAsync();
        var output = Path.Combine(_root, "bare");

        var (exitCode, stdout, stderr) = await RunAsync("--input", Json(input, AfasConnectorIds.Verzuim), "--connector", "Verzuim",
            "--with", "Medewerker_Gegevens=" + Json(input, AfasConnectorIds.MedewerkerGegevens),
            "--with", "Werkgevers=" + Json(input, AfasConnectorIds.Werkgevers), "--with", "Accounts=" + Json(input, AfasConnectorIds.AccountsAutorisaties),
            "--release", "2024", "--out", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("no --profile", stderr, StringComparison.Ordinal);
        var uitval = stdout.Split('\n').Where(l => l.StartsWith("UITVAL", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(uitval);
        Assert.All(uitval, l => Assert.Matches(@"^UITVAL  Newdays_Connect_Verzuim_v1 \{[0-9A-F-]+\}\|\{[0-9A-F-]+\}  (Leidinggevende_guid: gives no contact person|Guid_verzuimmelding: \w+ not sent: an earlier message)", l));
        var file = Directory.GetFiles(output).First();
        var text = await File.ReadAllTextAsync(file);
        Assert.Matches("<IdWrkgvrArbdnst>0[1-9]</IdWrkgvrArbdnst>", text);
        Assert.DoesNotContain("<Lhnr>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Medewerker_rows_with_a_profile_become_DV_files_or_WN_files_with_the_BSN_when_asked()
    {
        var input = await InputsAsync();
        var profile = await ProfileAsync();

        var (dvExit, dvOut, dvErr) = await RunAsync("--input", Json(input, AfasConnectorIds.MedewerkerGegevens), "--connector", AfasConnectorIds.MedewerkerGegevens,
            "--with", "Werkgevers=" + Json(input, AfasConnectorIds.Werkgevers), "--with", "Organigram=" + Json(input, AfasConnectorIds.Organigram),
            "--profile", profile, "--out", Path.Combine(_root, "dv"));
        var (wnExit, _, wnErr) = await RunAsync("--input", Json(input, AfasConnectorIds.MedewerkerGegevens), "--connector", "medewerkergegevens",
            "--with", "Werkgevers=" + Json(input, AfasConnectorIds.Werkgevers), "--with", "iban=" + Json(input, AfasConnectorIds.MedewerkerIban),
            "--profile", profile, "--type", "WN", "--include-bsn", "--release", "2024", "--out", Path.Combine(_root, "wn"));

        Assert.True(dvExit == 0, dvOut + dvErr);
        Assert.True(wnExit == 0, wnErr);
        var dv = Directory.GetFiles(Path.Combine(_root, "dv"));
        var wn = Directory.GetFiles(Path.Combine(_root, "wn"));
        Assert.Equal(150, dv.Length);
        Assert.Equal(150, wn.Length);
        Assert.All(dv, f => Assert.StartsWith("DV_", Path.GetFileName(f), StringComparison.Ordinal));
        Assert.All(wn, f => Assert.StartsWith("WN_", Path.GetFileName(f), StringComparison.Ordinal));
        var text = await File.ReadAllTextAsync(wn[0]);
        Assert.Contains("<SofiNr>", text, StringComparison.Ordinal);
        Assert.Contains("<Iban>", text, StringComparison.Ordinal);
        Assert.Contains("/WerknemerGegevens/2024", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<SofiNr>", await File.ReadAllTextAsync(dv[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_row_is_printed_with_its_key_and_field_the_others_convert_and_the_exit_code_is_1()
    {
        var input = await InputsAsync();
        var rows = JsonDocument.Parse(await File.ReadAllBytesAsync(Json(input, AfasConnectorIds.Werkgevers))).RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(r.GetRawText())!).ToList();
        var badCode = rows[1]["Werkgeverscode"].GetString();
        rows[1]["Huisnummer"] = JsonSerializer.SerializeToElement(new { nummer = 12, toevoeging = "a" });
        var plainArray = Path.Combine(_root, "werkgevers-array.json");
        await File.WriteAllTextAsync(plainArray, JsonSerializer.Serialize(rows));

        var (exitCode, stdout, _) = await RunAsync("--input", plainArray, "--connector", "Werkgevers",
            "--with", "Organigram=" + Json(input, AfasConnectorIds.Organigram), "--with", "Accounts_Autorisaties=" + Json(input, AfasConnectorIds.AccountsAutorisaties),
            "--with", "Medewerker_Gegevens=" + Json(input, AfasConnectorIds.MedewerkerGegevens),
            "--profile", await ProfileAsync(), "--out", Path.Combine(_root, "wg"));
        var (_, json, _) = await RunAsync("--input", plainArray, "--connector", "Werkgevers", "--profile", await ProfileAsync(),
            "--with", "Organigram=" + Json(input, AfasConnectorIds.Organigram), "--json", "--out", Path.Combine(_root, "wg2"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"UITVAL  {AfasConnectorIds.Werkgevers} {badCode}  Huisnummer: is an object or array, not one value", stdout, StringComparison.Ordinal);
        Assert.Equal(rows.Count - 1, Directory.GetFiles(Path.Combine(_root, "wg")).Length);
        var uitval = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("kind").GetString() == "uitval");
        Assert.Equal((badCode, "Huisnummer", "Import"), (uitval.GetProperty("recordKey").GetString(), uitval.GetProperty("field").GetString(), uitval.GetProperty("stage").GetString()));
    }

    [Theory]
    [InlineData("--connector", "Roosters")]
    [InlineData("--with", "Werkgevers")]
    [InlineData("--with", "Verzuim=x.json")]
    [InlineData("--type", "Afspraken")]
    [InlineData("--release", "2019")]
    [InlineData("--input", "missing.json")]
    [InlineData("--profile", "missing.json")]
    public async Task Usage_and_io_errors_exit_2(string option, string value)
    {
        var input = await InputsAsync();
        var arguments = new Dictionary<string, string>
        {
            ["--input"] = Json(input, AfasConnectorIds.Verzuim),
            ["--connector"] = "Verzuim",
            ["--release"] = "2024",
            ["--out"] = Path.Combine(_root, "o"),
        };
        arguments[option] = option is "--input" or "--profile" ? Path.Combine(_root, value) : value;

        var (exitCode, _, stderr) = await RunAsync([.. arguments.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("gateway convert: ", stderr.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_release_in_the_profile_or_on_the_command_line_it_is_a_usage_error()
    {
        var input = await InputsAsync();

        var (exitCode, _, stderr) = await RunAsync("--input", Json(input, AfasConnectorIds.Verzuim), "--connector", "Verzuim", "--out", Path.Combine(_root, "o"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Release is not set", stderr, StringComparison.Ordinal);
    }

    private async Task<string> InputsAsync()
    {
        var directory = Path.Combine(_root, "in");
        if (!Directory.Exists(directory))
        {
            (await SimulatorData.GetAsync()).WriteTo(directory);
        }
        return directory;
    }

    private async Task<string> ProfileAsync()
    {
        var path = Path.Combine(_root, "profile.json");
        var employers = (await SimulatorData.GetAsync()).Rows<WerkgeverRow>().Select(e => Profiles.Employer(e.Werkgeverscode)).ToList();
        var json = JsonSerializer.Serialize(new { Integration = "cli-test", Release = "2026", IdInzndr = "CLI", IdOntvngr = "ARBO", Employers = employers });
        await File.WriteAllTextAsync(path, json);
        return path;
    }

    private static string Json(string directory, string connector) => Path.Combine(directory, connector + ".json");

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sivi:SchemaDirectory"] = RepoPaths.OurSchemas }).Build();
        var root = new RootCommand { ConvertCommand.Create(() => configuration) };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var parse = root.Parse(["convert", .. arguments]);
        var exitCode = parse.Errors.Count > 0 ? 2 : await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        if (parse.Errors.Count > 0)
        {
            error.WriteLine("gateway convert: " + string.Join("; ", parse.Errors.Select(e => e.Message)));
        }
        return (exitCode, output.ToString(), error.ToString());
    }

}
