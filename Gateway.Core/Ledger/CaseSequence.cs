namespace Gateway.Core.Ledger;

/// <summary>The last sequence number handed out per (account, case): VrzmgvlVnrMld is never reused.</summary>
public sealed class CaseSequence
{
    public required string Account { get; set; }

    public required string CaseKey { get; set; }

    public int Last { get; set; }
}
