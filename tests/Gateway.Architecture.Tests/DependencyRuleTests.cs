using Gateway.Architecture.Tests.Rules;

namespace Gateway.Architecture.Tests;

/// <summary>The compiled product assemblies and their project files keep to <see cref="DependencyRules"/>.</summary>
public sealed class DependencyRuleTests
{
    public static TheoryData<string> Assemblies() => [.. DependencyRules.Allowed.Keys];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Each_assembly_uses_only_what_the_rules_allow(string assembly)
    {
        var facts = AssemblyFacts.Read(Path.Combine(AppContext.BaseDirectory, assembly + ".dll"));

        Assert.Equal(assembly, facts.Name);
        Assert.Empty(DependencyRules.Violations(facts));
    }

    [Fact]
    public void Each_project_file_references_only_what_the_rules_allow()
    {
        var projects = ProjectGraph.ProductProjects(RepoPaths.Root);

        Assert.Equal(DependencyRules.Allowed.Keys.Order(StringComparer.Ordinal), projects.Select(ProjectGraph.AssemblyName).Where(DependencyRules.Allowed.ContainsKey).Order(StringComparer.Ordinal));
        Assert.Empty(projects.Where(p => DependencyRules.Allowed.ContainsKey(ProjectGraph.AssemblyName(p)))
            .SelectMany(p => ProjectGraph.Violations(p, File.ReadAllText(p))));
    }

    [Fact]
    public void Nothing_depends_on_the_executable_and_only_it_uses_the_simulator()
    {
        var others = DependencyRules.Allowed.Keys.Where(a => a != "gateway")
            .Select(a => AssemblyFacts.Read(Path.Combine(AppContext.BaseDirectory, a + ".dll"))).ToList();

        Assert.DoesNotContain(others, a => a.References.Contains("gateway") || a.References.Contains("Afas.Simulator"));
        Assert.Contains("Afas.Simulator", AssemblyFacts.Read(Path.Combine(AppContext.BaseDirectory, "gateway.dll")).References);
    }

    [Fact]
    public void Every_cli_command_lives_in_the_host()
    {
        var commands = typeof(Gateway.Host.Cli.GatewayCli).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Command", StringComparison.Ordinal) && t.IsClass).ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, t => Assert.StartsWith("Gateway.Host.Cli.", t.FullName, StringComparison.Ordinal));
    }
}
