namespace Afas.Simulator.Data;

/// <summary>Independent random streams: one per kind of derived fact, so changing one never shifts another.</summary>
internal enum SimStream
{
    Employer = 1,
    Unit = 2,
    Identity = 3,
    Guid = 4,
    Bsn = 5,
    Address = 6,
    Bank = 7,
    Employment = 8,
    Timeline = 9,
    Absence = 10,
    Account = 11,
}
