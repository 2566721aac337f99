namespace Gateway.Receiving.Classifications;

/// <summary>An absence's SIVI classification and the receiver's code for it.</summary>
/// <param name="Sivi">One of the eleven SIVI classifications.</param>
/// <param name="ReceiverCode">The receiver's own classification code.</param>
/// <param name="Source">Which mapping gave the code.</param>
public sealed record AbsenceClassification(SiviAbsenceClassification Sivi, string ReceiverCode, ClassificationSource Source);

/// <summary>Where a receiver classification code came from.</summary>
public enum ClassificationSource
{
    /// <summary>No mapping names the classification: the SIVI code itself (<c>SIVI01</c>…).</summary>
    SiviDefault = 1,

    /// <summary>The environment mapping <c>Gateway:Receiving:Classifications</c>.</summary>
    Environment = 2,

    /// <summary>The account's <c>ClassificationOverrides</c>.</summary>
    AccountOverride = 3,
}
