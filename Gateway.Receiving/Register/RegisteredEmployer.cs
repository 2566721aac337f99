namespace Gateway.Receiving.Register;

/// <summary>An employer as the sending partner identifies it (key: IdWrkgvrArbdnst).</summary>
public sealed class RegisteredEmployer
{
    public string Account { get; set; } = "";

    public string EmployerId { get; set; } = "";

    public string? Lhnr { get; set; }

    public string? KvK { get; set; }

    public string? Name { get; set; }

    public DateTime FirstSeenUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
