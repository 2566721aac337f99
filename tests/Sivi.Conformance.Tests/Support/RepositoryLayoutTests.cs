namespace Sivi.Conformance.Tests.Support;

public sealed class RepositoryLayoutTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("conformance-layout-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public void Finds_the_checkout_by_walking_up_to_the_solution()
    {
        File.WriteAllText(Path.Combine(_scratch.FullName, "Gateway.sln"), "");
        var nested = Directory.CreateDirectory(Path.Combine(_scratch.FullName, "tests", "bin", "Release"));

        Assert.Equal(_scratch.FullName, RepositoryLayout.FindRoot(nested.FullName, stamped: null));
    }

    [Fact]
    public void Falls_back_to_the_stamped_root_when_binaries_live_outside_the_checkout()
    {
        var checkout = Directory.CreateDirectory(Path.Combine(_scratch.FullName, "checkout"));
        File.WriteAllText(Path.Combine(checkout.FullName, "Gateway.sln"), "");
        var artifacts = Directory.CreateDirectory(Path.Combine(_scratch.FullName, "artifacts", "bin"));

        Assert.Equal(checkout.FullName, RepositoryLayout.FindRoot(artifacts.FullName, checkout.FullName));
        Assert.Null(RepositoryLayout.FindRoot(artifacts.FullName, stamped: null));
    }

    [Fact]
    public void The_real_checkout_has_our_schema_set_and_shared_beside_it()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, "Gateway.sln")));
        Assert.Equal(Path.Combine(RepositoryLayout.Root, "xsd", "2024", "Dienstverbanden.xsd"), RepositoryLayout.SchemaPath(SchemaOrigin.Ours, "2024", "Dienstverbanden"));
        Assert.Equal(
            Path.GetFullPath(Path.Combine(RepositoryLayout.Root, "..", "shared", "sivi", "xsd", "2024", "Dienstverbanden.xsd")),
            RepositoryLayout.SchemaPath(SchemaOrigin.Official, "2024", "Dienstverbanden"));
    }
}
