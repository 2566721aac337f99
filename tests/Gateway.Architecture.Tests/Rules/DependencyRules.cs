namespace Gateway.Architecture.Tests.Rules;

/// <summary>
/// The gateway's dependency rules: which of our projects may use which. Libraries (.NET, NuGet packages) are always
/// allowed; among our own projects only what is listed here. The same rules are checked on the project files (what a
/// project may reference) and on the compiled assemblies (what it really uses).
/// </summary>
public static class DependencyRules
{
    /// <summary>Our projects: everything else an assembly references is a library.</summary>
    public static readonly IReadOnlySet<string> Ours = new HashSet<string>(StringComparer.Ordinal)
    {
        "Gateway.Contracts", "Gateway.Core", "Gateway.Afas", "Gateway.Outbound", "Gateway.Receiving", "Gateway.Admin",
        "gateway", "Gateway.Host", "Gateway.Transport", "Sivi.Schemas", "Sivi.Messages", "Afas.Simulator",
    };

    /// <summary>The product projects and what each may use of ours (the executable's assembly is called "gateway").</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Allowed = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        // bus messages of primitives only: nothing of ours
        ["Gateway.Contracts"] = Set(),
        // shared by every stage, depends on none; an account's options name its SFTP client (Transport knows nothing of ours)
        ["Gateway.Core"] = Set("Gateway.Contracts", "Gateway.Transport"),
        ["Gateway.Afas"] = Set("Gateway.Core", "Gateway.Contracts"),
        // conversion reads AFAS rows; delivery and the Retourmelding intake move files (Transport); messages are SIVI
        ["Gateway.Outbound"] = Set("Gateway.Core", "Gateway.Contracts", "Gateway.Afas", "Gateway.Transport", "Sivi.Schemas", "Sivi.Messages"),
        // the receiving role takes partners' files (Transport) and reads and writes SIVI messages; no other stage
        ["Gateway.Receiving"] = Set("Gateway.Core", "Gateway.Contracts", "Gateway.Transport", "Sivi.Schemas", "Sivi.Messages"),
        // queries through Core's database, actions through Core
        ["Gateway.Admin"] = Set("Gateway.Core", "Gateway.Contracts"),
        // the executable puts everything together; the only one that may use the AFAS simulator
        ["gateway"] = Set("Gateway.Core", "Gateway.Contracts", "Gateway.Afas", "Gateway.Outbound", "Gateway.Receiving", "Gateway.Admin",
            "Gateway.Transport", "Sivi.Schemas", "Sivi.Messages", "Afas.Simulator"),
        ["Gateway.Transport"] = Set(),
        ["Sivi.Schemas"] = Set(),
        ["Sivi.Messages"] = Set("Sivi.Schemas"),
    };

    /// <summary>Every use of one of our assemblies that the rules do not allow, as readable lines (empty: all is well).</summary>
    public static IReadOnlyList<string> Violations(AssemblyFacts assembly)
    {
        if (!Allowed.TryGetValue(assembly.Name, out var allowed))
        {
            return [$"{assembly.Name} is not a known product project; add it to {nameof(DependencyRules)}.{nameof(Allowed)} with what it may use"];
        }
        var violations = new List<string>();
        foreach (var reference in assembly.References.Where(r => Ours.Contains(r) && !allowed.Contains(r)).Distinct().Order(StringComparer.Ordinal))
        {
            var examples = assembly.TypeUses.Where(u => u.Assembly == reference).Select(u => u.FullName).Distinct().Order(StringComparer.Ordinal).Take(5);
            violations.Add($"{assembly.Name} uses {reference} ({string.Join(", ", examples)}), which it may not");
        }
        violations.AddRange(CommandUses(assembly));
        if (assembly.Name == "Gateway.Contracts")
        {
            violations.AddRange(assembly.References.Where(r => Ours.Contains(r)).Select(r => $"Gateway.Contracts uses {r}: bus contracts depend on nothing of ours"));
        }
        return violations;
    }

    /// <summary>Only the executable has CLI commands: no other assembly uses a *Command type of ours or System.CommandLine.</summary>
    public static IEnumerable<string> CommandUses(AssemblyFacts assembly)
    {
        if (assembly.Name == "gateway")
        {
            yield break;
        }
        foreach (var use in assembly.TypeUses.Where(u => (u.Name.EndsWith("Command", StringComparison.Ordinal) && Ours.Contains(u.Assembly!))
            || u.Assembly == "System.CommandLine").Select(u => u.FullName).Distinct().Order(StringComparer.Ordinal))
        {
            yield return $"{assembly.Name} uses {use}: CLI commands belong to Gateway.Host, and nothing outside it may read from them";
        }
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
