namespace Gateway.Core.Integrations;

/// <summary>Which AFAS Online environment of a participant: production (rest), test (resttest) or accept (restaccept).</summary>
public enum AfasEnvironmentKind
{
    Production,
    Test,
    Accept,
}
