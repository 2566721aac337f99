namespace Gateway.Receiving.Intake;

/// <summary>
/// How one step of an account's receiving run last went — an import folder with one file filter pattern, or the
/// Retourmelding folder (<see cref="RetourStep"/>) — for readiness and operators: when it last ran, last succeeded,
/// since when it fails and why. One row per account, step, folder and filter, updated by every run.
/// </summary>
public sealed class IntakeStepStatus
{
    public const string ImportStep = "import";

    public const string RetourStep = "retour";

    public string Account { get; set; } = "";

    /// <summary><see cref="ImportStep"/> or <see cref="RetourStep"/>.</summary>
    public string Step { get; set; } = "";

    public string Folder { get; set; } = "";

    /// <summary>The file filter pattern of an import step; "" for the Retourmelding step.</summary>
    public string Filter { get; set; } = "";

    public DateTime LastRunUtc { get; set; }

    public DateTime? LastSuccessUtc { get; set; }

    /// <summary>When the step began to fail (null while it succeeds).</summary>
    public DateTime? FailingSinceUtc { get; set; }

    /// <summary>The last failure (null while it succeeds).</summary>
    public string? LastError { get; set; }
}
