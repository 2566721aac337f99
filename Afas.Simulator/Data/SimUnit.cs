namespace Afas.Simulator.Data;

/// <summary>One organisation unit (Org._eenheid) of the organigram.</summary>
internal sealed record SimUnit(
    int Index,
    int EmployerIndex,
    string Code,
    string Description,
    int Level,
    string? ParentCode,
    int ParentIndex,
    DateOnly BeginDate,
    DateOnly? EndDate);
