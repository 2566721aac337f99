namespace Afas.Simulator.Data;

/// <summary>One werkgever (Werkgeverscode "01", "02", ...).</summary>
internal sealed record SimEmployer(
    int Index,
    string Code,
    string Name,
    string EmailDomain,
    SimAddress Address,
    decimal FullTimeHours);
