namespace Gateway.Receiving.Register;

/// <summary>One applied message of an absence case; (CaseId, Sequence) is unique, so no sequence is applied twice.</summary>
public sealed class AbsenceCaseMessage
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public int Sequence { get; set; }

    public string VrwrkCd { get; set; } = "";

    public string Berrefnr { get; set; } = "";

    public long FileId { get; set; }

    public DateTime AppliedUtc { get; set; }
}
