namespace Gateway.Core.Overviews;

/// <summary>What an overview import did; when <see cref="Errors"/> is not empty nothing was imported.</summary>
/// <param name="EmployeesAdded">Employees new to the register.</param>
/// <param name="EmployeesKnown">Employees the register already had (left as they were).</param>
/// <param name="CasesAdded">Absence cases new to the register.</param>
/// <param name="CasesKnown">Absence cases the register already had from messages (left as they were).</param>
/// <param name="Errors">One line per rejected row: file, line number, column and rule — never the value.</param>
public sealed record OverviewImportResult(int EmployeesAdded, int EmployeesKnown, int CasesAdded, int CasesKnown, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
