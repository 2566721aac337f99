namespace Gateway.Outbound.Ledger;

/// <summary>A validated message ready to enter the ledger.</summary>
public sealed record NewLedgerMessage(string Account, string MessageType, string Release, string CaseKey, string Berrefnr,
    string FileName, ReadOnlyMemory<byte> Body, long? SourceMutationId = null);
