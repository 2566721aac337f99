namespace Gateway.Receiving.Register;

/// <summary>State of an absence case in the register.</summary>
public enum AbsenceCaseStatus
{
    Open = 1,
    Closed = 2,
    Deleted = 3,
}
