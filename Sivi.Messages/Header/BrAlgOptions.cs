namespace Sivi.Messages.Header;

/// <summary>The per-link parts of the BrAlg header, agreed between sender and receiver.</summary>
/// <param name="IdInzndr">Identification of the sender (IdInzndr).</param>
/// <param name="IdOntvngr">Identification of the receiver (IdOntvngr).</param>
/// <param name="GebrSwPakket">Name of the sending software package (GebrSwPakket).</param>
/// <param name="Test">TestJN: the message is a test message.</param>
/// <param name="OntvangstbevestigingGevraagd">OntvngstbevJN: the sender asks for a Retourmelding.</param>
public sealed record BrAlgOptions(
    string IdInzndr,
    string IdOntvngr,
    string GebrSwPakket = "SIVI Gateway",
    bool Test = false,
    bool OntvangstbevestigingGevraagd = true);
