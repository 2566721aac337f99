namespace Gateway.Transport.Intake;

/// <summary>A file the intake took: its source version and where it now lies in local staging.</summary>
public sealed record TakenFile(IntakeKey Key, string StagedPath)
{
    public string Name => System.IO.Path.GetFileName(Key.Path);
}
