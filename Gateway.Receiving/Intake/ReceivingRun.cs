using Gateway.Receiving.Processing;

namespace Gateway.Receiving.Intake;

/// <summary>What one receiving run of an account did: the files' outcomes, and what it could not take in.</summary>
public sealed record ReceivingRun(IReadOnlyList<ReceivedFileOutcome> Outcomes, IReadOnlyList<IntakeProblem> Problems);
