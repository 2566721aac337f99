namespace Gateway.Receiving.Intake;

/// <summary>
/// Something a receiving run could not take in, reported to the account (uitval, the run's processing report, the
/// daily mail) and left as it is at the partner: a whole step that failed — an import folder that is missing or
/// unreadable, the Retourmelding folder — or one file (<see cref="ShownName"/>, safely rendered) refused before download.
/// </summary>
public sealed record IntakeProblem(string Account, string Folder, string? ShownName, string Reason)
{
    /// <summary>Set by <see cref="IntakeProblemRecorder"/> when no open uitval entry said the same already (so it is mailed once).</summary>
    public bool IsNew { get; init; }

    /// <summary>The uitval record key: the folder, or the folder and the file.</summary>
    public string RecordKey => ShownName is null ? Folder : $"{Folder.TrimEnd('/')}/{ShownName}";

    public override string ToString() => ShownName is null ? $"{Folder}: {Reason}" : $"{Folder}: {ShownName} {Reason}";
}
