namespace Gateway.Outbound.Convert.Absence;

/// <summary>The messages to send for one case, in order, or why none is sent.</summary>
public sealed record AbsencePlan(IReadOnlyList<AbsenceEvent> Events, string? SkipReason)
{
    public static AbsencePlan Skip(string reason) => new([], reason);
}
