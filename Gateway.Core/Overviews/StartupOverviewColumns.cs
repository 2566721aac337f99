namespace Gateway.Core.Overviews;

/// <summary>
/// The columns of the two start-up overviews (seed 003), the same for the sending side's export and the receiving side's
/// import: employees currently absent, with their IdWrknmr as ExternWerknemerID; absence cases open now or closed in the
/// last 28 days. Dates are <c>yyyy-MM-dd</c>.
/// </summary>
public static class StartupOverviewColumns
{
    public const string Employer = "IdWrkgvrArbdnst";
    public const string Employee = "ExternWerknemerID";
    public const string Employment = "IdDnstvbnd";
    public const string Case = "VrzmgvlId";
    public const string FirstDay = "DatEerstVrzmdg";
    public const string Recovered = "DatHrstld";
    public const string Sequence = "LaatsteVolgnummer";

    /// <summary>The employees overview, in this order.</summary>
    public static IReadOnlyList<string> Employees { get; } = [Employer, Employee, Employment];

    /// <summary>The absence cases overview, in this order.</summary>
    public static IReadOnlyList<string> Cases { get; } = [Employer, Employee, Case, FirstDay, Recovered, Employment, Sequence];

    /// <summary>How long after recovery a case still belongs in the overview (it can still become one absence with a new one).</summary>
    public const int ClosedCaseDays = 28;
}
