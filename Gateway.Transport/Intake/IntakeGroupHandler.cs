namespace Gateway.Transport.Intake;

/// <summary>
/// What the caller does with a group of files <see cref="FileIntake.RunGroupedAsync(Files.ITransferFileSystem, IntakeSource, GroupedIntakeOptions, IntakeGroupHandler, CancellationToken)"/> took, in name order: read each
/// file (<see cref="IntakeGroupItem.OpenContent"/>) and commit what they mean durably before returning. A file the
/// handler could not commit gets <see cref="IntakeGroupItem.Failure"/>: it stays staged and at the source, and the next
/// run hands it over again; the others may leave the source. Throwing fails the whole group the same way.
/// </summary>
public delegate Task IntakeGroupHandler(IReadOnlyList<IntakeGroupItem> files, CancellationToken cancellationToken);

/// <summary>One file of a group handed to an <see cref="IntakeGroupHandler"/>.</summary>
public sealed class IntakeGroupItem
{
    private readonly Func<Stream> _open;

    internal IntakeGroupItem(TakenFile file, Func<Stream> open)
    {
        File = file;
        _open = open;
    }

    public TakenFile File { get; }

    /// <summary>Set by the handler when it could not commit this file (why, without contents).</summary>
    public string? Failure { get; set; }

    /// <summary>Opens the staged copy for reading; the caller disposes it.</summary>
    public Stream OpenContent() => _open();
}
