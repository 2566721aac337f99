namespace Gateway.Contracts;

/// <summary>A received document or afspraak is a dossier item in AFAS now.</summary>
/// <param name="ItemId">The stored item's id.</param>
/// <param name="Account">The arbodienst account it came from.</param>
/// <param name="Kind"><c>Document</c> or <c>Afspraak</c>.</param>
/// <param name="AfasSubjectId">The dossier item's id in AFAS (SbId).</param>
public sealed record DossierItemDelivered(long ItemId, string Account, string Kind, string AfasSubjectId);
