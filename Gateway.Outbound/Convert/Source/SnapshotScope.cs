namespace Gateway.Outbound.Convert.Source;

/// <summary>
/// What a <see cref="SourceSnapshot"/> that holds only part of the integration's state holds: the rows and bank
/// accounts of some employees, the rows of some cases, and the <see cref="EmploymentFacts"/> of every employment.
/// Asking for an employee or case outside it is a gateway fault (it throws), never a silent "not in AFAS".
/// </summary>
public sealed class SnapshotScope(IReadOnlyList<EmploymentFacts> employments, IReadOnlySet<string> employees, IReadOnlySet<string> cases)
{
    public IReadOnlyList<EmploymentFacts> Employments { get; } = employments;

    /// <param name="guid">Normalised (<see cref="Values.Identifiers.Guid"/>).</param>
    public void RequireEmployee(string guid)
    {
        if (!employees.Contains(guid))
        {
            throw new InvalidOperationException("the conversion asked for an employee its batch did not load");
        }
    }

    /// <param name="guid">Normalised (<see cref="Values.Identifiers.Guid"/>).</param>
    public void RequireCase(string guid)
    {
        if (!cases.Contains(guid))
        {
            throw new InvalidOperationException("the conversion asked for a case its batch did not load");
        }
    }
}
