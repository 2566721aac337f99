namespace Gateway.Contracts;

/// <summary>The receiver answered a delivered message with a retourmelding (processing report).</summary>
/// <param name="MessageId">The ledger id of the original message, when it could be matched.</param>
/// <param name="Account">The arbodienst account that answered.</param>
/// <param name="OriginalBerrefnr">The berichtreferentienummer (Berrefnr) of the original message.</param>
/// <param name="Processed">Whether the receiver processed the original message.</param>
/// <param name="ErrorCount">How many errors the retourmelding lists.</param>
public sealed record RetourmeldingReceived(Guid? MessageId, string Account, string OriginalBerrefnr, bool Processed, int ErrorCount);
