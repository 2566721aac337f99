namespace Gateway.Core.Ledger;

/// <summary>How far an account's conversion has read its integration's mutations (the last converted mutation id).</summary>
public sealed class ConversionCursor
{
    public required string Account { get; set; }

    public long LastMutationId { get; set; }
}
