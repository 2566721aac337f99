namespace Gateway.Transport.Intake;

/// <summary>
/// A file the intake did not take and left at the source, for the account to be told: its name as
/// <see cref="Files.RemoteName.Render"/> shows it (never the raw name) and why — a name that is not a plain file name,
/// a link or special file, or a file larger than the limit.
/// </summary>
public sealed record IntakeRefusal(string ShownName, string Reason)
{
    public override string ToString() => $"{ShownName} {Reason}";
}
