namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// A message that passed the validation gate: type, release, what it is about, its Berrefnr, the file name delivery
/// uses, the XML and the AFAS records it came from. For Verzuimmeldingen also the VrwrkCd and VrzmgvlVnrMld.
/// </summary>
public sealed record ConvertedMessage(
    string MessageName,
    string Release,
    string SubjectKey,
    string Berrefnr,
    string FileName,
    byte[] Content,
    string Connector,
    IReadOnlyList<string> RecordKeys)
{
    public string? VrwrkCd { get; init; }

    public int? Sequence { get; init; }
}
