namespace Gateway.Receiving.Register;

/// <summary>An absence case (VrzmgvlId) and where its chain of messages stands.</summary>
public sealed class AbsenceCase
{
    public long Id { get; set; }

    public string Account { get; set; } = "";

    public string EmployerId { get; set; } = "";

    public string VrzmgvlId { get; set; } = "";

    public string IdWrknmr { get; set; } = "";

    public string? IdDnstvbnd { get; set; }

    public AbsenceCaseStatus Status { get; set; }

    /// <summary>The last applied sequence number (VrzmgvlVnrMld); null for a case from the overview until its first message.</summary>
    public int? LastSequence { get; set; }

    public string? LastVrwrkCd { get; set; }

    public DateOnly? FirstSickDay { get; set; }

    public DateOnly? RecoveredOn { get; set; }

    public int? SiviClassification { get; set; }

    public string? ReceiverClassification { get; set; }

    public RegisterSource Source { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
