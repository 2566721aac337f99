using Gateway.Receiving.Events;
using Gateway.Receiving.Processing;
using Sivi.Messages;

namespace Gateway.Receiving.Register;

/// <summary>What the register did with one message: applied it, parked it (waiting) or refused it.</summary>
internal sealed record RegisterStep(
    ReceivedFileRecord File,
    SiviMessage Message,
    ReceivedFileStatus Status,
    IReadOnlyList<ReceivingError> Errors,
    IReadOnlyList<ReceivedAbsence> Absences);
