using Gateway.Receiving.Processing;
using Gateway.Transport.Intake;

namespace Gateway.Receiving.Intake;

/// <summary>What one receiving run of an account did: the files' outcomes, and what it could not take in.</summary>
public sealed record ReceivingRun(IReadOnlyList<ReceivedFileOutcome> Outcomes, IReadOnlyList<IntakeProblem> Problems)
{
    /// <summary>Where each import step spent its time (<c>gateway receive --once --profile</c>, the receiving benchmark).</summary>
    public IReadOnlyList<IntakeStepTimings> Timings { get; init; } = [];

    /// <summary>Retourmeldingen delivered by this run (also those earlier runs left pending).</summary>
    public int RetourmeldingenDelivered { get; init; }

    /// <summary>Time spent delivering them (much of it while files were still being taken in).</summary>
    public TimeSpan RetourmeldingDeliveryTime { get; init; }
}

/// <summary>The time profile of one import step (folder and file filter pattern) of a run.</summary>
public sealed record IntakeStepTimings(string Folder, string Pattern, IntakeTimings Timings);
