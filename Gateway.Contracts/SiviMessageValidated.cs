namespace Gateway.Contracts;

/// <summary>
/// A SIVI message was built and passed schema validation; it is in the ledger and about to be queued for delivery.
/// Carries identifiers only: the body stays in the ledger.
/// </summary>
/// <param name="MessageId">The ledger id of the message.</param>
/// <param name="Account">The arbodienst account (receiver) it is for.</param>
/// <param name="MessageType">SIVI message type, e.g. <c>Verzuimmelding</c>.</param>
/// <param name="Release">SIVI release (jaargang), e.g. <c>2024</c>.</param>
/// <param name="CaseKey">The absence case or employee whose order it keeps, when it belongs to one.</param>
public sealed record SiviMessageValidated(Guid MessageId, string Account, string MessageType, string Release, string? CaseKey);
