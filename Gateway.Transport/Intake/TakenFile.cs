namespace Gateway.Transport.Intake;

/// <summary>
/// A file the intake took: its source version (<see cref="Name"/> is its plain file name at the source) and where its
/// staged copy lies under the gateway's own name while it is handed over (removed once handled).
/// </summary>
public sealed record TakenFile(IntakeKey Key, string StagedPath)
{
    public string Name => Files.TransferPath.GetFileName(Key.Path);
}
