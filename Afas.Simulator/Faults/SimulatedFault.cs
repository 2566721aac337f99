namespace Afas.Simulator.Faults;

/// <summary>A fault to inject; only the settings that belong to its kind are used.</summary>
public sealed record SimulatedFault(SimulatedFaultKind Kind)
{
    /// <summary>retry_after in seconds for <see cref="SimulatedFaultKind.Unavailable"/>; null sends none.</summary>
    public int? RetryAfterSeconds { get; init; }

    public bool RetryAfterInHeader { get; init; } = true;

    public bool RetryAfterInBody { get; init; } = true;

    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    public int CorruptEvery { get; init; } = 10;

    /// <summary>The field <see cref="SimulatedFaultKind.UnreadableValues"/> spoils; null: the first field that is not text.</summary>
    public string? Field { get; init; }

    public string ExternalMessage { get; init; } = "Er is een onverwachte fout opgetreden in Profit.";

    public int ErrorNumber { get; init; } = -2146232832;
}
