using Gateway.Afas.Rows;

namespace Gateway.Outbound.Convert.Absence;

/// <summary>
/// One Verzuimmelding to send for a case: its kind, the case as it stands (<see cref="Case"/>), the verloop row whose
/// percentage it reports (<see cref="Phase"/>), the date the mutation takes effect and the AFAS records it stems from.
/// </summary>
public sealed record AbsenceEvent(
    AbsenceEventKind Kind,
    AbsenceCase Case,
    VerzuimRow Phase,
    DateOnly EffectiveDate,
    bool Ended,
    DateOnly? PreviousBegin,
    IReadOnlyList<AfasRecordKey> SourceKeys);
