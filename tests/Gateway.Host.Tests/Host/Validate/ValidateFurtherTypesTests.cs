namespace Gateway.Host.Tests.Validate;

/// <summary>
/// <c>gateway validate</c> with the shipped schema set recognises every further message type by its root element and
/// namespace, and with an operator-installed release listed beside the shipped set validates that release too.
/// </summary>
public sealed class ValidateFurtherTypesTests : IDisposable
{
    private readonly ValidationWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Each_further_type_is_recognised_and_valid()
    {
        var files = new[]
        {
            (_workspace.Write("afspraken-2025.xml", FurtherTypeDocuments.Afspraken("2025")), "Afspraken 2025"),
            (_workspace.Write("afspraken-2026.xml", FurtherTypeDocuments.Afspraken("2026")), "Afspraken 2026"),
            (_workspace.Write("documenten.xml", FurtherTypeDocuments.Documenten("2022")), "Documenten 2022"),
            (_workspace.Write("medische-kaart.xml", FurtherTypeDocuments.MedischeKaart("2024")), "MedischeKaart 2024"),
            (_workspace.Write("preventief.xml", FurtherTypeDocuments.AanvraagPreventieveDiensten("2025")), "AanvraagPreventieveDiensten 2025"),
            (_workspace.Write("verwerking.xml", FurtherTypeDocuments.Verwerkingsmelding("2026")), "VerwerkingsmeldingWgr-Arbo 2026"),
        };

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([.. files.Select(f => f.Item1), "--schemas", RepoPaths.OurSchemas]);

        Assert.Equal([.. files.Select(f => $"VALID   {f.Item1}  ({f.Item2})")], Lines(output));
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Afspraken_2026_with_the_old_group_names_is_invalid()
    {
        var old = FurtherTypeDocuments.Afspraken("2025").Replace("/Afspraken/2025", "/Afspraken/2026", StringComparison.Ordinal)
            .Replace("<VnrBrCd>00005</VnrBrCd>", "<VnrBrCd>00006</VnrBrCd>", StringComparison.Ordinal);
        var path = _workspace.Write("oud.xml", old);

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([path, "--schemas", RepoPaths.OurSchemas]);

        Assert.Equal(1, exitCode);
        Assert.Equal($"INVALID {path}  (Afspraken 2026)", Lines(output)[0]);
        Assert.Contains("Werkgever", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_installed_beside_the_shipped_set_is_used()
    {
        var installed = Path.Combine(_workspace.Root, "installed", "2021");
        Directory.CreateDirectory(installed);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.OurSchemas, "2024"), "*.xsd"))
        {
            File.WriteAllText(Path.Combine(installed, Path.GetFileName(file)), File.ReadAllText(file).Replace("/2024\"", "/2021\"", StringComparison.Ordinal));
        }
        var document = FurtherTypeDocuments.Afspraken("2025").Replace("/Afspraken/2025", "/Afspraken/2021", StringComparison.Ordinal);
        var path = _workspace.Write("afspraken-2021.xml", document);
        var schemas = RepoPaths.OurSchemas + Path.PathSeparator + Path.GetDirectoryName(installed);

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync([path, "--schemas", schemas]);
        var (shippedOnly, refused, _) = await ValidationWorkspace.RunAsync([path, "--schemas", RepoPaths.OurSchemas]);

        Assert.Equal(($"VALID   {path}  (Afspraken 2021)", 0), (Lines(output)[0], exitCode));
        Assert.Equal(1, shippedOnly);
        Assert.Contains("release 2021 of Afspraken is not installed", refused, StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
