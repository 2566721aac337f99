using Gateway.Core.Privacy;

namespace Gateway.Receiving.Processing;

/// <summary>
/// One reason a received file was refused or waits: the kind, the SIVI SrtFoutCd it is reported with and the
/// Toelichting (Dutch, for the sender; at most 512 characters; never BSN, IBAN or medical content).
/// </summary>
public sealed record ReceivingError
{
    public const int MaxToelichtingLength = 512;

    public ReceivingError(ReceivingErrorKind kind, string toelichting)
    {
        Kind = kind;
        SrtFoutCd = SrtFoutCodes.For(kind);
        Toelichting = PersonalDataScrubber.Scrub(toelichting, MaxToelichtingLength);
    }

    public ReceivingErrorKind Kind { get; }

    public string SrtFoutCd { get; }

    public string Toelichting { get; }

    public override string ToString() => $"{SrtFoutCd} {Kind}: {Toelichting}";
}
