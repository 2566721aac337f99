namespace Gateway.Host.Tests.Validate;

/// <summary>`gateway validate` never prints the value of an element that holds personal data, and keeps the values it may print.</summary>
public sealed class ValidatePersonalDataTests : IDisposable
{
    private readonly ValidationWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_bad_birth_date_is_reported_without_its_value_and_a_bad_code_with_it(bool json)
    {
        var golden = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Gateway.Host.Tests", "Outbound", "Convert", "Golden", "2025", "WerknemersGegevens.xml"));
        var broken = golden.Replace("<Gebdat>1962-05-01</Gebdat>", "<Gebdat>1962-13-45</Gebdat>", StringComparison.Ordinal)
            .Replace("<GslchtCd>M</GslchtCd>", "<GslchtCd>Q</GslchtCd>", StringComparison.Ordinal);
        Assert.NotEqual(golden, broken);
        var path = _workspace.Write("wn.xml", broken);

        var (exitCode, output, _) = await ValidationWorkspace.RunAsync(json ? [path, "--json"] : [path]);

        Assert.Equal(1, exitCode);
        Assert.Contains("Gebdat", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1962-13-45", output, StringComparison.Ordinal);
        Assert.Contains("GslchtCd", output, StringComparison.Ordinal);
        Assert.Contains("'Q'", output, StringComparison.Ordinal);
    }
}
