using Gateway.Admin;
using Gateway.Core.Accounts;
using Gateway.Core.Bus;
using Gateway.Core.Configuration;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval.Report;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Deliver;
using Gateway.Receiving;
using Gateway.Receiving.Accounts;
using Gateway.Transport.Hosted;

namespace Gateway.Host.Configuration;

/// <summary>Every configuration section the gateway binds, with the options type it binds to (for <see cref="BindingCheck"/>).</summary>
internal static class ConfiguredSections
{
    /// <summary>Sections bound as one object.</summary>
    public static readonly IReadOnlyList<(string Path, Type Type)> Single =
    [
        (DatabaseOptions.Section, typeof(DatabaseOptions)),
        (GatewayHostOptions.Section, typeof(GatewayHostOptions)),
        (AdminOptions.Section, typeof(AdminOptions)),
        (BusOptions.Section, typeof(BusOptions)),
        (UitvalReportOptions.Section, typeof(UitvalReportOptions)),
        (DeliveryRetryPolicy.Section, typeof(DeliveryRetryPolicy)),
        (GatewayConfiguration.HostedSftpSection, typeof(HostedSftpOptions)),
        (ReceivingOptions.Section, typeof(ReceivingOptions)),
        (EmployerGroupsOptions.Section, typeof(Dictionary<string, List<string>>)),
        (Health.HealthOptions.Section, typeof(Health.HealthOptions)),
        (Telemetry.TelemetryOptions.Section, typeof(Telemetry.TelemetryOptions)),
    ];

    /// <summary>Sections whose children are named entries (accounts, integrations), each bound to the type; with an optional sub-section bound to another.</summary>
    public static readonly IReadOnlyList<(string Path, Type Type)> Named =
    [
        (AccountCatalog.Section, typeof(PartnerAccountOptions)),
        (IntegrationCatalog.Section, typeof(IntegrationOptions)),
        (ReceivingAccountOptions.Section, typeof(ReceivingAccountOptions)),
    ];

    /// <summary>The mapping profile under each account.</summary>
    public const string MappingKey = "Mapping";

    public static readonly Type MappingType = typeof(MappingProfile);
}
