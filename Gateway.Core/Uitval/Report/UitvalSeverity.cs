namespace Gateway.Core.Uitval.Report;

/// <summary>How serious a reported item is; <see cref="UitvalMailLevel"/> decides which ones a recipient sees.</summary>
public enum UitvalSeverity
{
    /// <summary>The record failed and did not reach the receiver.</summary>
    Uitval = 1,

    /// <summary>The record went through, with a remark worth checking.</summary>
    Warning = 2,

    /// <summary>For information only.</summary>
    Notice = 3,
}
