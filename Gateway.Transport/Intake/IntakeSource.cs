using Gateway.Transport.Files;

namespace Gateway.Transport.Intake;

/// <summary>One folder the intake polls: which files to take and what to do with them afterwards.</summary>
public sealed record IntakeSource
{
    /// <summary>Stable name of the source (account + folder), part of the journal key and the staging subfolder.</summary>
    public required string Name { get; init; }

    /// <summary>The folder to poll (remote path, or relative to a local folder's root).</summary>
    public required string Folder { get; init; }

    /// <summary>
    /// Which file names to take, e.g. <c>RM*.xml</c>. Names starting with '.' are never taken, whatever the filter:
    /// uploads in progress use such names (<c>.VZ_1.xml.part</c>), so a dot file is skipped and left alone.
    /// </summary>
    public required GlobPattern FileFilter { get; init; }

    /// <summary>
    /// The largest file taken, by the size the listing gives (null: no limit). A larger file is not downloaded: it is
    /// reported under <see cref="IntakeRunResult.Refused"/> and left at the source. A download never writes more than
    /// the listed size into staging.
    /// </summary>
    public long? MaxFileBytes { get; init; }

    public IntakeAfterAction AfterAction { get; init; } = IntakeAfterAction.Delete;

    /// <summary>For <see cref="IntakeAfterAction.Archive"/>: the folder taken files are moved to (created when missing).</summary>
    public string? ArchiveFolder { get; init; }

    /// <summary>Time between the two listings a file's size and mtime must agree in before it is taken.</summary>
    public TimeSpan StabilityInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this many files are taken per run (the rest wait for the next).</summary>
    public int MaxFilesPerRun { get; init; } = 500;

    internal void Validate()
    {
        if (!RemoteName.IsPlain(Name) || Name.StartsWith('.'))
        {
            throw new ArgumentException($"intake source name '{Name}' must be a plain name (it names a staging folder)");
        }
        ArgumentException.ThrowIfNullOrEmpty(Folder);
        ArgumentNullException.ThrowIfNull(FileFilter);
        if (AfterAction == IntakeAfterAction.Archive && string.IsNullOrWhiteSpace(ArchiveFolder))
        {
            throw new ArgumentException($"intake source '{Name}' archives taken files but names no ArchiveFolder");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(StabilityInterval.Ticks, nameof(StabilityInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFilesPerRun, 1);
        if (MaxFileBytes is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(max, nameof(MaxFileBytes));
        }
    }
}
