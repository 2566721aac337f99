namespace Gateway.Receiving.Register;

/// <summary>An employee known to the register by its key only (IdWrknmr); personal details travel in the events.</summary>
public sealed class RegisteredEmployee
{
    public string Account { get; set; } = "";

    public string EmployerId { get; set; } = "";

    public string IdWrknmr { get; set; } = "";

    public RegisterSource Source { get; set; }

    public DateTime FirstSeenUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
