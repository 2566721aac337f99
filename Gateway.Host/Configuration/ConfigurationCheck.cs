using Gateway.Admin;
using Gateway.Core.Accounts;
using Gateway.Core.Bus;
using Gateway.Core.Configuration;
using Gateway.Core.Integrations;
using Gateway.Core.Uitval.Report;
using Gateway.Outbound;
using Gateway.Outbound.Convert.Profile;
using Gateway.Receiving;
using Gateway.Receiving.Accounts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Registry;

namespace Gateway.Host.Configuration;

/// <summary>
/// Checks the whole configuration before the gateway starts (<c>gateway run</c>, <c>gateway config check</c>): first
/// every value against the type it binds to, then the rules of each section (the same checks the modules run when
/// they start), the accounts' mapping profiles and that their SIVI release is installed. Every problem is one line
/// naming its configuration path.
/// </summary>
public static class ConfigurationCheck
{
    public static IReadOnlyList<string> Find(IConfiguration configuration, SchemaRegistry schemas)
    {
        var problems = new List<string>();
        CheckBinding(configuration, problems);
        if (problems.Count > 0)
        {
            return problems; // the rules below bind the values, which would fail on the same problems again
        }
        CheckOptions(configuration, problems);
        Collect(problems, () => AccountCatalog.Load(configuration));
        Collect(problems, () => ReceivingAccountCatalog.Load(configuration, schemas.IsInstalled));
        Collect(problems, () => new ServiceCollection().AddGatewayAdmin(configuration));
        Collect(problems, () => (configuration.GetSection(Telemetry.TelemetryOptions.Section).Get<Telemetry.TelemetryOptions>() ?? new()).OtlpEndpoint(Environment.GetEnvironmentVariable));
        problems.AddRange(BusOptionsValidator.Validate(configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions()));
        if (configuration.GetSection($"{UitvalReportOptions.Section}:Smtp:Host").Exists())
        {
            problems.AddRange(UitvalReportOptionsValidator.Validate(configuration.GetSection(UitvalReportOptions.Section).Get<UitvalReportOptions>() ?? new UitvalReportOptions()));
        }
        CheckAccounts(configuration, schemas, problems);
        return problems;
    }

    /// <exception cref="InvalidConfigurationException">Listing every problem found.</exception>
    public static void ThrowIfInvalid(IConfiguration configuration, SchemaRegistry schemas)
    {
        var problems = Find(configuration, schemas);
        if (problems.Count > 0)
        {
            throw new InvalidConfigurationException(problems);
        }
    }

    private static void CheckBinding(IConfiguration configuration, List<string> problems)
    {
        foreach (var (path, type) in ConfiguredSections.Single)
        {
            BindingCheck.Check(configuration.GetSection(path), type, problems);
        }
        foreach (var (path, type) in ConfiguredSections.Named)
        {
            foreach (var entry in configuration.GetSection(path).GetChildren())
            {
                BindingCheck.Check(entry, type, problems);
            }
        }
        foreach (var account in configuration.GetSection(AccountCatalog.Section).GetChildren())
        {
            BindingCheck.Check(account.GetSection(ConfiguredSections.MappingKey), ConfiguredSections.MappingType, problems);
        }
    }

    /// <summary>The options the modules check when a host starts (database, host, delivery retry, receiving).</summary>
    private static void CheckOptions(IConfiguration configuration, List<string> problems)
    {
        using var provider = new ServiceCollection().AddGatewayOutbound(configuration).AddGatewayReceiving(configuration).BuildServiceProvider();
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            problems.AddRange(e.Failures);
        }
        catch (AggregateException e)
        {
            problems.AddRange(e.InnerExceptions.OfType<OptionsValidationException>().SelectMany(o => o.Failures));
        }
        Collect(problems, () => provider.GetRequiredService<ReceivingOptions>());
    }

    private static void CheckAccounts(IConfiguration configuration, SchemaRegistry schemas, List<string> problems)
    {
        var integrations = configuration.GetSection(IntegrationCatalog.Section).GetChildren().Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var account in configuration.GetSection(AccountCatalog.Section).GetChildren())
        {
            var path = $"{AccountCatalog.Section}:{account.Key}";
            var mapping = account.GetSection(ConfiguredSections.MappingKey);
            if (!mapping.Exists())
            {
                continue; // the account only delivers what is in the ledger; no conversion, so no integration needed
            }
            var integration = account[nameof(PartnerAccountOptions.Integration)];
            if (string.IsNullOrWhiteSpace(integration) || !integrations.Contains(integration))
            {
                problems.Add($"{path}:Integration '{integration}' is not configured under {IntegrationCatalog.Section} (configured: {string.Join(", ", integrations)})");
            }
            var profile = MappingProfileLoader.Bind(mapping);
            profile.Account = account.Key;
            profile.Integration = integration ?? "";
            if (profile.Release is { Length: > 0 } release && !schemas.HasRelease(release))
            {
                problems.Add($"{mapping.Path}:Release '{release}' is not installed (installed: {string.Join(", ", schemas.Releases)})");
            }
            problems.AddRange(MappingProfileValidator.Validate(profile, SiviDefinitions.Embedded)
                .Where(p => !p.StartsWith("Integration ", StringComparison.Ordinal)
                    && !(p.StartsWith("Release ", StringComparison.Ordinal) && profile.Release is { Length: > 0 } r && schemas.HasRelease(r) is false))
                .Select(p => $"{mapping.Path}: {p}"));
        }
    }

    /// <summary>Runs a loader that throws on bad configuration and keeps its problems.</summary>
    private static void Collect(List<string> problems, Action load)
    {
        try
        {
            load();
        }
        catch (ReceivingConfigurationException e)
        {
            problems.AddRange(e.Problems);
        }
        catch (InvalidConfigurationException e)
        {
            problems.AddRange(e.Problems);
        }
        catch (InvalidOperationException e)
        {
            problems.Add(e.Message);
        }
    }
}
