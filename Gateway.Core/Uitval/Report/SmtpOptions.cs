namespace Gateway.Core.Uitval.Report;

/// <summary>Section <c>Gateway:UitvalReport:Smtp</c>: the mail server the report is handed to.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    /// <summary>Default 587 (submission).</summary>
    public int Port { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS (required when on). Off only for a local relay.</summary>
    public bool UseStartTls { get; set; } = true;

    /// <summary>Log in when set.</summary>
    public string? Username { get; set; }

    /// <summary>Prefer an environment variable or the secret store over a plain configuration file.</summary>
    public string? Password { get; set; }

    /// <summary>How long connecting and each command may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
