namespace Gateway.Transport.Intake;

/// <summary>
/// What the caller does with a file <see cref="FileIntake"/> took: read <paramref name="content"/> and commit what it
/// means (processed, or refused on purpose) durably before returning. Returning is the signal that the file may leave
/// the source; throwing leaves it staged and at the source, and the next run hands it over again.
/// </summary>
public delegate Task IntakeHandler(TakenFile file, Stream content, CancellationToken cancellationToken);
