using System.Text;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Tests.Convert.Support;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Registry;

namespace Gateway.Outbound.Tests.Convert.Golden;

/// <summary>
/// Golden files per message type × release: the fixed input of <see cref="GoldenInput"/> must convert into exactly the
/// committed files under <c>Outbound/Convert/Golden/&lt;release&gt;/&lt;Type&gt;[-n].xml</c>, byte for byte with only line endings
/// normalised, and every golden file must be valid against our schema set and SIVI's official one. The Berrefnr, the one
/// random value in a message, is replaced by a fixed one before comparing (<see cref="GoldenInput.FixedBerrefnr"/>).
/// Run with <c>GATEWAY_UPDATE_GOLDEN=1</c> to rewrite the golden files from the current mapping instead of comparing;
/// then run again without it and review the diff before committing.
/// </summary>
public class GoldenFileTests
{
    private static readonly string[] Releases = ["2022", "2024", "2025", "2026"];

    public static TheoryData<string, string> ReleasesAndTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var release in Releases)
        {
            foreach (var type in SiviMessageTypes.All)
            {
                data.Add(release, type);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReleasesAndTypes))]
    public async Task The_fixed_input_converts_into_exactly_the_golden_files(string release, string messageType)
    {
        var ours = await Schemas.OursAsync();
        if (ours.Registry.Find(release, messageType) is null)
        {
            // SIVI has no such type in this release: nothing may be described, produced or committed for it.
            Assert.False(SiviDefinitions.Embedded.Exists(messageType, release), $"{messageType} {release} is described but has no schema");
            Assert.Empty(GoldenFiles.Committed(release, messageType));
            return;
        }

        var produced = await GoldenInput.ConvertAsync(release, messageType);

        var paths = produced.Select(p => GoldenFiles.PathOf(release, p.FileName)).ToList();
        if (GoldenFiles.Updating)
        {
            foreach (var stale in GoldenFiles.Committed(release, messageType).Except(paths, StringComparer.Ordinal))
            {
                File.Delete(stale);
            }
        }
        for (var i = 0; i < produced.Count; i++)
        {
            GoldenFiles.AssertMatches(paths[i], produced[i].Content);
        }
        Assert.Equal(paths.Select(GoldenFiles.Name).Order(StringComparer.Ordinal), GoldenFiles.Committed(release, messageType).Select(GoldenFiles.Name));
        var official = await Schemas.OfficialAsync();
        foreach (var path in paths)
        {
            var content = await File.ReadAllBytesAsync(path);
            Assert.Equal("", await Schemas.ErrorsAsync(ours, content, release, GoldenFiles.Name(path)));
            if (official is not null)
            {
                Assert.Equal("", await Schemas.ErrorsAsync(official, content, release, GoldenFiles.Name(path)));
            }
        }
    }

    /// <summary>Visible as skipped, not silently passed, on a machine without SIVI's official schemas.</summary>
    [RequiresOfficialSchemasTheory]
    [MemberData(nameof(ReleasesAndTypes))]
    public async Task Every_committed_golden_file_is_valid_against_SIVIs_official_schema(string release, string messageType)
    {
        var official = await Schemas.OfficialAsync();
        Assert.NotNull(official);
        var files = GoldenFiles.Committed(release, messageType);
        Assert.Equal(official.Registry.Find(release, messageType) is not null, files.Count > 0);
        foreach (var path in files)
        {
            Assert.Equal("", await Schemas.ErrorsAsync(official, await File.ReadAllBytesAsync(path), release, GoldenFiles.Name(path)));
        }
    }

    [Fact]
    public async Task All_four_types_exist_in_all_four_releases_in_our_and_the_official_registry_so_all_sixteen_have_golden_files()
    {
        var registries = new List<SchemaRegistry> { (await Schemas.OursAsync()).Registry };
        if (await Schemas.OfficialAsync() is { } official)
        {
            registries.Add(official.Registry);
        }
        foreach (var registry in registries)
        {
            var missing = ReleasesAndTypes().Select(row => ((string)row[0], (string)row[1]))
                .Where(c => registry.Find(c.Item1, c.Item2) is null)
                .Select(c => $"{c.Item2} {c.Item1}");
            Assert.Empty(missing);
        }
        foreach (var release in Releases)
        {
            var expected = new[]
            {
                "Dienstverbanden.xml", "Verzuimmeldingen-1.xml", "Verzuimmeldingen-2.xml", "Verzuimmeldingen-3.xml",
                "WerkgeversGegevensBasisregistratie.xml", "WerknemersGegevens.xml",
            };
            var committed = Directory.GetFiles(Path.Combine(GoldenFiles.Directory, release)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(expected, committed);
        }
    }

    [Fact]
    public async Task The_comparison_names_the_file_and_the_first_differing_line_when_one_value_changed()
    {
        var path = GoldenFiles.PathOf("2025", "Dienstverbanden.xml");
        var golden = await File.ReadAllBytesAsync(path);
        var lines = Encoding.UTF8.GetString(golden).Split('\n');
        var index = Array.FindIndex(lines, l => l.Trim() == "<PersNr>1001</PersNr>");
        Assert.True(index >= 0, "the golden Dienstverbanden 2025 has no PersNr 1001");
        var changed = Encoding.UTF8.GetBytes(string.Join('\n', lines.Select((l, i) => i == index ? l.Replace("1001", "1002", StringComparison.Ordinal) : l)));

        var difference = GoldenFiles.Difference(GoldenFiles.Name(path), golden, changed);

        Assert.NotNull(difference);
        Assert.StartsWith("tests/Gateway.Host.Tests/Outbound/Convert/Golden/2025/Dienstverbanden.xml differs from the produced message at line " + (index + 1) + "\n",
            difference, StringComparison.Ordinal);
        Assert.Contains("\n  expected: " + lines[index] + "\n", difference, StringComparison.Ordinal);
        Assert.Contains("\n  actual:   " + lines[index].Replace("1001", "1002", StringComparison.Ordinal) + "\n", difference, StringComparison.Ordinal);
        Assert.Null(GoldenFiles.Difference(GoldenFiles.Name(path), golden, golden));
    }

    [Fact]
    public void The_comparison_normalises_line_endings_and_nothing_else()
    {
        var lf = Encoding.UTF8.GetBytes("<a>\n  <b>1</b>\n</a>\n");
        var crlf = Encoding.UTF8.GetBytes("<a>\r\n  <b>1</b>\r\n</a>\r\n");

        Assert.Null(GoldenFiles.Difference("x.xml", lf, crlf));
        Assert.Contains("line 2\n  expected:   <b>1</b>\n  actual:     <b>1</b> \n",
            GoldenFiles.Difference("x.xml", lf, Encoding.UTF8.GetBytes("<a>\n  <b>1</b> \n</a>\n")), StringComparison.Ordinal);
        Assert.Contains("line 4\n  expected: \n  actual:   <end of file>\n",
            GoldenFiles.Difference("x.xml", lf, Encoding.UTF8.GetBytes("<a>\n  <b>1</b>\n</a>")), StringComparison.Ordinal);
    }
}
