using Gateway.Host.Uitval;

namespace Gateway.Host.Bus.Contracts;

/// <summary>A record failed and was put in uitvalbeheer. Keys and reasons only: never BSN, IBAN or medical content.</summary>
/// <param name="UitvalId">The id of the uitval entry.</param>
/// <param name="Integration">The integration (account) the record belongs to.</param>
/// <param name="Stage">Where it failed: import, transformation, validation or delivery.</param>
/// <param name="RecordKey">The key the record is fetched again by, e.g. an employee GUID.</param>
/// <param name="Reason">Why it failed, without personal data.</param>
public sealed record UitvalRaised(long UitvalId, string Integration, UitvalStage Stage, string? RecordKey, string Reason);
