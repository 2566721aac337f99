namespace Gateway.Receiving.Register;

/// <summary>An employment (IdDnstvbnd) of an employee.</summary>
public sealed class RegisteredEmployment
{
    public string Account { get; set; } = "";

    public string EmployerId { get; set; } = "";

    public string IdDnstvbnd { get; set; } = "";

    public string IdWrknmr { get; set; } = "";

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
