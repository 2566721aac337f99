using Gateway.Host.Receiving.Events;
using Gateway.Host.Receiving.Processing;
using Sivi.Messages;

namespace Gateway.Host.Receiving.Register;

/// <summary>What the register did with one message: applied it, parked it (waiting) or refused it.</summary>
internal sealed record RegisterStep(
    ReceivedFileRecord File,
    SiviMessage Message,
    ReceivedFileStatus Status,
    IReadOnlyList<ReceivingError> Errors,
    IReadOnlyList<ReceivedAbsence> Absences);
