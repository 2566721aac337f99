namespace Gateway.Transport.Intake;

/// <summary>What happens to a source file once it is safely in local staging and journalled.</summary>
public enum IntakeAfterAction
{
    /// <summary>Delete it from the source folder.</summary>
    Delete,

    /// <summary>Move it into <see cref="IntakeSource.ArchiveFolder"/> on the same server.</summary>
    Archive,
}
