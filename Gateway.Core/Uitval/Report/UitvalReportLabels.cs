namespace Gateway.Core.Uitval.Report;

/// <summary>The Dutch words the report uses for stages and severities.</summary>
public static class UitvalReportLabels
{
    public static string Stage(UitvalStage stage) => stage switch
    {
        UitvalStage.Import => "Import",
        UitvalStage.Transformation => "Transformatie",
        UitvalStage.Validation => "Validatie",
        UitvalStage.Delivery => "Aflevering",
        UitvalStage.Connection => "Verbinding",
        _ => stage.ToString(),
    };

    public static string Severity(UitvalSeverity severity) => severity switch
    {
        UitvalSeverity.Uitval => "Uitval",
        UitvalSeverity.Warning => "Waarschuwing",
        UitvalSeverity.Notice => "Melding",
        _ => severity.ToString(),
    };
}
