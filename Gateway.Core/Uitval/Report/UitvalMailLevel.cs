namespace Gateway.Core.Uitval.Report;

/// <summary>How much an account's report recipients want to see in the daily e-mail.</summary>
public enum UitvalMailLevel
{
    /// <summary>Only records that failed (uitval). The default.</summary>
    OnlyUitval = 1,

    /// <summary>Uitval and warnings (records that went through with a remark).</summary>
    WithWarnings = 2,

    /// <summary>Uitval, warnings and notices.</summary>
    All = 3,

    /// <summary>Everything, with the integration, field, severity and time of every item as extra columns.</summary>
    WithMetadata = 4,
}
