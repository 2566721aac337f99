namespace Gateway.Receiving.Accounts;

/// <summary>How much a report recipient of a receiving account wants in each processing report.</summary>
public enum ReportMailLevel
{
    /// <summary>Only files and messages that were refused or wait in the chain (uitval). The default.</summary>
    OnlyUitval = 1,

    /// <summary>Uitval and warnings.</summary>
    WithWarnings = 2,

    /// <summary>Every file, processed ones included.</summary>
    All = 3,

    /// <summary>Every file, with its type, release, Berrefnr and times as extra columns.</summary>
    WithMetadata = 4,
}
