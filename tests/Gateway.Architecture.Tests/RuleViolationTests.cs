using Gateway.Architecture.Tests.Rules;

namespace Gateway.Architecture.Tests;

/// <summary>
/// The rules fail when broken: assemblies compiled here with the product's names break one rule each, and the same
/// checker the product is held to reports exactly that.
/// </summary>
public sealed class RuleViolationTests
{
    private static readonly byte[] Outbound = TestCompiler.Compile("Gateway.Outbound",
        "namespace Gateway.Outbound.Deliver; public sealed class DeliveryDispatcher { public static int Delivered() => 1; }");

    private static readonly byte[] Executable = TestCompiler.Compile("gateway",
        "namespace Gateway.Host.Cli.Sync; public static class SyncCommand { public static string[] ConnectorOrder { get; } = [\"a\"]; }");

    private static readonly byte[] Core = TestCompiler.Compile("Gateway.Core",
        "namespace Gateway.Core.Uitval; public enum UitvalStage { Import = 1 }");

    [Fact]
    public void Receiving_using_a_stage_breaks_the_rules()
    {
        var receiving = AssemblyFacts.Read(TestCompiler.Compile("Gateway.Receiving",
            "namespace Gateway.Receiving.Intake; public static class Intake { public static int Run() => Gateway.Outbound.Deliver.DeliveryDispatcher.Delivered(); }",
            Outbound));

        var violation = Assert.Single(DependencyRules.Violations(receiving));
        Assert.Contains("Gateway.Receiving uses Gateway.Outbound (Gateway.Outbound.Deliver.DeliveryDispatcher)", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Admin_using_a_stage_breaks_the_rules()
    {
        var admin = AssemblyFacts.Read(TestCompiler.Compile("Gateway.Admin",
            "namespace Gateway.Admin.Data; public static class Queries { public static int Count() => Gateway.Outbound.Deliver.DeliveryDispatcher.Delivered(); }",
            Outbound));

        Assert.Contains(DependencyRules.Violations(admin), v => v.StartsWith("Gateway.Admin uses Gateway.Outbound", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_reading_a_cli_command_breaks_two_rules()
    {
        var core = AssemblyFacts.Read(TestCompiler.Compile("Gateway.Core",
            "namespace Gateway.Core.Pulls; public static class Order { public static string First => Gateway.Host.Cli.Sync.SyncCommand.ConnectorOrder[0]; }",
            Executable));

        var violations = DependencyRules.Violations(core);

        Assert.Contains(violations, v => v.StartsWith("Gateway.Core uses gateway (Gateway.Host.Cli.Sync.SyncCommand)", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Gateway.Core uses Gateway.Host.Cli.Sync.SyncCommand: CLI commands belong to Gateway.Host", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contract_holding_a_domain_type_breaks_the_rules()
    {
        var contracts = AssemblyFacts.Read(TestCompiler.Compile("Gateway.Contracts",
            "namespace Gateway.Contracts; public sealed record UitvalRaised(long Id, Gateway.Core.Uitval.UitvalStage Stage);",
            Core));

        var violations = DependencyRules.Violations(contracts);

        Assert.Contains("Gateway.Contracts uses Gateway.Core (Gateway.Core.Uitval.UitvalStage), which it may not", violations);
        Assert.Contains("Gateway.Contracts uses Gateway.Core: bus contracts depend on nothing of ours", violations);
    }

    [Fact]
    public void The_same_assemblies_within_the_rules_pass()
    {
        var receiving = AssemblyFacts.Read(TestCompiler.Compile("Gateway.Receiving",
            "namespace Gateway.Receiving.Intake; public static class Intake { public static Gateway.Core.Uitval.UitvalStage Stage => Gateway.Core.Uitval.UitvalStage.Import; }",
            Core));

        Assert.Contains("Gateway.Core", receiving.References);
        Assert.Empty(DependencyRules.Violations(receiving));
    }

    [Fact]
    public void A_project_file_referencing_a_stage_from_receiving_breaks_the_rules()
    {
        var file = Path.Combine(RepoPaths.Root, "Gateway.Receiving", "Gateway.Receiving.csproj");
        var text = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\Gateway.Core\Gateway.Core.csproj" />
                <ProjectReference Include="..\Gateway.Outbound\Gateway.Outbound.csproj" />
              </ItemGroup>
            </Project>
            """;

        Assert.Equal(["Gateway.Receiving.csproj references Gateway.Outbound, which it may not"], ProjectGraph.Violations(file, text));
    }
}
