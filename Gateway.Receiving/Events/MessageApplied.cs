using Gateway.Receiving.Classifications;
using Sivi.Messages;

namespace Gateway.Receiving.Events;

/// <summary>
/// A SIVI message from a sending partner was applied to the receiving register; downstream case systems take it
/// from here. Carries the parsed message (with personal data: publish it only on the internal bus, never log it).
/// </summary>
/// <param name="Account">The receiving account (sending partner) it came from.</param>
/// <param name="FileId">The register's id of the received file (arrival order).</param>
/// <param name="FileName">The file name as it arrived.</param>
/// <param name="MessageType">SIVI message type, e.g. <c>Verzuimmeldingen</c>.</param>
/// <param name="Release">SIVI release of the message, e.g. <c>2024</c>.</param>
/// <param name="Berrefnr">The message's Berrefnr.</param>
/// <param name="Message">The message read into the typed model.</param>
/// <param name="Absences">For a Verzuimmeldingen message: each absence case it touched, with its classification.</param>
/// <param name="AppliedAt">When the register applied it.</param>
public sealed record MessageApplied(
    string Account,
    long FileId,
    string FileName,
    string MessageType,
    string Release,
    string Berrefnr,
    SiviMessage Message,
    IReadOnlyList<ReceivedAbsence> Absences,
    DateTimeOffset AppliedAt);

/// <summary>One absence case a received Verzuimmelding touched.</summary>
/// <param name="EmployerId">IdWrkgvrArbdnst of the employer.</param>
/// <param name="IdWrknmr">The employee's key.</param>
/// <param name="VrzmgvlId">The absence case's key.</param>
/// <param name="Sequence">The message's sequence number within the case (VrzmgvlVnrMld).</param>
/// <param name="VrwrkCd">The verwerkingscode (01 start, 02 change, 03 end, 04 correction, 05 deletion — assumed meanings).</param>
/// <param name="Classification">The SIVI classification and the receiver's code for it.</param>
public sealed record ReceivedAbsence(string EmployerId, string IdWrknmr, string VrzmgvlId, int Sequence, string VrwrkCd, AbsenceClassification Classification);
